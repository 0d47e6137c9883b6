/// `slogans.csv`: one row per issue and slogan, what analysts chart.
public enum SlogansTable {
    public static let header = ["issue", "slogan", "category", "count", "quoted", "articles"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for slogan in issue.slogans {
                table.append([issue.issue, slogan.slogan, slogan.category.rawValue, String(slogan.count),
                              String(slogan.quoted), String(slogan.articles)])
            }
        }
        return table
    }
}
