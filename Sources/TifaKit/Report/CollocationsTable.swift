/// `collocations.csv`: the company the corpus's key terms and slogans keep in a sentence.
public enum CollocationsTable {
    public static let header = ["term", "collocate", "count", "pmi", "g2"]

    public static func make(_ statistics: CorpusStatistics) -> CSVTable {
        var table = CSVTable(header: header)
        for collocation in statistics.collocations {
            table.append([collocation.node, collocation.collocate, String(collocation.count),
                          Rate.fixed(collocation.pmi, places: 3), Rate.fixed(collocation.g2, places: 2)])
        }
        return table
    }
}
