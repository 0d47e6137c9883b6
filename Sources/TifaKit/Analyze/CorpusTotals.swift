/// The first pass of the reduce: sums over the corpus, fed one issue at a time in issue
/// order, so the issues themselves need not stay in memory. Its size is the corpus's
/// vocabulary (terms, slogans, names, discovered words), not the number of issues.
/// `CorpusStatistics(totals:)` turns it into the sorted corpus figures.
public struct CorpusTotals: Sendable {
    /// One term over the corpus.
    struct Term: Sendable {
        var count = 0
        /// Articles and issues it occurs in.
        var articles = 0
        var issues = 0
        /// Sentences it occurs in (nil: no issue counted its sentences).
        var sentences: Int?
    }

    var issues: [IssueFacts] = []
    /// Keyed by `TextKey`: one cheap hash per term of every issue added.
    var terms: [TextKey: Term] = [:]
    var tokens = 0
    var slogans: [String: CorpusStatistics.SloganTotal] = [:]
    var entities: [String: CorpusStatistics.EntityTotal] = [:]
    var roleCounts: [String: [String: Int]] = [:]
    /// Sentences of all issues, and the terms that are collocation nodes in some issue.
    var sentences = 0
    var nodes: Set<String> = []
    /// Words each issue discovered (parallel to `issues`): their corpus scores are sums of
    /// floating-point numbers, made in issue order once all issues are in.
    var issueWords: [[DiscoveredWord]] = []
    /// The first appointments in issue order, up to `appointmentsKept`.
    var appointments: [CorpusStatistics.IssueAppointment] = []
    let appointmentsKept: Int

    public init(appointmentsKept: Int = 100) {
        self.appointmentsKept = appointmentsKept
    }

    /// Adds the next issue (issues must come in issue order: first occurrences are cited).
    public mutating func add(_ issue: IssueAnalysis) {
        issues.append(IssueFacts(issue))
        tokens += issue.tokens
        // One hash of each term (`TextKey`), the entry changed in place.
        terms.reserveCapacity(terms.count + issue.terms.count)
        for term in issue.terms {
            Self.addOccurrences(term, to: &terms[TextKey(term.term), default: Term()])
        }
        sentences += issue.cooccurrences.sentences
        for term in issue.cooccurrences.sentenceFrequency {
            Self.addSentences(term.count, to: &terms[TextKey(term.term), default: Term()])
        }
        var lastNode: String?
        for pair in issue.cooccurrences.pairs where pair.node != lastNode {
            nodes.insert(pair.node)
            lastNode = pair.node
        }
        for tally in issue.slogans {
            if var total = slogans[tally.slogan] {
                total.count += tally.count
                total.quoted += tally.quoted
                total.issues += 1
                slogans[tally.slogan] = total
            } else {
                slogans[tally.slogan] = CorpusStatistics.SloganTotal(
                    slogan: tally.slogan, category: tally.category, count: tally.count, quoted: tally.quoted, issues: 1,
                    firstIssue: issue.issue, firstArticle: tally.article, firstLine: tally.line)
            }
        }
        for tally in issue.entities {
            let key = tally.type.rawValue + "\u{0}" + tally.name
            if var total = entities[key] {
                total.count += tally.count
                total.issues += 1
                entities[key] = total
            } else {
                entities[key] = CorpusStatistics.EntityTotal(
                    type: tally.type, name: tally.name, count: tally.count, issues: 1, roles: [],
                    firstIssue: issue.issue, firstArticle: tally.article, firstLine: tally.line)
            }
            for role in tally.roles { roleCounts[key, default: [:]][role, default: 0] += 1 }
        }
        issueWords.append(issue.newWords)
        for row in issue.appointments where appointments.count < appointmentsKept {
            appointments.append(CorpusStatistics.IssueAppointment(issue: issue.issue, row: row))
        }
    }

    private static func addOccurrences(_ term: TermCount, to total: inout Term) {
        total.count += term.count
        total.articles += term.articles
        total.issues += 1
    }

    private static func addSentences(_ count: Int, to total: inout Term) {
        total.sentences = (total.sentences ?? 0) + count
    }

    /// Adds an issue that comes before some issues already added: `order` gives every
    /// issue's place in issue order (this one's included), and first occurrences move to
    /// it where it comes first. The result is the same as adding all issues in order.
    public mutating func insert(_ issue: IssueAnalysis, order: [String: Int]) {
        let place = order[issue.issue] ?? Int.max
        let before = { (other: String) in place < (order[other] ?? Int.max) }
        let index = issues.firstIndex { before($0.issue) } ?? issues.count
        guard index < issues.count else { return add(issue) }
        let firsts = (slogans: slogans, entities: entities)
        let kept = appointments
        add(issue)
        issues.insert(issues.removeLast(), at: index)
        issueWords.insert(issueWords.removeLast(), at: index)
        for tally in issue.slogans {
            guard let old = firsts.slogans[tally.slogan], before(old.firstIssue),
                  slogans[tally.slogan]!.firstIssue != issue.issue else { continue }
            slogans[tally.slogan]!.firstIssue = issue.issue
            slogans[tally.slogan]!.firstArticle = tally.article
            slogans[tally.slogan]!.firstLine = tally.line
        }
        for tally in issue.entities {
            let key = tally.type.rawValue + "\u{0}" + tally.name
            // A name listed twice in one issue keeps its first tally (as when added in order).
            guard let old = firsts.entities[key], before(old.firstIssue),
                  entities[key]!.firstIssue != issue.issue else { continue }
            entities[key]!.firstIssue = issue.issue
            entities[key]!.firstArticle = tally.article
            entities[key]!.firstLine = tally.line
        }
        let split = kept.firstIndex { before($0.issue) } ?? kept.count
        appointments = Array((kept[..<split] + issue.appointments.map { CorpusStatistics.IssueAppointment(issue: issue.issue, row: $0) }
            + kept[split...]).prefix(appointmentsKept))
    }
}
