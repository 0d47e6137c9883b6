/// One slogan's counts in one issue, with where it first appears so a reader can check it.
public struct SloganTally: Sendable, Hashable, Codable {
    public var slogan: String
    public var category: SloganCategory
    /// Occurrences, quoted or not.
    public var count: Int
    /// Occurrences set in quotation marks.
    public var quoted: Int
    /// Articles it appears in.
    public var articles: Int
    /// First occurrence: 1-based article index and line of the original file.
    public var article: Int
    public var line: Int

    public init(slogan: String, category: SloganCategory, count: Int, quoted: Int, articles: Int, article: Int, line: Int) {
        self.slogan = slogan
        self.category = category
        self.count = count
        self.quoted = quoted
        self.articles = articles
        self.article = article
        self.line = line
    }
}
