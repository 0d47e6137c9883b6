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

    /// The rows of one issue appended as CSV bytes: exactly `CSVTable.render(rows:
    /// rows(issue))`, without five Strings per row (terms.csv is the largest per-issue file).
    static func appendRows(_ issue: IssueAnalysis, to out: inout [UInt8]) {
        var issueCell: [UInt8] = []
        CSVTable.appendEscaped(issue.issue, to: &issueCell)
        out.reserveCapacity(out.count + issue.terms.count * (issueCell.count + 24))
        for term in issue.terms {
            out.append(contentsOf: issueCell)
            out.append(UInt8(ascii: ","))
            CSVTable.appendEscaped(term.term, to: &out)
            out.append(UInt8(ascii: ","))
            CSVTable.appendInteger(term.count, to: &out)
            out.append(UInt8(ascii: ","))
            let rate = Rate.per10k(term.count, of: issue.tokens)
            if !Rate.appendFixed(rate, to: &out) { CSVTable.appendEscaped(Rate.fixed(rate), to: &out) }
            out.append(UInt8(ascii: ","))
            CSVTable.appendInteger(term.articles, to: &out)
            out.append(UInt8(ascii: "\n"))
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
