/// `issues.csv`: one row per analyzed issue: the number and year it prints, its size after
/// repair (article text only).
public enum IssuesTable {
    public static let header = ["issue", "file", "number", "year", "chars", "tokens"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            table.append([issue.issue, issue.file, issue.number.map(String.init) ?? "", issue.year.map(String.init) ?? "",
                          String(issue.chars), String(issue.tokens)])
        }
        return table
    }
}
