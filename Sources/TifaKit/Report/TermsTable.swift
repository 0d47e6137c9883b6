/// `terms.csv`: one row per issue and term, the long format dashboards pivot from.
public enum TermsTable {
    public static let header = ["issue", "term", "count", "per_10k", "articles"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.terms.map { term in
            [issue.issue, term.term, String(term.count), Rate.fixed(Rate.per10k(term.count, of: issue.tokens)),
             String(term.articles)]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
