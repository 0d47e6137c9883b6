/// `figures.csv`: every date and figure of every issue in reading order, with its
/// normalized value and unit and the phrase it measures.
public enum FiguresTable {
    public static let header = ["issue", "article", "kind", "text", "value", "unit", "subject", "line"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for figure in issue.figures {
                table.append([issue.issue, String(figure.article), figure.kind, figure.text, figure.value, figure.unit,
                              figure.subject, String(figure.line)])
            }
        }
        return table
    }
}
