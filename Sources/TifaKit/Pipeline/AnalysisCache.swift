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

    /// What a run needs to know of a current entry without reading it whole: the issue's
    /// place in issue order and its warnings. The entry's sections are checked for
    /// completeness (lengths only), not parsed; nil when `load` would return nil.
    public struct Head: Sendable {
        public var key: IssueKey
        public var warnings: [Diagnostic]
        public var analyzer: String
        public var contentHash: String

        /// The entry's stamp for `IssueSource`.
        public var stamp: String { analyzer + " " + contentHash }
    }

    private struct HeadEntry: Decodable {
        var format: Int
        var analyzer: String
        var contentHash: String
        var analysis: HeadAnalysis
    }

    private struct HeadAnalysis: Decodable {
        var issue: String
        var file: String
        var number: Int?
        var year: Int?
        var warnings: [Diagnostic]
    }

    /// The head of the current entry of `issue`, or nil (missing, stale, unreadable).
    public func head(issue: String, contentHash: String, analyzer: String) -> Head? {
        guard let head = Self.head(path: path(for: issue)), head.contentHash == contentHash,
              head.analyzer == analyzer, head.key.issue == issue else { return nil }
        return head
    }

    /// The head of the entry at `path` if it is of this format and whole.
    static func head(path: String) -> Head? {
        guard let data = FileManager.default.contents(atPath: path),
              let json = PackedCacheEntry.headLine(Array(data)),
              let entry = try? JSONDecoder().decode(HeadEntry.self, from: Data(json)),
              entry.format == format else { return nil }
        let analysis = entry.analysis
        return Head(key: IssueKey(issue: analysis.issue, file: analysis.file, number: analysis.number, year: analysis.year),
                    warnings: analysis.warnings, analyzer: entry.analyzer, contentHash: entry.contentHash)
    }

    /// The analysis in the entry at `path` (any analyzer), or nil.
    public static func load(path: String, lean: Bool = false) -> IssueAnalysis? {
        guard let data = FileManager.default.contents(atPath: path),
              let entry = PackedCacheEntry.decode(Array(data), lean: lean, json: { json in
                  try? JSONDecoder().decode(Entry.self, from: Data(json))
              }),
              entry.format == format else { return nil }
        return entry.analysis
    }

    /// Heads of every entry in the folder, in file-name order (for `tifa report`); an
    /// unreadable entry is reported by name with a nil head.
    public func heads() -> [(name: String, path: String, head: Head?)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            return (name, path, Self.head(path: path))
        }
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

    /// Stores a fresh analysis and returns where the reduce will read it: its entry, or,
    /// when it cannot be stored, the analysis itself with a warning added.
    func keep(_ analysis: IssueAnalysis, contentHash: String, analyzer: String,
              file: SourceFile) -> (source: IssueSource, warnings: [Diagnostic]) {
        do {
            try store(analysis, contentHash: contentHash, analyzer: analyzer)
            return (.cached(path: path(for: analysis.issue), key: IssueKey(analysis), stamp: analyzer + " " + contentHash),
                    analysis.warnings)
        } catch {
            var analysis = analysis
            analysis.warnings.append(Diagnostic(.warning, file: file.path, "result not cached: \(error.localizedDescription)"))
            return (.memory(analysis), analysis.warnings)
        }
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
