/// `issues.csv`: one row per analyzed issue: the number and year it prints, its size after
/// repair (article text only).
public enum IssuesTable {
    public static let header = ["issue", "file", "number", "year", "chars", "tokens"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        [[issue.issue, issue.file, issue.number.map(String.init) ?? "", issue.year.map(String.init) ?? "",
          String(issue.chars), String(issue.tokens)]]
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
