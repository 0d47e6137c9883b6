/// The reduce step: corpus-wide figures computed from the per-issue results (in issue
/// order), then shared by every table and report so they never disagree. Built in two
/// passes so that no more than a few issues are in memory at once: `CorpusTotals` sums the
/// issues (pass 1), `init(totals:)` sorts them, then each issue again goes through
/// `secondPass` (its key terms, its counts of the followed items, its co-occurrences of
/// the chosen collocation nodes) and `add`, and `finish` scores the collocations.
public struct CorpusStatistics: Sendable {
    /// Issues in issue order.
    public let issues: [IssueFacts]
    /// Term counts over the corpus, most frequent first (`articles`: articles it occurs in).
    public let terms: [TermCount]
    let termTotals: [TextKey: CorpusTotals.Term]
    public let tokens: Int
    /// Slogans over the corpus: count, quoted, issues they occur in, most frequent first.
    public let slogans: [SloganTotal]
    /// Key terms of each issue against the rest of the corpus (same order as `issues`).
    public private(set) var keyness: [[Keyness.Score]] = []
    public private(set) var collocations: [Collocation] = []
    /// People, places and organizations over the corpus (EntityTally.order).
    public let entities: [EntityTotal]
    /// Words discovered in the issues, merged (`NewWordSummary`).
    public let newWords: [DiscoveredWord]
    /// The first appointments of the corpus in issue order (`Settings.appointmentsListed`).
    public let appointments: [IssueAppointment]
    /// Items counted issue by issue for trend lines: the most frequent slogans, terms and
    /// people (`Settings.followedPerKind` of each), in that order.
    public let followed: [Followed]
    private var followedCounts: [[Int]]
    /// Collocation nodes (`CollocationScorer.nodes` of them) and their pairs summed so far.
    let chosenNodes: Set<String>
    private var pairSums: [String: [String: Int]] = [:]
    /// Pairs added by number (`IssueReduction.numbered`), summed under `node << 32 | collocate`
    /// until `finish` (or the first pair given as Strings) names them.
    private var numberedSums = NumberedPairSums()
    private var pairNames: (nodes: [String], collocates: [String])?
    private var addsStrings = false
    private let sentences: Int
    public let settings: Settings

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

    /// An appointment and the issue it was read in.
    public struct IssueAppointment: Sendable, Hashable, Codable {
        public var issue: String
        public var row: AppointmentRow
    }

    /// A slogan, term or person followed issue by issue.
    public struct Followed: Sendable, Hashable {
        public enum Kind: String, Sendable { case slogan, term, person }
        public var kind: Kind
        public var item: String
    }

    /// What one issue adds in the second pass; computed on any thread, added in issue order.
    public struct IssueReduction: Sendable {
        public var keyTerms: [Keyness.Score]
        /// Counts of `followed` items in the issue.
        var counts: [Int]
        /// Co-occurrence pairs whose node is a chosen collocation node.
        var pairs: [Cooccurrences.Pair]
        /// The same pairs by number when every one of them was found so (then `pairs` is
        /// empty): positions in the names given to `namePairs(nodes:collocates:)`.
        var numbered: [NumberedPair]? = nil

        /// Every pair as Strings, numbered ones named by `nodes` and `collocates`.
        func namedPairs(nodes: [String], collocates: [String]) -> [Cooccurrences.Pair] {
            pairs + (numbered ?? []).map {
                Cooccurrences.Pair(node: nodes[Int($0.node)], collocate: collocates[Int($0.collocate)], sentences: $0.sentences)
            }
        }
    }

    /// A co-occurrence pair by the positions of its node and collocate in the names of
    /// `namePairs`: the second pass sums these without hashing a String per pair.
    struct NumberedPair: Sendable {
        var node: Int32
        var collocate: Int32
        var sentences: Int
    }

    /// How to reduce.
    public struct Settings: Sendable {
        public var keyness = Keyness()
        /// Key terms listed per issue.
        public var keyTermsPerIssue = 50
        public var collocations = CollocationScorer()
        /// Slogans, terms and people followed issue by issue (trend lines), per kind.
        public var followedPerKind = 20
        /// Appointments listed in the corpus report.
        public var appointmentsListed = 100

        public init() {}
    }

    /// All in one go, for issues already in memory (tests, small corpora).
    public init(issues: [IssueAnalysis], settings: Settings = Settings()) {
        var totals = CorpusTotals(appointmentsKept: settings.appointmentsListed)
        for issue in issues { totals.add(issue) }
        self.init(totals: totals, settings: settings)
        for issue in issues { add(secondPass(issue)) }
        finish()
    }

    /// The corpus figures of pass 1, sorted; keyness and collocations come with the second pass.
    public init(totals: CorpusTotals, settings: Settings = Settings()) {
        self.settings = settings
        issues = totals.issues
        tokens = totals.tokens
        termTotals = totals.terms
        terms = totals.terms.compactMap { term, total in
            total.issues > 0 ? TermCount(term: term.string, count: total.count, articles: total.articles) : nil
        }.sorted(by: TermCounter.frequencyOrder)
        slogans = totals.slogans.values.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.slogan, b.slogan)
        }
        entities = totals.entities.map { key, total in
            var total = total
            total.roles = (totals.roleCounts[key] ?? [:]).sorted { a, b in
                a.value != b.value ? a.value > b.value : CodePointOrder.precedes(a.key, b.key)
            }.map(\.key)
            return total
        }.sorted { a, b in
            let ta = EntityTally.typeRank(a.type), tb = EntityTally.typeRank(b.type)
            if ta != tb { return ta < tb }
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.name, b.name)
        }
        var words = NewWordSummary.Sums()
        for list in totals.issueWords { words.add(list) }
        newWords = words.words()
        appointments = Array(totals.appointments.prefix(settings.appointmentsListed))
        let per = settings.followedPerKind
        followed = slogans.prefix(per).map { Followed(kind: .slogan, item: $0.slogan) }
            + terms.prefix(per).map { Followed(kind: .term, item: $0.term) }
            + entities.lazy.filter { $0.type == .person }.prefix(per).map { Followed(kind: .person, item: $0.name) }
        followedCounts = followed.map { _ in [] }
        sentences = totals.sentences
        chosenNodes = Set(settings.collocations.chooseNodes(totals.nodes) { totals.terms[TextKey($0)]?.sentences ?? 0 })
    }

    /// A term's corpus totals, nil when no issue counted it.
    func termTotal(_ term: String) -> CorpusTotals.Term? {
        termTotals[TextKey(term)]
    }

    /// Issues `term` occurs in (document frequency over issues).
    public func issues(term: String) -> Int {
        termTotal(term)?.issues ?? 0
    }

    /// One issue's share of the second pass: its key terms against the rest of the corpus,
    /// its counts of the followed items, its pairs of the chosen nodes.
    public func secondPass(_ issue: IssueAnalysis) -> IssueReduction {
        secondPass(terms: issue.terms, tokens: issue.tokens, pairs: issue.cooccurrences.pairs) { kind, item in
            switch kind {
            case .slogan: return issue.slogans.first { $0.slogan == item }?.count ?? 0
            case .term: return issue.terms.first { $0.term == item }?.count ?? 0
            case .person: return issue.entities.first { $0.type == .person && $0.name == item }?.count ?? 0
            }
        }
    }

    /// The same from parts of an issue: `terms` must hold every term that can be key
    /// (counted at least `Keyness.minimumCount` times), `count` gives a followed item's
    /// count in the issue, `pairs` the issue's co-occurrences (others than the chosen
    /// nodes' are ignored).
    func secondPass(terms: [TermCount], tokens issueTokens: Int, pairs: [Cooccurrences.Pair],
                    count: (Followed.Kind, String) -> Int) -> IssueReduction {
        let keyTerms = Array(settings.keyness.scores(issue: terms, issueTokens: issueTokens, tokens: tokens) {
            termTotal($0)?.count
        }.prefix(settings.keyTermsPerIssue))
        let counts = followed.map { count($0.kind, $0.item) }
        let pairs = chosenNodes.isEmpty ? [] : pairs.filter { chosenNodes.contains($0.node) }
        return IssueReduction(keyTerms: keyTerms, counts: counts, pairs: pairs)
    }

    /// Adds the next issue's second-pass share (issue order).
    public mutating func add(_ reduction: IssueReduction) {
        keyness.append(reduction.keyTerms)
        for (index, count) in reduction.counts.enumerated() { followedCounts[index].append(count) }
        if let numbered = reduction.numbered {
            guard let names = pairNames else { preconditionFailure("numbered pairs without namePairs") }
            if addsStrings {
                for pair in numbered {
                    pairSums[names.nodes[Int(pair.node)], default: [:]][names.collocates[Int(pair.collocate)], default: 0] += pair.sentences
                }
            } else {
                for pair in numbered { numberedSums.add(node: pair.node, collocate: pair.collocate, pair.sentences) }
            }
            return
        }
        // Pairs as Strings: a spelling canonically equivalent to another keeps the first one
        // added, so from here on pairs are added in issue order (numbered ones so far are
        // plain text: distinct bytes, distinct Strings, their order does not matter).
        if !reduction.pairs.isEmpty && !addsStrings {
            nameNumberedSums()
            addsStrings = true
        }
        for pair in reduction.pairs { pairSums[pair.node, default: [:]][pair.collocate, default: 0] += pair.sentences }
    }

    /// The names of numbered pairs: chosen nodes and collocates by position (given before
    /// the first `add` of numbered pairs).
    mutating func namePairs(nodes: [String], collocates: [String]) {
        pairNames = (nodes, collocates)
    }

    private mutating func nameNumberedSums() {
        guard let names = pairNames, !numberedSums.isEmpty else { return }
        let sums = numberedSums
        sums.forEach { node, collocate, sum in
            pairSums[names.nodes[node], default: [:]][names.collocates[collocate], default: 0] += sum
        }
        numberedSums = NumberedPairSums()
    }

    /// Scores the collocations once every issue went through the second pass.
    public mutating func finish() {
        nameNumberedSums()
        collocations = settings.collocations.score(pairs: pairSums, sentences: sentences) { termTotal($0)?.sentences }
        pairSums = [:]
    }

    /// Count of a followed item in each issue, in issue order; nil if it is not followed.
    public func series(_ kind: Followed.Kind, _ item: String) -> [Int]? {
        followed.firstIndex(of: Followed(kind: kind, item: item)).map { followedCounts[$0] }
    }
}
