/// `appointments.csv`: one row per (person, action, post, organization) of every issue's
/// 任免 notices, in reading order.
public enum AppointmentsTable {
    public static let header = ["issue", "person", "action", "post", "organization", "line"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for row in issue.appointments {
                table.append([issue.issue, row.person, row.action, row.post, row.organization, String(row.line)])
            }
        }
        return table
    }
}
