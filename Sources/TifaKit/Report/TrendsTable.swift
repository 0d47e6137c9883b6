/// `trends.csv`: one row per kind, item and issue (issue order), the long format a
/// dashboard plots lines from.
public enum TrendsTable {
    public static let header = ["kind", "item", "issue", "count", "per_10k"]

    public static func make(_ statistics: CorpusStatistics, trends: Trends = Trends()) -> CSVTable {
        var table = CSVTable(header: header)
        for series in trends.series(statistics) {
            for (issue, count) in zip(statistics.issues, series.counts) {
                table.append([series.kind, series.item, issue.issue, String(count),
                              Rate.fixed(Rate.per10k(count, of: issue.tokens))])
            }
        }
        return table
    }
}
