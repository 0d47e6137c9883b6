/// `slogans.csv`: one row per issue and slogan, what analysts chart.
public enum SlogansTable {
    public static let header = ["issue", "slogan", "category", "count", "quoted", "articles"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.slogans.map { slogan in
            [issue.issue, slogan.slogan, slogan.category.rawValue, String(slogan.count),
             String(slogan.quoted), String(slogan.articles)]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
