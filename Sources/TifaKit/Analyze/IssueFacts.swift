/// The few figures of an issue that corpus tables and reports list for every issue
/// (issues table, trend lines, key-term rows): what the reduce keeps per issue instead of
/// the issue's whole analysis.
public struct IssueFacts: Sendable, Hashable, Codable {
    public var issue: String
    public var file: String
    public var number: Int?
    public var year: Int?
    public var chars: Int
    public var tokens: Int
    /// Articles, distinct slogans and distinct terms of the issue.
    public var articles: Int
    public var slogans: Int
    public var terms: Int

    init(issue: String, file: String, number: Int?, year: Int?, chars: Int, tokens: Int, articles: Int, slogans: Int,
         terms: Int) {
        self.issue = issue
        self.file = file
        self.number = number
        self.year = year
        self.chars = chars
        self.tokens = tokens
        self.articles = articles
        self.slogans = slogans
        self.terms = terms
    }

    public init(_ analysis: IssueAnalysis) {
        issue = analysis.issue
        file = analysis.file
        number = analysis.number
        year = analysis.year
        chars = analysis.chars
        tokens = analysis.tokens
        articles = analysis.articles.count
        slogans = analysis.slogans.count
        terms = analysis.terms.count
    }
}
