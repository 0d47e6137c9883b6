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
    static let format = 2
    /// The first line: what the file is and its format (format 1 was JSON: `{`, never this).
    static let magic = Array("tifa corpus-index \(format)\n".utf8)

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
        guard let data = FileManager.default.contents(atPath: Self.path(cache: cache)),
              let records = decode(Array(data), analyzer: analyzer, partBytes: partBytes)
        else { return index }
        index.records = records
        return index
    }

    /// The index's bytes: a magic line, then packed sections (`PackedCacheEntry`) for the
    /// settings and the records, one line per issue in issue-name order (JSON was most of
    /// the cost of a nightly run's start).
    func encode() -> [UInt8] {
        var out = Self.magic
        var writer = PackedCacheEntry.Writer()
        writer.field(analyzer); writer.field(partBytes); writer.endRecord()
        writer.endSection(into: &out)
        for (issue, record) in records.sorted(by: { CodePointOrder.precedes($0.key, $1.key) }) {
            writer.field(issue)
            for stat in [record.file, record.entry] {
                writer.field(Int(stat.size)); writer.field(hex: stat.inode)
                writer.field(hex: UInt64(bitPattern: stat.modified)); writer.field(hex: UInt64(bitPattern: stat.changed))
            }
            writer.field(hex: UInt64(bitPattern: record.fileChecked)); writer.field(hex: UInt64(bitPattern: record.entryChecked))
            writer.field(record.key.issue); writer.field(record.key.file)
            for number in [record.key.number, record.key.year] {
                if let number { writer.field(number) } else { writer.field("-") }
            }
            writer.field(record.stamp)
            for warning in record.warnings {
                writer.field(warning.severity.rawValue); writer.field(warning.file)
                if let line = warning.line { writer.field(line) } else { writer.field("-") }
                writer.field(warning.message)
            }
            writer.endRecord()
        }
        writer.endSection(into: &out)
        return out
    }

    /// The records in `bytes` if they are a whole index made with `analyzer` and `partBytes`.
    static func decode(_ bytes: [UInt8], analyzer: String, partBytes: Int) -> [String: Record]? {
        bytes.withUnsafeBufferPointer { buffer -> [String: Record]? in
            guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else { return nil }
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: magic.count)
            func optional(_ fields: PackedCacheEntry.Fields, _ index: Int) -> Int?? {
                fields.equals(index, "-") ? .some(nil) : fields.int(index).map { .some($0) }
            }
            func stat(_ fields: PackedCacheEntry.Fields, _ first: Int) -> Stat? {
                guard let size = fields.int(first), let inode = fields.hex(first + 1), let modified = fields.hex(first + 2),
                      let changed = fields.hex(first + 3) else { return nil }
                return Stat(size: Int64(size), inode: inode, modified: Int64(bitPattern: modified),
                            changed: Int64(bitPattern: changed))
            }
            guard let heads = reader.section({ fields -> Bool? in
                      fields.count == 2 && fields.equals(0, analyzer) && fields.int(1) == partBytes ? true : nil
                  }),
                  heads.count == 1,
                  let lines = reader.section({ fields -> (String, Record)? in
                      guard fields.count >= 16, (fields.count - 16) % 4 == 0, let file = stat(fields, 1),
                            let entry = stat(fields, 5), let fileChecked = fields.hex(9), let entryChecked = fields.hex(10),
                            let number = optional(fields, 13), let year = optional(fields, 14) else { return nil }
                      var warnings: [Diagnostic] = []
                      for start in stride(from: 16, to: fields.count, by: 4) {
                          guard let severity = Diagnostic.Severity(rawValue: fields.string(start)),
                                let line = optional(fields, start + 2) else { return nil }
                          warnings.append(Diagnostic(severity, file: fields.string(start + 1), line: line, fields.string(start + 3)))
                      }
                      let key = IssueKey(issue: fields.string(11), file: fields.string(12), number: number, year: year)
                      return (fields.string(0), Record(file: file, fileChecked: Int64(bitPattern: fileChecked), entry: entry,
                                                       entryChecked: Int64(bitPattern: entryChecked), key: key,
                                                       warnings: warnings, stamp: fields.string(15)))
                  }),
                  reader.position == buffer.count
            else { return nil }
            return Dictionary(lines, uniquingKeysWith: { first, _ in first })
        }
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
        try AtomicFile.write(encode(), to: Self.path(cache: cache), durable: false)
    }
}
