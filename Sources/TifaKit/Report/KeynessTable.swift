/// `keyness.csv`: each issue's key terms against the rest of the corpus, most key first.
public enum KeynessTable {
    public static let header = ["issue", "term", "count", "expected", "g2", "log_ratio"]

    public static func make(_ statistics: CorpusStatistics) -> CSVTable {
        CSVTable(header: header, rows: zip(statistics.issues, statistics.keyness).flatMap { rows(issue: $0.issue, $1) })
    }

    /// The rows of one issue's key terms.
    public static func rows(issue: String, _ scores: [Keyness.Score]) -> [[String]] {
        scores.map { score in
            [issue, score.term, String(score.count), Rate.fixed(score.expected, places: 2),
             Rate.fixed(score.g2, places: 2), Rate.fixed(score.logRatio, places: 3)]
        }
    }
}
