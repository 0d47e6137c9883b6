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
