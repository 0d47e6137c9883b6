import Foundation

/// Collects the analyses of the parts of large issues as workers finish them and folds
/// each issue's parts in part order (a part that finishes early waits, at most about one
/// per worker), so memory holds one merged issue plus a few parts, and the result is the
/// same whatever the timing. Shared by the workers of `ParallelMap`, hence the lock.
final class PartAssembler: @unchecked Sendable {
    private struct Issue {
        var merge = IssueMerge()
        var pending: [Int: (IssueAnalysis, Int)] = [:]
        var total: Int
        var failed = false
    }

    private let lock = NSLock()
    private var issues: [Int: Issue] = [:]

    /// `parts[file]`: how many parts each large issue (by file index) has.
    init(parts: [Int: Int]) {
        for (file, total) in parts { issues[file] = Issue(total: total) }
    }

    /// Adds part `index` of `file`; returns the whole issue once its last part is in.
    func add(file: Int, part index: Int, _ analysis: IssueAnalysis, lineOffset: Int) -> IssueAnalysis? {
        lock.lock()
        defer { lock.unlock() }
        guard var issue = issues[file], !issue.failed else { return nil }
        issue.pending[index] = (analysis, lineOffset)
        while let (next, offset) = issue.pending.removeValue(forKey: issue.merge.parts) {
            issue.merge.add(next, lineOffset: offset)
        }
        if issue.merge.parts == issue.total {
            issues[file] = nil
            return issue.merge.result()
        }
        issues[file] = issue
        return nil
    }

    /// Marks `file` failed (a part could not be read or decoded); true the first time, so
    /// the failure is reported once.
    func fail(file: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard var issue = issues[file], !issue.failed else { return false }
        issue.failed = true
        issue.pending = [:]
        issue.merge = IssueMerge()
        issues[file] = issue
        return true
    }
}
