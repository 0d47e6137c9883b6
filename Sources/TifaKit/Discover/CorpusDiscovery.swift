import Foundation

/// The first pass of `tifa run`: new-word discovery over every issue of the corpus before
/// any is analyzed, so words like 衢州 or 柯城区 that recur in this corpus are counted whole.
/// Issues are read in batches and their n-gram statistics merged in file order and pruned
/// after each batch: memory stays bounded by `WordDiscovery.maxEntries`, not corpus size.
public struct CorpusDiscovery: Sendable {
    public var discovery = WordDiscovery()
    /// Issues decoded at once per batch (their texts are dropped after counting).
    public var batchSize = 32

    public init() {}

    /// Words discovered in `files`; unreadable or undecodable files are skipped here (the
    /// analysis pass reports them).
    public func run(files: [SourceFile], jobs: Int, lexicon: Lexicon) -> [DiscoveredWord] {
        var statistics = NgramStatistics(maxLength: discovery.maxLength)
        let discovery = self.discovery
        var batchStart = 0
        while batchStart < files.count {
            let batch = Array(files[batchStart..<min(files.count, batchStart + batchSize)])
            let partial = ParallelMap.map(count: batch.count, jobs: jobs, makeWorker: { () }) { _, index in
                Self.repairedText(batch[index]).map { discovery.statistics(of: $0) }
            }
            for case let part? in partial { statistics.merge(part) }
            statistics.prune(maxEntries: discovery.maxEntries)
            batchStart += batchSize
        }
        guard let tokenizer = try? Tokenizer(lexicon: lexicon) else { return [] }
        return discovery.discover(statistics, isKnown: { WordDiscovery.isWhole($0, tokenizer: tokenizer) })
    }

    /// The repaired text of an issue as UTF-16, or nil when it cannot be read or decoded.
    static func repairedText(_ file: SourceFile) -> [UInt16]? {
        guard let bytes = try? IssueAnalyzer.read(file.path),
              let decoded = try? TextDecoder().decode(bytes) else { return nil }
        return Array(LayoutRepair().repair(decoded.text).text.utf16)
    }
}
