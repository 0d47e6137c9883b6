/// Adds up slogan mentions over an issue's paragraphs into one row per slogan.
public struct SloganCounter: Sendable {
    public init() {}

    /// A paragraph's slogan mentions and where the paragraph stands.
    public struct Located: Sendable {
        public var article: Int
        public var line: Int
        public var mentions: [Mention]

        public init(article: Int, line: Int, mentions: [Mention]) {
            self.article = article
            self.line = line
            self.mentions = mentions
        }
    }

    /// Tallies sorted by count (descending), then slogan in code-point order.
    public func tally(_ located: [Located]) -> [SloganTally] {
        var tallies: [String: SloganTally] = [:]
        var articles: [String: Set<Int>] = [:]
        for paragraph in located {
            for mention in paragraph.mentions where mention.kind == .slogan {
                let key = mention.normalized
                let category = mention.category.flatMap(SloganCategory.init(rawValue:)) ?? .quoted
                var tally = tallies[key] ?? SloganTally(slogan: key, category: category, count: 0, quoted: 0, articles: 0,
                                                        article: paragraph.article, line: paragraph.line)
                tally.count += 1
                if mention.quoted { tally.quoted += 1 }
                tallies[key] = tally
                articles[key, default: []].insert(paragraph.article)
            }
        }
        return tallies.values.map { tally in
            var tally = tally
            tally.articles = articles[tally.slogan]?.count ?? 0
            return tally
        }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.slogan, b.slogan)
        }
    }
}
