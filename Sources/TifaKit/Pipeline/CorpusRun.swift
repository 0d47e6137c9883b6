import Foundation

/// `tifa run`: scan the corpus, analyze its issues in parallel, reduce the results in
/// file order and write every output atomically.
public struct CorpusRun: Sendable {
    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Progress after each issue: (issues done, issues in all, the file just finished).
    public typealias Progress = @Sendable (Int, Int, SourceFile) -> Void

    /// Runs the whole job. Throws only for what stops the run (no corpus, cannot write,
    /// no ICU); a bad issue becomes a diagnostic and the others go on.
    public func run(progress: Progress? = nil) throws -> RunSummary {
        let scan = try CorpusScanner().scan(folder: options.corpus)
        _ = try WordBreaker()  // fail once, clearly, if ICU cannot open, not once per issue
        let files = scan.files
        let userWords = try Lexicon.readUserDictionaries(options.lexicons)
        var newWords: [DiscoveredWord]?
        if options.discoverWords {
            newWords = CorpusDiscovery().run(files: files, jobs: options.jobs, lexicon: Lexicon(userWords: userWords))
        }
        let lexicon = Lexicon(userWords: userWords, discovered: newWords?.map(\.word) ?? [])
        let counter = TermCounter(stopwords: options.keepStopwords ? .none : .builtin)
        let done = DoneCounter()
        let results = ParallelMap.map(
            count: files.count, jobs: options.jobs,
            makeWorker: { () -> IssueAnalyzer? in
                guard var analyzer = try? IssueAnalyzer(tokenizer: Tokenizer(lexicon: lexicon)) else { return nil }
                analyzer.counter = counter
                return analyzer
            },
            { (analyzer: inout IssueAnalyzer?, index: Int) -> Result<IssueAnalysis, Diagnostic> in
                let file = files[index]
                let result: Result<IssueAnalysis, Diagnostic>
                if let analyzer {
                    result = analyzer.analyze(file)
                } else {
                    result = .failure(Diagnostic(.error, file: file.path, "ICU word breaker could not be opened"))
                }
                progress?(done.increment(), files.count, file)
                return result
            })
        var issues: [IssueAnalysis] = []
        var diagnostics = scan.diagnostics
        for result in results {
            switch result {
            case .success(let issue):
                issues.append(issue)
                diagnostics.append(contentsOf: issue.warnings)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let written = try OutputWriter(folder: options.output).write(issues: issues, diagnostics: diagnostics, newWords: newWords)
        return RunSummary(issues: issues, diagnostics: diagnostics, written: written)
    }
}

/// Counts finished issues for progress lines.
private final class DoneCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
