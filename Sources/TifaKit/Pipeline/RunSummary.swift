/// What a run did, for the exit status and the closing message.
public struct RunSummary: Sendable {
    /// Issues analyzed, in output order.
    public var issues: [IssueAnalysis]
    /// Every problem met, in file order; errors mean an issue was left out.
    public var diagnostics: [Diagnostic]
    /// Paths of the files written.
    public var written: [String]

    /// Issues that could not be analyzed.
    public var failedCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// True when every issue was analyzed: the run exits 0.
    public var succeeded: Bool { failedCount == 0 }
}
