import Foundation

/// The per-issue stages in order: decode -> repair and structure -> discover new words ->
/// tokenize -> count -> extract slogans, entities, figures and appointments. Statistics count article text (titles and
/// body), never page furniture. Each stage is a function between value types; the
/// analyzer threads them together and turns a failure at any stage into a diagnostic
/// naming the file. It owns ICU iterators, so each worker thread has its own.
public struct IssueAnalyzer {
    public var decoder = TextDecoder()
    public var structurer = IssueStructurer()
    public var counter: TermCounter
    public var discovery = WordDiscovery()
    public var cooccurrence = CooccurrenceCounter()
    public let configuration: AnalyzerConfiguration
    private let breaker: WordBreaker
    private let lexicon: Lexicon
    private let slogans: SloganExtractor
    private let simplifier: ChineseSimplifier?
    /// Set when the run has a core to spare (fewer issues to analyze than jobs: the nightly
    /// run with one new issue): the entity stage then runs beside the counting stages, on
    /// this ICU iterator of its own. The results are the same either way.
    private var entityBreaker: WordBreaker?

    /// `lexicon` is the run's shared lexicon (built-in plus user words). `concurrentStages`:
    /// run the entity stage on a second thread (see `entityBreaker`).
    public init(configuration: AnalyzerConfiguration = AnalyzerConfiguration(), lexicon: Lexicon? = nil,
                concurrentStages: Bool = false) throws {
        self.configuration = configuration
        self.breaker = try WordBreaker()
        self.entityBreaker = concurrentStages ? try WordBreaker() : nil
        self.lexicon = lexicon ?? Lexicon.with(userWords: configuration.userWords)
        self.slogans = try SloganExtractor(lexicon: configuration.slogans)
        self.simplifier = configuration.simplify ? try ChineseSimplifier() : nil
        self.counter = TermCounter(stopwords: configuration.keepStopwords ? .none : .builtin)
        self.cooccurrence = CooccurrenceCounter(stopwords: counter.stopwords)
    }

    /// Decodes and analyzes an issue's bytes.
    public func analyze(_ file: SourceFile, bytes: [UInt8]) -> Result<IssueAnalysis, Diagnostic> {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try decoder.decode(bytes)
        } catch {
            return .failure(Diagnostic(.error, file: file.path, error.description))
        }
        do {
            var analysis = try analyze(text: decoded.text, file: file)
            analysis.encoding = decoded.encoding
            analysis.warnings = decoded.warnings.map { Diagnostic(.warning, file: file.path, $0) }
            return .success(analysis)
        } catch {
            return .failure(Diagnostic(.error, file: file.path, error.localizedDescription))
        }
    }

    /// Reads, decodes and analyzes an issue.
    public func analyze(_ file: SourceFile) -> Result<IssueAnalysis, Diagnostic> {
        do {
            return analyze(file, bytes: try IssueFileReader.read(file.path))
        } catch let TifaError.inputUnreadable(_, reason) {
            return .failure(Diagnostic(.error, file: file.path, "cannot read: \(reason)"))
        } catch {
            return .failure(Diagnostic(.error, file: file.path, "cannot read: \(error.localizedDescription)"))
        }
    }

    /// The stages after decoding, for text already in memory.
    public func analyze(text: String, file: SourceFile) throws -> IssueAnalysis {
        let text = try simplifier?.simplify(text) ?? text
        let document = structurer.structure(text)
        var analysis: IssueAnalysis
        let entities: IssueEntityExtractor.Result
        if let entityBreaker {
            // Two tasks that share no mutable state: the counting stages use this analyzer's
            // iterator and extractors, the entity stage its own iterator.
            let counting = ExclusiveUse(self), extraction = ExclusiveUse(entityBreaker)
            let lexicon = self.lexicon
            let results = ParallelMap.map(count: 2, jobs: 2, makeWorker: { () }) { _, index -> StageResult in
                if index == 1 {
                    let tokenizer = Tokenizer(breaker: extraction.value, lexicon: lexicon)
                    return .entities(IssueEntityExtractor(tokenizer: tokenizer).extract(document))
                }
                return .counted(Result { try counting.value.countedStages(document, file: file) })
            }
            guard case .counted(let counted) = results[0], case .entities(let extracted) = results[1] else {
                preconditionFailure("stage results out of order")
            }
            analysis = try counted.get()
            entities = extracted
        } else {
            analysis = try countedStages(document, file: file)
            entities = IssueEntityExtractor(tokenizer: Tokenizer(breaker: breaker, lexicon: lexicon)).extract(document)
        }
        (analysis.entities, analysis.figures, analysis.appointments) = (entities.entities, entities.figures, entities.appointments)
        return analysis
    }

    /// What one task of `analyze(text:file:)` returns.
    private enum StageResult: Sendable {
        case counted(Result<IssueAnalysis, any Error>)
        case entities(IssueEntityExtractor.Result)
    }

    /// A value handed to exactly one task of a `ParallelMap`, which alone uses it: ICU
    /// iterators and the extractors' scratch space are not thread-safe, so each task gets
    /// its own and none is shared.
    private struct ExclusiveUse<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Every stage but the entities: new words, tokens, counts, co-occurrences, slogans.
    private func countedStages(_ document: IssueDocument, file: SourceFile) throws -> IssueAnalysis {
        let counted = document.articles.map(Self.countedUTF16)

        // Words this issue repeats that the lexicon lacks (衢州, 柯城区) join its tokenization.
        var tokenizer = Tokenizer(breaker: breaker, lexicon: lexicon)
        var newWords: [DiscoveredWord] = []
        if configuration.discoverWords {
            newWords = discovery.discover(texts: counted, tokenizer: tokenizer)
            if !newWords.isEmpty {
                tokenizer = Tokenizer(breaker: breaker, lexicon: lexicon.adding(discovered: newWords.map(\.word)))
            }
        }

        // One table keyed by code units for the whole issue: Strings only for distinct terms.
        var table = TermTable(capacity: 4096)
        var chars = 0, tokens = 0
        var summaries: [ArticleSummary] = []
        var collected = CooccurrenceCounter.Collected()
        var ids: [Int32] = []
        for (article, utf16) in zip(document.articles, counted) {
            let articleTokens = try tokenizer.tokenize(utf16)
            let articleTokenCount = counter.count(articleTokens, in: utf16, into: &table, ids: &ids)
            cooccurrence.collect(articleTokens, in: utf16, table: table, ids: ids, into: &collected)
            let articleChars = utf16.reduce(0) { $0 + (Tokenizer.isSpaceUnit($1) || UTF16.isTrailSurrogate($1) ? 0 : 1) }
            chars += articleChars
            tokens += articleTokenCount
            summaries.append(ArticleSummary(section: article.section, title: article.title, authors: article.authors,
                                            chars: articleChars, tokens: articleTokenCount, line: article.line))
        }
        var terms: [TermCount]
        if let identified = counter.plainTerms(of: table) {
            // One term per id: its articles are the id's.
            terms = identified.map { entry in
                var term = entry.term
                term.articles = entry.id < collected.articleFrequency.count ? Int(collected.articleFrequency[entry.id]) : 0
                return term
            }
        } else {
            var articleFrequency: [String: Int] = [:]
            for (id, articles) in collected.articleFrequency.enumerated() where articles > 0 {
                articleFrequency[table.string(id), default: 0] += Int(articles)
            }
            terms = counter.terms(of: table)
            for index in terms.indices { terms[index].articles = articleFrequency[terms[index].term] ?? 0 }
        }
        var analysis = IssueAnalysis(issue: file.issue, file: file.name, chars: chars, tokens: tokens, terms: terms,
                                     number: document.number, year: document.year, articles: summaries)
        analysis.slogans = sloganTallies(document)
        analysis.newWords = newWords
        analysis.cooccurrences = cooccurrence.count(collected, table: table,
                                                    extraNodes: Set(analysis.slogans.filter { $0.count >= 2 }.map(\.slogan)))
        return analysis
    }

    /// Slogans learned over the whole issue, then counted in every title and paragraph.
    func sloganTallies(_ document: IssueDocument) -> [SloganTally] {
        var units: [(article: Int, line: Int, text: String)] = []
        for (index, article) in document.articles.enumerated() {
            if !article.title.isEmpty { units.append((index + 1, article.line, article.title)) }
            for paragraph in article.paragraphs { units.append((index + 1, paragraph.line, paragraph.text)) }
        }
        // Each text split into scalars once, for both passes.
        let scalars = units.map(\.text.unicodeScalarArray)
        let inventory = slogans.discover(scalarTexts: scalars)
        let trie = SloganTrie(inventory)
        let located = zip(units, scalars).map { unit, text in
            SloganCounter.Located(article: unit.article, line: unit.line,
                                  mentions: slogans.find(in: text, inventory: inventory, trie: trie))
        }
        return SloganCounter().tally(located)
    }

    /// What statistics count of an article, as UTF-16 code units: its title and body
    /// paragraphs, one per line (`title + "\n" + bodyText`, built without that String).
    static func countedUTF16(_ article: Article) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(article.paragraphs.reduce(article.title.utf8.count + 1) { $0 + $1.text.utf8.count + 1 })
        if !article.title.isEmpty {
            article.title.appendUTF16(to: &units)
            units.append(0x0A)
        }
        for (index, paragraph) in article.paragraphs.enumerated() {
            if index > 0 { units.append(0x0A) }
            paragraph.text.appendUTF16(to: &units)
        }
        return units
    }
}
