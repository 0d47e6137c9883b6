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
        // One dictionary lookup per mention (`TextKey`: no normalizing String hash): the
        // tally and its articles side by side.
        var tallies: [TextKey: (tally: SloganTally, articles: Set<Int>)] = [:]
        for paragraph in located {
            for mention in paragraph.mentions where mention.kind == .slogan {
                let key = mention.normalized
                Self.count(mention.quoted, in: paragraph.article,
                           into: &tallies[TextKey(key), default: (SloganTally(
                               slogan: key, category: mention.category.flatMap(SloganCategory.init(rawValue:)) ?? .quoted,
                               count: 0, quoted: 0, articles: 0, article: paragraph.article, line: paragraph.line), [])])
            }
        }
        return tallies.values.map { entry in
            var tally = entry.tally
            tally.articles = entry.articles.count
            return tally
        }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.slogan, b.slogan)
        }
    }

    private static func count(_ quoted: Bool, in article: Int, into entry: inout (tally: SloganTally, articles: Set<Int>)) {
        entry.tally.count += 1
        if quoted { entry.tally.quoted += 1 }
        entry.articles.insert(article)
    }
}
