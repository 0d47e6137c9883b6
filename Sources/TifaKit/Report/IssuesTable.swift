/// `issues.csv`: one row per analyzed issue, its size after repair.
public enum IssuesTable {
    public static let header = ["issue", "file", "chars", "tokens"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            table.append([issue.issue, issue.file, String(issue.chars), String(issue.tokens)])
        }
        return table
    }
}
