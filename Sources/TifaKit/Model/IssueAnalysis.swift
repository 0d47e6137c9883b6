/// Everything tifa keeps about one issue once its text is gone: the "map" result that
/// corpus-wide outputs are reduced from. Holding counts, not text, is what keeps memory
/// flat over archives of hundreds of issues.
public struct IssueAnalysis: Sendable, Hashable, Codable {
    /// The file's stem (`issue-050` for `issue-050.txt`): the key users see in every CSV.
    public var issue: String
    /// The file name inside the corpus folder.
    public var file: String
    /// Non-whitespace characters (Unicode scalars) of the repaired article text.
    public var chars: Int
    /// Countable tokens (words and numbers).
    public var tokens: Int
    /// Term counts, sorted by count descending, then term.
    @PackedTermCounts public var terms: [TermCount]
    /// The running issue number printed in the issue (总第 N 期), when found.
    public var number: Int?
    /// The year printed in the issue (2017年第1期), when found.
    public var year: Int?
    /// The encoding the file was read in (UTF-8, UTF-16LE, UTF-16BE, GB18030).
    public var encoding: String
    /// One summary per article, in issue order.
    public var articles: [ArticleSummary]
    /// Warnings met on the way (bytes replaced while decoding); the issue was analyzed.
    public var warnings: [Diagnostic]
    /// Slogans and formulations, most frequent first.
    public var slogans: [SloganTally] = []
    /// Words discovered in this issue's own text (they joined its tokenization).
    public var newWords: [DiscoveredWord] = []
    /// Terms sharing sentences, for collocations.
    public var cooccurrences = Cooccurrences()
    /// People, places and organizations the issue names, people first, most mentioned first
    /// within a type (person names carry the posts stated next to them).
    public var entities: [EntityTally] = []
    /// Dates and figures (number + unit, normalized), in reading order.
    public var figures: [FigureRow] = []
    /// Appointments and removals read from 任免 notices, in reading order.
    public var appointments: [AppointmentRow] = []

    public init(issue: String, file: String, chars: Int, tokens: Int, terms: [TermCount],
                number: Int? = nil, year: Int? = nil, encoding: String = "UTF-8",
                articles: [ArticleSummary] = [], warnings: [Diagnostic] = []) {
        self.issue = issue
        self.file = file
        self.chars = chars
        self.tokens = tokens
        self.terms = terms
        self.number = number
        self.year = year
        self.encoding = encoding
        self.articles = articles
        self.warnings = warnings
    }
}

/// One term and how often it occurs.
public struct TermCount: Sendable, Hashable, Codable {
    public var term: String
    public var count: Int
    /// Articles it occurs in (document frequency within the issue); 0 where not counted.
    public var articles: Int

    public init(term: String, count: Int, articles: Int = 0) {
        self.term = term
        self.count = count
        self.articles = articles
    }

    // Encoded as `["term", count, articles]`: an issue holds thousands, and the cache is
    // read back on every nightly run.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        term = try container.decode(String.self)
        count = try container.decode(Int.self)
        articles = container.isAtEnd ? 0 : try container.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(term)
        try container.encode(count)
        if articles != 0 { try container.encode(articles) }
    }
}
