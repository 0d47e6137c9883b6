/// `figures.csv`: every date and figure of every issue in reading order, with its
/// normalized value and unit and the phrase it measures.
public enum FiguresTable {
    public static let header = ["issue", "article", "kind", "text", "value", "unit", "subject", "line"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.figures.map { figure in
            [issue.issue, String(figure.article), figure.kind, figure.text, figure.value, figure.unit,
             figure.subject, String(figure.line)]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
