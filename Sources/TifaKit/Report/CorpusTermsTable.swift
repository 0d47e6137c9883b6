/// `corpus_terms.csv`: the corpus's vocabulary with frequency and document frequency,
/// for picking terms to follow and for weighting them (tf-idf) in a dashboard.
public enum CorpusTermsTable {
    public static let header = ["term", "count", "per_10k", "issues", "articles"]

    public static func make(_ statistics: CorpusStatistics) -> CSVTable {
        var table = CSVTable(header: header)
        for term in statistics.terms {
            table.append([term.term, String(term.count), Rate.fixed(Rate.per10k(term.count, of: statistics.tokens)),
                          String(statistics.issues(term: term.term)), String(term.articles)])
        }
        return table
    }
}
