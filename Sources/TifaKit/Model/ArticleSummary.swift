/// What statistics keep of one article once its text is gone: the row of articles.csv,
/// and enough for later stages to group counts by section or author.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var section: String?
    public var title: String
    public var authors: [String]
    /// Non-whitespace characters of the counted text (title and body).
    public var chars: Int
    /// Countable tokens (words and numbers) of the counted text.
    public var tokens: Int
    /// The article's first line in the original file.
    public var line: Int

    public init(section: String?, title: String, authors: [String], chars: Int, tokens: Int, line: Int) {
        self.section = section
        self.title = title
        self.authors = authors
        self.chars = chars
        self.tokens = tokens
        self.line = line
    }
}
