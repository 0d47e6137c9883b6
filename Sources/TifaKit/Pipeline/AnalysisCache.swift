import Foundation

/// Per-issue results kept between runs under `Output/cache/`, so a nightly run analyzes
/// only what is new or changed and rebuilds corpus outputs from the rest. An entry is
/// used only when the issue's bytes and the analyzer (version and configuration) are the
/// ones it was made with.
public struct AnalysisCache: Sendable {
    /// Bumped whenever the layout of an entry changes.
    public static let format = 6

    public struct Entry: Codable, Sendable {
        public var format: Int
        /// What made the result: tifa's version and a fingerprint of its configuration.
        public var analyzer: String
        public var contentHash: String
        public var file: String
        public var analysis: IssueAnalysis
    }

    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The entry's path (the issue name made safe by `SafeFileName`).
    public func path(for issue: String) -> String {
        (folder as NSString).appendingPathComponent(SafeFileName.encode(issue) + ".json")
    }

    /// The cached result for `issue` if it is current, nil otherwise (missing, stale,
    /// unreadable or from another format: all mean "analyze again").
    public func load(issue: String, contentHash: String, analyzer: String) -> IssueAnalysis? {
        guard let data = FileManager.default.contents(atPath: path(for: issue)),
              let entry = Self.decode(data),
              entry.format == Self.format, entry.analyzer == analyzer, entry.contentHash == contentHash,
              entry.analysis.issue == issue
        else { return nil }
        return entry.analysis
    }

    public func store(_ analysis: IssueAnalysis, contentHash: String, analyzer: String) throws {
        let entry = Entry(format: Self.format, analyzer: analyzer, contentHash: contentHash, file: analysis.file, analysis: analysis)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: [UInt8]
        do {
            data = try PackedCacheEntry.encode(entry) { Array(try encoder.encode($0)) }
        } catch {
            throw TifaError.outputNotWritable(path: path(for: analysis.issue), reason: "cannot encode result: \(error)")
        }
        // Not flushed to disk: an entry lost or emptied by a power cut fails to load and the
        // issue is analyzed again; a flush per issue would dominate runs of small issues.
        try AtomicFile.write(data, to: path(for: analysis.issue), durable: false)
    }

    /// Every entry in the folder, in file-name order; an unreadable one is reported by
    /// name with a nil entry.
    public func loadAll() -> [(name: String, entry: Entry?)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name))
            let entry = data.flatMap(Self.decode)
            return (name, entry?.format == Self.format ? entry : nil)
        }
    }

    /// An entry's bytes read back (`PackedCacheEntry`), or nil.
    static func decode(_ data: Data) -> Entry? {
        PackedCacheEntry.decode(Array(data)) { json in try? JSONDecoder().decode(Entry.self, from: Data(json)) }
    }

    /// Whether any entry (current or not) exists for `issue`: tells a changed issue from a new one.
    public func hasEntry(issue: String) -> Bool {
        FileManager.default.fileExists(atPath: path(for: issue))
    }

    /// Removes entries of issues that are no longer in the corpus; returns how many.
    @discardableResult
    public func prune(keeping issues: Set<String>) -> Int {
        let keep = Set(issues.map { (path(for: $0) as NSString).lastPathComponent })
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasSuffix(".json") && !keep.contains(name) {
            if (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))) != nil {
                removed += 1
            }
        }
        return removed
    }
}
