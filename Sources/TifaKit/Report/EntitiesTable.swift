/// `entities.csv`: one row per issue and named person, place or organization, with its
/// mention count and the posts stated next to it (joined by `;`).
public enum EntitiesTable {
    public static let header = ["issue", "type", "name", "count", "roles"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for entity in issue.entities {
                table.append([issue.issue, entity.type.rawValue, entity.name, String(entity.count),
                              entity.roles.joined(separator: ";")])
            }
        }
        return table
    }
}
