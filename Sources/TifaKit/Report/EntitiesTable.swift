/// `entities.csv`: one row per issue and named person, place or organization, with its
/// mention count and the posts stated next to it (joined by `;`).
public enum EntitiesTable {
    public static let header = ["issue", "type", "name", "count", "roles"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.entities.map { entity in
            [issue.issue, entity.type.rawValue, entity.name, String(entity.count), entity.roles.joined(separator: ";")]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
