/// What moves from issue to issue: for the corpus's most frequent slogans, terms and people, the
/// count and rate in every issue (zeros included, so a dashboard draws unbroken lines).
public struct Trends: Sendable {
    /// Items followed per kind.
    public var itemsPerKind: Int

    public init(itemsPerKind: Int = 20) {
        self.itemsPerKind = itemsPerKind
    }

    public struct Series: Sendable, Hashable {
        public var kind: String
        public var item: String
        /// Counts in issue order.
        public var counts: [Int]
    }

    public func series(_ statistics: CorpusStatistics) -> [Series] {
        var result: [Series] = []
        for slogan in statistics.slogans.prefix(itemsPerKind) {
            result.append(Series(kind: "slogan", item: slogan.slogan, counts: statistics.series(slogan: slogan.slogan)))
        }
        for term in statistics.terms.prefix(itemsPerKind) {
            result.append(Series(kind: "term", item: term.term, counts: statistics.series(term: term.term)))
        }
        for person in statistics.entities.lazy.filter({ $0.type == .person }).prefix(itemsPerKind) {
            result.append(Series(kind: "person", item: person.name, counts: statistics.series(person: person.name)))
        }
        return result
    }
}
