/// `appointments.csv`: one row per (person, action, post, organization) of every issue's
/// 任免 notices, in reading order.
public enum AppointmentsTable {
    public static let header = ["issue", "person", "action", "post", "organization", "line"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.appointments.map { row in
            [issue.issue, row.person, row.action, row.post, row.organization, String(row.line)]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
