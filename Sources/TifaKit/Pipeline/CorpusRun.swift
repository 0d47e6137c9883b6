import Foundation

/// `tifa run`: scan the corpus, analyze the issues that are new or changed in parallel
/// (the others come from the cache), reduce all results in issue order and write every
/// output atomically.
public struct CorpusRun: Sendable {
    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Where a long run stands, for progress lines.
    public struct Progress: Sendable {
        public var done: Int
        public var total: Int
        public var file: SourceFile
        /// Bytes of the issues done so far, and seconds since the run started.
        public var bytes: Int
        public var seconds: Double
    }

    public typealias ProgressHandler = @Sendable (Progress) -> Void

    /// What happened to one issue.
    /// Issues are kept as `IssueSource`s (their cache entries), not as analyses: the
    /// reduce reads them back a few at a time.
    enum Outcome: Sendable {
        case analyzed(IssueSource, warnings: [Diagnostic], bytes: Int, hadEntry: Bool)
        case cached(IssueSource, warnings: [Diagnostic], bytes: Int)
        case failed(Diagnostic)
    }

    /// Runs the whole job. Throws only for what stops the run (no corpus, cannot write,
    /// another run holds the output, no ICU); a bad issue becomes a diagnostic and the
    /// others go on.
    public func run(progress: ProgressHandler? = nil) throws -> RunSummary {
        let started = Date()
        let scan = try CorpusScanner().scan(folder: options.corpus)
        // Shards of one corpus write their own cache entries side by side (each atomically)
        // and never the corpus outputs, so they do not take the output folder's lock.
        let shard = options.shard
        let lock = shard == nil ? try RunLock(folder: options.output) : nil
        defer { lock?.release() }
        // Temporaries of a run killed mid-write (kill -9, power cut); nobody else writes here
        // now. (Shards hold no lock: another shard may be writing its temporaries.)
        if lock != nil { AtomicFile.removeStaleTemporaries(under: options.output) }
        _ = try WordBreaker()  // fail once, clearly, if ICU cannot open, not once per issue
        let configuration = try AnalyzerConfiguration(options: options)
        let fingerprint = configuration.fingerprint
        let cache = AnalysisCache(folder: (options.output as NSString).appendingPathComponent("cache"))

        var unique: [SourceFile] = []
        var diagnostics = scan.diagnostics
        var seen: [String: String] = [:]
        for file in scan.files {
            if let other = seen[file.issue] {
                diagnostics.append(Diagnostic(.error, file: file.path, "issue name '\(file.issue)' is already taken by \(other); rename one of them"))
                continue
            }
            seen[file.issue] = file.name
            unique.append(file)
        }
        let files = shard.map { shard in unique.enumerated().filter { shard.contains($0.offset) }.map(\.element) } ?? unique

        let tracker = ProgressTracker(total: files.count, started: started, handler: progress)
        // Issues whose file and entry are as the last run left them (by stat) are taken
        // from the cache without reading either; the rest are read, hashed and checked.
        // (Shards share the cache folder and keep no index.)
        let useIndex = shard == nil
        let index = useIndex && !options.force
            ? CorpusFileIndex.load(cache: cache, analyzer: fingerprint, partBytes: options.partBytes) : nil
        let checked = CorpusFileIndex.now()
        let stats = useIndex ? files.map { CorpusFileIndex.Stat.of($0.path) } : []
        var outcomes = [Outcome?](repeating: nil, count: files.count)
        var pending: [Int] = []
        for (position, file) in files.enumerated() {
            if let index, let record = index.unchanged(file, stat: stats[position], cache: cache) {
                outcomes[position] = .cached(.cached(path: cache.path(for: file.issue), key: record.key, stamp: record.stamp),
                                             warnings: record.warnings, bytes: Int(record.file.size))
                tracker.finished(file, bytes: Int(record.file.size))
            } else {
                pending.append(position)
            }
        }
        // The lexicon (a few ms to build) only when some issue is to be checked or analyzed.
        let results = pending.isEmpty ? [] : analyzeIssues(pending.map { files[$0] }, configuration: configuration,
                                                          lexicon: Lexicon.with(userWords: configuration.userWords),
                                                          cache: cache, fingerprint: fingerprint, tracker: tracker)
        for (position, outcome) in zip(pending, results) { outcomes[position] = outcome }
        let analyzed = Date()
        if useIndex {
            var next = CorpusFileIndex(analyzer: fingerprint, partBytes: options.partBytes)
            for (position, outcome) in outcomes.enumerated() {
                switch outcome {
                case .analyzed(let source, let warnings, _, _)?, .cached(let source, let warnings, _)?:
                    if let stamp = source.stamp {
                        next.record(files[position], stat: stats[position], checked: checked, key: source.key, warnings: warnings,
                                    stamp: stamp, cache: cache)
                    }
                default:
                    break
                }
            }
            // Rewritten when anything was checked by content (new, changed or racy issues).
            if !pending.isEmpty || next.records != index?.records { try? next.save(cache: cache) }
        }

        var issues: [IssueSource] = []
        var summary = RunSummary(issues: [], diagnostics: [], written: [])
        for outcome in outcomes {
            switch outcome ?? .failed(Diagnostic(.error, file: options.corpus, "not analyzed (internal error)")) {
            case .analyzed(let issue, let warnings, let bytes, let hadEntry):
                issues.append(issue)
                diagnostics.append(contentsOf: warnings)
                summary.bytes += bytes
                if hadEntry { summary.changed += 1 } else { summary.new += 1 }
            case .cached(let issue, let warnings, let bytes):
                issues.append(issue)
                diagnostics.append(contentsOf: warnings)
                summary.bytes += bytes
                summary.unchanged += 1
            case .failed(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        summary.sources = IssueOrder.sorted(issues)
        summary.diagnostics = diagnostics
        summary.analyzeSeconds = analyzed.timeIntervalSince(started)
        if shard != nil { return summary }  // `tifa report` reduces all shards' entries
        summary.removed = cache.prune(keeping: Set(files.map(\.issue)))
        var writer = OutputWriter(folder: options.output)
        writer.excel = options.excel
        writer.jobs = options.jobs
        let written = try writer.write(sources: summary.sources, diagnostics: diagnostics)
        summary.written = written.paths
        summary.diagnostics += written.problems
        summary.reused = written.reused
        let finished = Date()
        summary.writeSeconds = finished.timeIntervalSince(analyzed)
        let record = (options.output as NSString).appendingPathComponent("run.json")
        try AtomicFile.write(RunRecord.render(summary, options: options, started: started, finished: finished), to: record)
        summary.written.append(record)
        return summary
    }

    /// One issue: its cached result when current, else a fresh analysis (then cached).
    static func process(_ file: SourceFile, analyzer: IssueAnalyzer?, cache: AnalysisCache, fingerprint: String,
                        force: Bool) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try IssueFileReader.read(file.path)
        } catch let TifaError.inputUnreadable(_, reason) {
            return .failed(Diagnostic(.error, file: file.path, "cannot read: \(reason)"))
        } catch {
            return .failed(Diagnostic(.error, file: file.path, "cannot read: \(error.localizedDescription)"))
        }
        let hash = ContentHash.of(bytes)
        if !force, let head = cache.head(issue: file.issue, contentHash: hash, analyzer: fingerprint),
           head.key.file == file.name {
            return .cached(.cached(path: cache.path(for: file.issue), key: head.key, stamp: head.stamp),
                           warnings: head.warnings, bytes: bytes.count)
        }
        guard let analyzer else {
            return .failed(Diagnostic(.error, file: file.path, "ICU word breaker could not be opened"))
        }
        switch analyzer.analyze(file, bytes: bytes) {
        case .failure(let diagnostic):
            return .failed(diagnostic)
        case .success(let analysis):
            let hadEntry = cache.hasEntry(issue: file.issue)
            let (source, warnings) = cache.keep(analysis, contentHash: hash, analyzer: fingerprint, file: file)
            return .analyzed(source, warnings: warnings, bytes: bytes.count, hadEntry: hadEntry)
        }
    }
}

/// Counts finished issues and bytes for progress lines.
final class ProgressTracker: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var bytes = 0
    private let total: Int
    private let started: Date
    private let handler: CorpusRun.ProgressHandler?

    init(total: Int, started: Date, handler: CorpusRun.ProgressHandler?) {
        self.total = total
        self.started = started
        self.handler = handler
    }

    /// Bytes of a large issue's part done: the MB/s and ETA move during a huge file.
    func advanced(_ file: SourceFile, bytes partBytes: Int) {
        guard let handler else { return }
        lock.lock()
        bytes += partBytes
        let progress = CorpusRun.Progress(done: done, total: total, file: file, bytes: bytes,
                                          seconds: Date().timeIntervalSince(started))
        lock.unlock()
        handler(progress)
    }

    func finished(_ file: SourceFile, bytes fileBytes: Int) {
        guard let handler else { return }
        lock.lock()
        done += 1
        bytes += fileBytes
        let progress = CorpusRun.Progress(done: done, total: total, file: file, bytes: bytes,
                                          seconds: Date().timeIntervalSince(started))
        lock.unlock()
        handler(progress)
    }
}
