import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last run saw of each issue file and of its cache entry (`Output/cache/.index`),
/// so that a nightly run finds what changed with one `stat` per issue instead of reading
/// and hashing the whole corpus and every cache entry.
///
/// An issue is taken as unchanged only when its file's and its entry's size, inode, mtime
/// and ctime are the ones recorded, and none of those times is at or after the moment the
/// file was stat'ed (read from the coarse clock the file system stamps files with, before
/// the stat). That last rule is git's answer to "racily clean" files: a file rewritten
/// with the same size within the same timestamp tick as the recording cannot be told from
/// the original by its stat, so a file whose times are not strictly before the recording
/// is read and hashed again (and recorded anew).
public struct CorpusFileIndex: Sendable {
    static let fileName = ".index"
    static let format = 1

    /// A file's identity as `stat` tells it.
    public struct Stat: Sendable, Hashable, Codable {
        public var size: Int64
        public var inode: UInt64
        /// Nanoseconds since the epoch.
        public var modified: Int64
        public var changed: Int64

        /// Whether both times are strictly before `moment` (ns): no rewrite after `moment`
        /// can leave them as they are.
        func settled(before moment: Int64) -> Bool { modified < moment && changed < moment }

        /// The stat of a regular file at `path`; nil for anything else or when it cannot be read.
        public static func of(_ path: String) -> Stat? {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return Stat(size: Int64(info.st_size), inode: UInt64(info.st_ino),
                        modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                        changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
        }
    }

    /// One issue as the last run left it.
    public struct Record: Sendable, Codable, Equatable {
        public var file: Stat
        /// The clock (ns) just before `file` was stat'ed.
        public var fileChecked: Int64
        public var entry: Stat
        public var entryChecked: Int64
        public var key: IssueKey
        public var warnings: [Diagnostic]
        /// The cache entry's stamp (analyzer and content hash).
        public var stamp: String
    }

    private struct Stored: Codable {
        var format: Int
        var analyzer: String
        var partBytes: Int
        var issues: [String: Record]
    }

    /// The analyzer fingerprint and part size the records were made with: another of
    /// either and no record is used.
    public var analyzer: String
    public var partBytes: Int
    public var records: [String: Record] = [:]

    public init(analyzer: String, partBytes: Int) {
        self.analyzer = analyzer
        self.partBytes = partBytes
    }

    static func path(cache: AnalysisCache) -> String {
        (cache.folder as NSString).appendingPathComponent(fileName)
    }

    /// The index of `cache` if it was made by this analyzer with this part size; an empty
    /// index otherwise (missing, damaged, other settings: everything is checked by content).
    public static func load(cache: AnalysisCache, analyzer: String, partBytes: Int) -> CorpusFileIndex {
        var index = CorpusFileIndex(analyzer: analyzer, partBytes: partBytes)
        let path = Self.path(cache: cache)
        guard let data = FileManager.default.contents(atPath: path),
              let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.format == format, stored.analyzer == analyzer, stored.partBytes == partBytes
        else { return index }
        index.records = stored.issues
        return index
    }

    /// The head of `file`'s cache entry when neither the file nor the entry changed since
    /// they were recorded (by stat, racy times excluded); nil: check by content.
    public func unchanged(_ file: SourceFile, stat: Stat?, cache: AnalysisCache) -> Record? {
        guard let stat, let record = records[file.issue], record.file == stat, record.key.file == file.name,
              record.key.issue == file.issue, stat.settled(before: record.fileChecked),
              let entry = Stat.of(cache.path(for: file.issue)), entry == record.entry,
              entry.settled(before: record.entryChecked)
        else { return nil }
        return record
    }

    /// Records an issue whose file had `stat` (taken at `checked`) before it was read and
    /// hashed, now cached with `key`, `warnings` and `stamp` in its entry.
    public mutating func record(_ file: SourceFile, stat: Stat?, checked: Int64, key: IssueKey, warnings: [Diagnostic],
                                stamp: String, cache: AnalysisCache) {
        let entryChecked = Self.now()
        guard let stat, let entry = Stat.of(cache.path(for: file.issue)) else {
            records[file.issue] = nil
            return
        }
        records[file.issue] = Record(file: stat, fileChecked: checked, entry: entry, entryChecked: entryChecked,
                                     key: key, warnings: warnings, stamp: stamp)
    }

    /// The time (ns since the epoch) on the coarse clock that file systems stamp files
    /// with: any change after this call gets a time at or after it.
    public static func now() -> Int64 {
        var time = timespec()
        #if os(Linux)
        clock_gettime(CLOCK_REALTIME_COARSE, &time)
        #else
        clock_gettime(CLOCK_REALTIME, &time)
        #endif
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Writes the index (not flushed: a lost index only means hashing again).
    public func save(cache: AnalysisCache) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let stored = Stored(format: Self.format, analyzer: analyzer, partBytes: partBytes, issues: records)
        try AtomicFile.write(Array(try encoder.encode(stored)), to: Self.path(cache: cache), durable: false)
    }
}
