/// The reduce step: corpus-wide figures computed once from the per-issue results (in issue
/// order), then shared by every table and report so they never disagree.
public struct CorpusStatistics: Sendable {
    /// Issues in issue order.
    public let issues: [IssueAnalysis]
    /// Term counts over the corpus, most frequent first (`articles`: articles it occurs in).
    public let terms: [TermCount]
    /// Issues each term occurs in (document frequency over issues).
    public let termIssues: [String: Int]
    public let tokens: Int
    /// Slogans over the corpus: count, quoted, issues they occur in, most frequent first.
    public let slogans: [SloganTotal]
    /// Key terms of each issue against the rest of the corpus (same order as `issues`).
    public let keyness: [[Keyness.Score]]
    public let collocations: [Collocation]
    /// People, places and organizations over the corpus (EntityTally.order).
    public let entities: [EntityTotal]

    public struct EntityTotal: Sendable, Hashable {
        public var type: Mention.Kind
        public var name: String
        public var count: Int
        public var issues: Int
        /// Posts stated next to the name, most frequent first.
        public var roles: [String]
        public var firstIssue: String
        public var firstArticle: Int
        public var firstLine: Int
    }

    public struct SloganTotal: Sendable, Hashable {
        public var slogan: String
        public var category: SloganCategory
        public var count: Int
        public var quoted: Int
        public var issues: Int
        /// First occurrence in issue order: issue, article, line.
        public var firstIssue: String
        public var firstArticle: Int
        public var firstLine: Int
    }

    /// How to reduce.
    public struct Settings: Sendable {
        public var keyness = Keyness()
        /// Key terms listed per issue.
        public var keyTermsPerIssue = 50
        public var collocations = CollocationScorer()

        public init() {}
    }

    public init(issues: [IssueAnalysis], settings: Settings = Settings()) {
        self.issues = issues
        var totals: [String: Int] = [:]
        var articles: [String: Int] = [:]
        var termIssues: [String: Int] = [:]
        var tokens = 0
        for issue in issues {
            tokens += issue.tokens
            for term in issue.terms {
                totals[term.term, default: 0] += term.count
                articles[term.term, default: 0] += term.articles
                termIssues[term.term, default: 0] += 1
            }
        }
        self.tokens = tokens
        self.termIssues = termIssues
        self.terms = totals.map { TermCount(term: $0.key, count: $0.value, articles: articles[$0.key] ?? 0) }
            .sorted(by: TermCounter.frequencyOrder)

        var slogans: [String: SloganTotal] = [:]
        for issue in issues {
            for tally in issue.slogans {
                if var total = slogans[tally.slogan] {
                    total.count += tally.count
                    total.quoted += tally.quoted
                    total.issues += 1
                    slogans[tally.slogan] = total
                } else {
                    slogans[tally.slogan] = SloganTotal(slogan: tally.slogan, category: tally.category, count: tally.count,
                                                        quoted: tally.quoted, issues: 1, firstIssue: issue.issue,
                                                        firstArticle: tally.article, firstLine: tally.line)
                }
            }
        }
        self.slogans = slogans.values.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.slogan, b.slogan)
        }
        self.keyness = issues.map { issue in
            Array(settings.keyness.scores(issue: issue.terms, issueTokens: issue.tokens, corpus: totals, corpusTokens: tokens)
                .prefix(settings.keyTermsPerIssue))
        }
        self.collocations = settings.collocations.score(issues.map(\.cooccurrences))

        var entities: [String: EntityTotal] = [:]
        var roleCounts: [String: [String: Int]] = [:]
        for issue in issues {
            for tally in issue.entities {
                let key = tally.type.rawValue + "\u{0}" + tally.name
                if var total = entities[key] {
                    total.count += tally.count
                    total.issues += 1
                    entities[key] = total
                } else {
                    entities[key] = EntityTotal(type: tally.type, name: tally.name, count: tally.count, issues: 1, roles: [],
                                                firstIssue: issue.issue, firstArticle: tally.article, firstLine: tally.line)
                }
                for role in tally.roles { roleCounts[key, default: [:]][role, default: 0] += 1 }
            }
        }
        self.entities = entities.map { key, total in
            var total = total
            total.roles = (roleCounts[key] ?? [:]).sorted { a, b in
                a.value != b.value ? a.value > b.value : CodePointOrder.precedes(a.key, b.key)
            }.map(\.key)
            return total
        }.sorted { a, b in
            let ta = EntityTally.typeRank(a.type), tb = EntityTally.typeRank(b.type)
            if ta != tb { return ta < tb }
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.name, b.name)
        }
    }

    /// Count of `term` in each issue, in issue order.
    public func series(term: String) -> [Int] {
        issues.map { issue in issue.terms.first { $0.term == term }?.count ?? 0 }
    }

    /// Mentions of the person `name` in each issue, in issue order.
    public func series(person name: String) -> [Int] {
        issues.map { issue in issue.entities.first { $0.type == .person && $0.name == name }?.count ?? 0 }
    }

    /// Count of `slogan` in each issue, in issue order.
    public func series(slogan: String) -> [Int] {
        issues.map { issue in issue.slogans.first { $0.slogan == slogan }?.count ?? 0 }
    }
}
