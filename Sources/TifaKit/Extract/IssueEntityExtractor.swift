/// The entities stage of one issue: people, places and organizations read over the whole
/// issue as one document (a name a cue confirms in one article is recognized in every
/// other, bylines included), tallied per name with the posts stated next to it; dates and
/// figures; appointments (任免). Inputs are the issue's titles and paragraphs with the
/// article and line they stand in; outputs are the compact rows an IssueAnalysis keeps.
public struct IssueEntityExtractor {
    /// A title or paragraph: 1-based article index, first line in the original file, text.
    public struct Unit: Sendable {
        public var article: Int
        public var line: Int
        public var text: String

        public init(article: Int, line: Int, text: String) {
            self.article = article
            self.line = line
            self.text = text
        }
    }

    /// A byline's name, counted as a mention with the role 作者.
    public struct Author: Sendable {
        public var article: Int
        public var line: Int
        public var name: String

        public init(article: Int, line: Int, name: String) {
            self.article = article
            self.line = line
            self.name = name
        }
    }

    public struct Result: Sendable, Hashable {
        public var entities: [EntityTally] = []
        public var figures: [FigureRow] = []
        public var appointments: [AppointmentRow] = []
    }

    private let tokenizer: Tokenizer?
    private let entities: EntityExtractor
    private let appointments: AppointmentExtractor
    private let figures = FigureExtractor()
    private let dates = DateNormalizer()

    /// `tokenizer` supplies ICU's word boundaries; use one extractor per thread.
    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
        entities = EntityExtractor(tokenizer: tokenizer)
        appointments = AppointmentExtractor(tokenizer: tokenizer)
    }

    /// An issue's titles and body paragraphs (captions left out, as in the statistics),
    /// its bylines as authors.
    public func extract(_ document: IssueDocument) -> Result {
        var units: [Unit] = []
        var authors: [Author] = []
        for (index, article) in document.articles.enumerated() {
            if !article.title.isEmpty { units.append(Unit(article: index + 1, line: article.line, text: article.title)) }
            for paragraph in article.paragraphs { units.append(Unit(article: index + 1, line: paragraph.line, text: paragraph.text)) }
            for name in article.authors { authors.append(Author(article: index + 1, line: article.line, name: name)) }
        }
        return extract(units, authors: authors)
    }

    public func extract(_ units: [Unit], authors: [Author] = []) -> Result {
        var result = Result()
        let bylines = authors.filter { Self.isBylineName($0.name) }
        // Each unit's scalars made once, for every extractor.
        let scalars = units.map { $0.text.unicodeScalarArray.map(\.value) }
        let analyzed = scalars.map { AnalyzedText(scalars: $0, tokenizer: tokenizer) }
        let mentions = entities.extract(analyzed: analyzed, knownNames: bylines.map(\.name))
        var tallies = TallyBuilder()
        for author in bylines {
            tallies.add(.person, author.name, role: "作者", article: author.article, line: author.line)
        }
        for (unit, found) in zip(units, mentions) {
            for mention in found {
                tallies.add(mention.kind, mention.normalized, role: mention.role, article: unit.article, line: unit.line)
            }
        }
        result.entities = tallies.tallies()
        for (unit, scalars) in zip(units, scalars) {
            var rows: [(start: Int, row: FigureRow)] = []
            let found = dates.extract(scalars: scalars)
            for date in found {
                rows.append((date.start, FigureRow(article: unit.article, line: unit.line, kind: "date", text: date.text,
                                                   value: date.normalized, unit: "", subject: "")))
            }
            for figure in figures.figures(in: scalars, dates: found) {
                rows.append((figure.start, FigureRow(article: unit.article, line: unit.line, kind: figure.kind, text: figure.text,
                                                     value: FigureExtractor.format(figure.value), unit: figure.unit,
                                                     subject: figure.subject)))
            }
            result.figures += rows.sorted { $0.start < $1.start }.map(\.row)
            for found in appointments.appointments(in: unit.text, scalars: scalars) {
                result.appointments.append(AppointmentRow(article: unit.article, line: unit.line, person: found.person,
                                                          action: found.action, post: found.post,
                                                          organization: found.organization))
            }
        }
        return result
    }

    /// A byline entry that is a personal name: two to four ideographs, a known surname.
    static func isBylineName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars.map(\.value)
        guard (2...4).contains(scalars.count), scalars.allSatisfy(AnalyzedText.isHan) else { return false }
        return EntityLexicon.shared.surnames.longest(scalars, at: 0) != nil
    }
}

/// Counts mentions per (type, name) in reading order; roles by frequency.
struct TallyBuilder {
    private struct Entry {
        var type: Mention.Kind
        var name: String
        var count = 0
        var roles: [String: Int] = [:]
        var articles = Set<Int>()
        var article: Int
        var line: Int
    }

    private var entries: [String: Entry] = [:]

    mutating func add(_ type: Mention.Kind, _ name: String, role: String?, article: Int, line: Int) {
        guard type == .person || type == .place || type == .organization else { return }
        let key = type.rawValue + "\t" + name
        // Changed in place: one hash of the key, no copy of the entry's set and roles.
        Self.count(&entries[key, default: Entry(type: type, name: name, article: article, line: line)], role: role, article: article, line: line)
    }

    private static func count(_ entry: inout Entry, role: String?, article: Int, line: Int) {
        entry.count += 1
        if let role, !role.isEmpty { entry.roles[role, default: 0] += 1 }
        entry.articles.insert(article)
        if (article, line) < (entry.article, entry.line) {
            entry.article = article
            entry.line = line
        }
    }

    func tallies() -> [EntityTally] {
        entries.values.map { entry in
            let roles = entry.roles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            return EntityTally(type: entry.type, name: entry.name, count: entry.count, roles: roles,
                               articles: entry.articles.count, article: entry.article, line: entry.line)
        }.sorted(by: EntityTally.order)
    }
}
