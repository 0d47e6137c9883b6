/// `terms.csv`: one row per issue and term, the long format dashboards pivot from.
public enum TermsTable {
    public static let header = ["issue", "term", "count", "per_10k", "articles"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for term in issue.terms {
                table.append([issue.issue, term.term, String(term.count),
                              Rate.fixed(Rate.per10k(term.count, of: issue.tokens)), String(term.articles)])
            }
        }
        return table
    }
}
