import Foundation

/// `tifa report`: rebuilds every corpus output from a cache folder, without the corpus.
/// It is the reduce step after `tifa analyze --shard I/N` ran on several machines (or
/// after copying cache entries together), and gives the same files as a plain run.
public struct CacheReport: Sendable {
    public var output: String
    /// Folder of cache entries (default: the output's `cache/`).
    public var cache: String
    public var excel = false

    public init(output: String, cache: String? = nil) {
        self.output = output
        self.cache = cache ?? (output as NSString).appendingPathComponent("cache")
    }

    public func run() throws -> RunSummary {
        let started = Date()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: cache, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TifaError.corpusNotFound(path: cache)
        }
        let lock = try RunLock(folder: output)
        defer { lock.release() }
        var issues: [IssueSource] = []
        var diagnostics: [Diagnostic] = []
        var analyzers: Set<String> = []
        for (name, path, head) in AnalysisCache(folder: cache).heads() {
            guard let head else {
                diagnostics.append(Diagnostic(.error, file: (cache as NSString).appendingPathComponent(name),
                                              "unreadable cache entry (or from another tifa version); analyze its issue again"))
                continue
            }
            analyzers.insert(head.analyzer)
            issues.append(.cached(path: path, key: head.key, stamp: head.stamp))
            diagnostics += head.warnings
        }
        if analyzers.count > 1 {
            diagnostics.append(Diagnostic(.warning, file: cache, "entries come from \(analyzers.count) different tifa versions or configurations: \(analyzers.sorted().joined(separator: "; "))"))
        }
        let analyzed = Date()
        var summary = RunSummary(issues: [], diagnostics: diagnostics, written: [])
        summary.sources = IssueOrder.sorted(issues)
        summary.unchanged = issues.count
        var writer = OutputWriter(folder: output)
        writer.excel = excel
        let written = try writer.write(sources: summary.sources, diagnostics: diagnostics)
        summary.written = written.paths
        summary.diagnostics += written.problems
        summary.reused = written.reused
        let finished = Date()
        summary.analyzeSeconds = analyzed.timeIntervalSince(started)
        summary.writeSeconds = finished.timeIntervalSince(analyzed)
        var options = RunOptions(corpus: "", output: output, jobs: 1)
        options.excel = excel
        let record = (output as NSString).appendingPathComponent("run.json")
        try AtomicFile.write(RunRecord.render(summary, options: options, started: started, finished: finished), to: record)
        summary.written.append(record)
        return summary
    }
}
