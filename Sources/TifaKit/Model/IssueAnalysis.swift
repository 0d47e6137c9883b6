/// Everything tifa keeps about one issue once its text is gone: the "map" result that
/// corpus-wide outputs are reduced from. Holding counts, not text, is what keeps memory
/// flat over archives of hundreds of issues.
public struct IssueAnalysis: Sendable, Hashable, Codable {
    /// The file's stem (`issue-050` for `issue-050.txt`): the key users see in every CSV.
    public var issue: String
    /// The file name inside the corpus folder.
    public var file: String
    /// Non-whitespace characters (Unicode scalars) of the repaired text.
    public var chars: Int
    /// Countable tokens (words and numbers).
    public var tokens: Int
    /// Term counts, sorted by count descending, then term.
    public var terms: [TermCount]

    public init(issue: String, file: String, chars: Int, tokens: Int, terms: [TermCount]) {
        self.issue = issue
        self.file = file
        self.chars = chars
        self.tokens = tokens
        self.terms = terms
    }
}

/// One term and how often it occurs.
public struct TermCount: Sendable, Hashable, Codable {
    public var term: String
    public var count: Int

    public init(term: String, count: Int) {
        self.term = term
        self.count = count
    }
}
