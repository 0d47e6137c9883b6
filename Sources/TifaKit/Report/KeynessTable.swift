/// `keyness.csv`: each issue's key terms against the rest of the corpus, most key first.
public enum KeynessTable {
    public static let header = ["issue", "term", "count", "expected", "g2", "log_ratio"]

    public static func make(_ statistics: CorpusStatistics) -> CSVTable {
        var table = CSVTable(header: header)
        for (issue, scores) in zip(statistics.issues, statistics.keyness) {
            for score in scores {
                table.append([issue.issue, score.term, String(score.count), Rate.fixed(score.expected, places: 2),
                              Rate.fixed(score.g2, places: 2), Rate.fixed(score.logRatio, places: 3)])
            }
        }
        return table
    }
}
