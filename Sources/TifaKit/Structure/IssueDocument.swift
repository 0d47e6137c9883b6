/// An issue as its readers see it: metadata and articles. It is what `tifa repair`
/// prints and what statistics and extractors (slogans, entities) read; every paragraph
/// keeps its original line so findings can cite article and line.
public struct IssueDocument: Sendable, Hashable, Codable {
    /// The running issue number (总第 N 期), when printed.
    public var number: Int?
    /// The year of publication (from "2017年第1期"), when printed.
    public var year: Int?
    /// The issue within its year (the 1 of "2017年第1期"), when printed.
    public var numberInYear: Int?
    public var articles: [Article]

    public init(number: Int? = nil, year: Int? = nil, numberInYear: Int? = nil, articles: [Article] = []) {
        self.number = number
        self.year = year
        self.numberInYear = numberInYear
        self.articles = articles
    }
}

/// One article: where it sits (section), what it is called, who wrote it, and its text
/// split into body paragraphs and photo captions (kept apart: captions are not prose).
public struct Article: Sendable, Hashable, Codable {
    /// The running section label (本期关注), nil when the issue prints none nearby.
    public var section: String?
    /// The title, lines joined ("柯城区：聚焦主职主业 坚持继承创新 …"); empty when none was found.
    public var title: String
    /// Authors from the byline or a closing signature, one name each ("杨辉", "叶青").
    public var authors: [String]
    /// The author's post: "（作者系…）" or the line under a signature, without brackets.
    public var authorNote: String?
    /// Where the article was reprinted from ("本文转载自《人民日报》…"), without brackets.
    public var source: String?
    /// Body paragraphs in reading order.
    public var paragraphs: [Paragraph]
    /// Photo captions found inside the article.
    public var captions: [Paragraph]
    /// The first original line that belongs to the article (title, byline or body).
    public var line: Int

    public init(section: String? = nil, title: String = "", authors: [String] = [], authorNote: String? = nil,
                source: String? = nil, paragraphs: [Paragraph] = [], captions: [Paragraph] = [], line: Int = 0) {
        self.section = section
        self.title = title
        self.authors = authors
        self.authorNote = authorNote
        self.source = source
        self.paragraphs = paragraphs
        self.captions = captions
        self.line = line
    }

    /// Non-whitespace characters of the body paragraphs.
    public var characterCount: Int { paragraphs.reduce(0) { $0 + $1.characterCount } }

    /// The body as the tokenizer sees it: paragraphs joined by line feeds.
    public var bodyText: String { paragraphs.map(\.text).joined(separator: "\n") }
}
