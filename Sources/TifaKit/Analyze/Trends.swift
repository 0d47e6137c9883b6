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

    /// Series of the items the statistics followed (`Settings.followedPerKind`), at most
    /// `itemsPerKind` of each kind.
    public func series(_ statistics: CorpusStatistics) -> [Series] {
        var result: [Series] = []
        for kind in [CorpusStatistics.Followed.Kind.slogan, .term, .person] {
            for item in statistics.followed.lazy.filter({ $0.kind == kind }).prefix(itemsPerKind) {
                result.append(Series(kind: kind.rawValue, item: item.item, counts: statistics.series(kind, item.item) ?? []))
            }
        }
        return result
    }
}
