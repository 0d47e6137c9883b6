/// Folds the analyses of the parts of one large issue (analyzed apart, see `IssuePartition`)
/// into the issue's analysis, in part order, so the result never depends on which part
/// finished first. Counts add up; articles, warnings and first occurrences keep part
/// order, with line numbers and article indices shifted to the whole file.
///
/// Boundary effects (documented in docs/PERFORMANCE.md): an article or paragraph cut by a
/// part boundary becomes two; a term's or slogan's `articles` counts such an article twice; words
/// are discovered per part (a word must recur within one part), and a discovered word
/// found in several parts keeps the scores of the first part that found it, with its
/// counts added up; entities add their counts (roles in order of first appearance),
/// figures and appointments follow each other in part order; co-occurrence pairs are summed over what each part kept (its top
/// nodes and collocates), then cut to `CooccurrenceCounter().collocatesPerNode` again.
struct IssueMerge {
    private var merged: IssueAnalysis?
    private var terms: [String: (count: Int, articles: Int)] = [:]
    private var slogans: [String: SloganTally] = [:]
    private var words: [String: DiscoveredWord] = [:]
    private var wordOrder: [String] = []
    private var sentences = 0
    private var sentenceFrequency: [String: Int] = [:]
    private var pairs: [String: [String: Int]] = [:]
    private var entities: [String: EntityTally] = [:]
    private var figures: [FigureRow] = []
    private var appointments: [AppointmentRow] = []
    /// Parts folded so far.
    private(set) var parts = 0

    init() {}

    /// Adds the next part; `lineOffset` is the number of lines of the file before it.
    mutating func add(_ part: IssueAnalysis, lineOffset: Int) {
        let articlesBefore = merged?.articles.count ?? 0
        for term in part.terms {
            let known = terms[term.term] ?? (0, 0)
            terms[term.term] = (known.count + term.count, known.articles + term.articles)
        }
        for var tally in part.slogans {
            if var known = slogans[tally.slogan] {
                known.count += tally.count
                known.quoted += tally.quoted
                known.articles += tally.articles
                slogans[tally.slogan] = known
            } else {
                tally.article += articlesBefore
                tally.line += lineOffset
                slogans[tally.slogan] = tally
            }
        }
        for word in part.newWords {
            if var known = words[word.word] {
                known.count += word.count
                words[word.word] = known
            } else {
                words[word.word] = word
                wordOrder.append(word.word)
            }
        }
        for var entity in part.entities {
            let key = entity.type.rawValue + "\t" + entity.name
            if var known = entities[key] {
                known.count += entity.count
                known.articles += entity.articles
                for role in entity.roles where !known.roles.contains(role) { known.roles.append(role) }
                entities[key] = known
            } else {
                entity.article += articlesBefore
                entity.line += lineOffset
                entities[key] = entity
            }
        }
        figures += part.figures.map { var row = $0; row.article += articlesBefore; row.line += lineOffset; return row }
        appointments += part.appointments.map { var row = $0; row.article += articlesBefore; row.line += lineOffset; return row }
        sentences += part.cooccurrences.sentences
        for term in part.cooccurrences.sentenceFrequency { sentenceFrequency[term.term, default: 0] += term.count }
        for pair in part.cooccurrences.pairs { pairs[pair.node, default: [:]][pair.collocate, default: 0] += pair.sentences }
        let shifted = part.articles.map { article -> ArticleSummary in
            var article = article
            article.line += lineOffset
            return article
        }
        if var issue = merged {
            issue.chars += part.chars
            issue.tokens += part.tokens
            issue.number = issue.number ?? part.number
            issue.year = issue.year ?? part.year
            issue.articles += shifted
            issue.warnings += part.warnings
            merged = issue
        } else {
            var issue = part
            issue.articles = shifted
            merged = issue
        }
        parts += 1
    }

    /// The whole issue; nil when no part was added.
    func result() -> IssueAnalysis? {
        guard var issue = merged else { return nil }
        issue.terms = terms.map { TermCount(term: $0.key, count: $0.value.count, articles: $0.value.articles) }
            .sorted(by: TermCounter.frequencyOrder)
        issue.slogans = slogans.values.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return CodePointOrder.precedes(a.slogan, b.slogan)
        }
        issue.newWords = wordOrder.compactMap { words[$0] }.sorted {
            $0.count != $1.count ? $0.count > $1.count : CodePointOrder.precedes($0.word, $1.word)
        }
        issue.entities = entities.values.sorted(by: EntityTally.order)
        issue.figures = figures
        issue.appointments = appointments
        var kept: [Cooccurrences.Pair] = []
        let perNode = CooccurrenceCounter().collocatesPerNode
        for node in pairs.keys.sorted(by: { CodePointOrder.precedes($0, $1) }) {
            let collocates = pairs[node]!.map { TermCount(term: $0.key, count: $0.value) }
                .sorted(by: TermCounter.frequencyOrder).prefix(perNode)
            kept += collocates.map { Cooccurrences.Pair(node: node, collocate: $0.term, sentences: $0.count) }
        }
        issue.cooccurrences = Cooccurrences(
            sentences: sentences,
            sentenceFrequency: sentenceFrequency.map { TermCount(term: $0.key, count: $0.value) }.sorted(by: TermCounter.frequencyOrder),
            pairs: kept)
        return issue
    }
}
