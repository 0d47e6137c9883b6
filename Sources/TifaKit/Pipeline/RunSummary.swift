/// What a run did, for the exit status, the closing message and `run.json`.
public struct RunSummary: Sendable {
    /// Issues in the outputs, in issue order, read where they are kept (cache entries).
    public var sources: [IssueSource]
    /// Issues in the outputs, in issue order: every analysis read back (for callers and
    /// tests that look into them; a run itself never holds them all).
    public var issues: [IssueAnalysis] { sources.compactMap { $0.load() } }
    /// How many issues are in the outputs.
    public var issueCount: Int { sources.count }
    /// Every problem met, in file order; errors mean an issue was left out.
    public var diagnostics: [Diagnostic]
    /// Paths of the files written.
    public var written: [String]
    /// Issues analyzed this run because they had no cached result.
    public var new = 0
    /// Issues analyzed this run because their text (or tifa's configuration) changed.
    public var changed = 0
    /// Issues taken from the cache.
    public var unchanged = 0
    /// Issues the reduce did not read in its first pass: their totals and rows came from the
    /// state the last run saved (`ReduceState`).
    public var reused = 0
    /// Cached results dropped because their issue left the corpus.
    public var removed = 0
    /// Bytes of the issues read this run.
    public var bytes = 0
    /// Seconds spent analyzing and writing.
    public var analyzeSeconds = 0.0
    public var writeSeconds = 0.0

    public init(issues: [IssueAnalysis], diagnostics: [Diagnostic], written: [String]) {
        self.sources = issues.map { .memory($0) }
        self.diagnostics = diagnostics
        self.written = written
    }

    /// Issues that could not be analyzed.
    public var failedCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// True when every issue was analyzed: the run exits 0.
    public var succeeded: Bool { failedCount == 0 }
}
