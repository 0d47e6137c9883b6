import XCTest
@testable import TifaKit
#if canImport(Glibc)
import Glibc
#endif

final class CorpusFileIndexTests: XCTestCase {
    private func run(_ corpus: String, _ output: String, force: Bool = false) throws -> RunSummary {
        var options = RunOptions(corpus: corpus, output: output, jobs: 2)
        options.force = force
        return try CorpusRun(options: options).run()
    }

    private func corpus(in folder: String) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        return corpus
    }

    /// Waits until the file system's clock has moved past every time of `paths`, so that
    /// files written just now are no longer "racily clean" (a few milliseconds at most).
    private func settle(_ paths: [String]) {
        let latest = paths.compactMap(CorpusFileIndex.Stat.of).map { max($0.modified, $0.changed) }.max() ?? 0
        while CorpusFileIndex.now() <= latest { usleep(1000) }
    }

    private func files(_ corpus: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted().map { corpus + "/" + $0 }
    }

    private func entries(_ output: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output + "/cache").filter { $0.hasSuffix(".json") }.map { output + "/cache/" + $0 }
    }

    func testSettledIssuesAreKnownByStatAlone() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try corpus(in: folder)
        let output = folder + "/Output"
        settle(try files(corpus))
        _ = try run(corpus, output)
        settle(try entries(output))
        let summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [0, 0, 3])

        let cache = AnalysisCache(folder: output + "/cache")
        let configuration = try AnalyzerConfiguration(options: RunOptions(corpus: corpus, output: output, jobs: 2))
        let index = CorpusFileIndex.load(cache: cache, analyzer: configuration.fingerprint, partBytes: RunOptions(corpus: corpus, output: output).partBytes)
        for path in try files(corpus) {
            let file = SourceFile(path: path)
            let record = index.unchanged(file, stat: .of(path), cache: cache)
            XCTAssertNotNil(record, file.name)
            XCTAssertEqual(record?.stamp, AnalysisCache.head(path: cache.path(for: file.issue))?.stamp)
        }
        let other = CorpusFileIndex.load(cache: cache, analyzer: "another analyzer", partBytes: 1 << 20)
        XCTAssertTrue(other.records.isEmpty, "records of another analyzer are never used")
    }

    func testAFileRewrittenWithTheSameSizeAndMtimeIsAnalyzedAgain() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try corpus(in: folder)
        let output = folder + "/Output"
        settle(try files(corpus))
        _ = try run(corpus, output)
        settle(try entries(output))
        _ = try run(corpus, output)

        // Same bytes count, other bytes, old mtime put back: only the ctime tells.
        let path = corpus + "/issue-002.txt"
        let before = try XCTUnwrap(CorpusFileIndex.Stat.of(path))
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let index = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "1")) ?? bytes.firstIndex(of: UInt8(ascii: "2")))
        bytes[index] = bytes[index] == UInt8(ascii: "1") ? UInt8(ascii: "7") : UInt8(ascii: "8")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: bytes)
        try handle.close()
        var times = [timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000)),
                     timespec(tv_sec: Int(before.modified / 1_000_000_000), tv_nsec: Int(before.modified % 1_000_000_000))]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let after = try XCTUnwrap(CorpusFileIndex.Stat.of(path))
        XCTAssertEqual([after.size, Int64(after.inode), after.modified], [before.size, Int64(before.inode), before.modified])

        let summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [0, 1, 2])
        let fresh = folder + "/fresh"
        _ = try run(corpus, fresh, force: true)
        XCTAssertEqual(try Fixtures.outputs(output), try Fixtures.outputs(fresh))
    }

    func testRacyTimesAreCheckedByContent() throws {
        let folder = try Fixtures.temporaryFolder()
        let cache = AnalysisCache(folder: folder + "/cache")
        try FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        let path = folder + "/issue-9.txt"
        try "第九期".write(toFile: path, atomically: false, encoding: .utf8)
        try "entry".write(toFile: cache.path(for: "issue-9"), atomically: false, encoding: .utf8)
        let file = SourceFile(path: path)
        let stat = try XCTUnwrap(CorpusFileIndex.Stat.of(path))
        let entry = try XCTUnwrap(CorpusFileIndex.Stat.of(cache.path(for: "issue-9")))
        let settled = max(stat.modified, stat.changed, entry.modified, entry.changed) + 1
        var index = CorpusFileIndex(analyzer: "a", partBytes: 1)
        func record(fileChecked: Int64, entryChecked: Int64, file stat: CorpusFileIndex.Stat = stat) -> CorpusFileIndex.Record {
            CorpusFileIndex.Record(file: stat, fileChecked: fileChecked, entry: entry, entryChecked: entryChecked,
                                   key: IssueKey(issue: "issue-9", file: "issue-9.txt", number: 9, year: nil),
                                   warnings: [], stamp: "a hash")
        }
        index.records["issue-9"] = record(fileChecked: settled, entryChecked: settled)
        XCTAssertEqual(index.unchanged(file, stat: stat, cache: cache)?.stamp, "a hash")
        index.records["issue-9"] = record(fileChecked: max(stat.modified, stat.changed), entryChecked: settled)
        XCTAssertNil(index.unchanged(file, stat: stat, cache: cache), "stat'ed within the tick of its last write: racy")
        index.records["issue-9"] = record(fileChecked: settled, entryChecked: max(entry.modified, entry.changed))
        XCTAssertNil(index.unchanged(file, stat: stat, cache: cache), "entry racy")
        var grown = stat
        grown.size += 1
        index.records["issue-9"] = record(fileChecked: settled, entryChecked: settled, file: grown)
        XCTAssertNil(index.unchanged(file, stat: stat, cache: cache), "another size")
        index.records["issue-9"] = record(fileChecked: settled, entryChecked: settled)
        XCTAssertNil(index.unchanged(SourceFile(path: folder + "/issue-9.md"), stat: stat, cache: cache), "another file name")

        try index.save(cache: cache)
        XCTAssertEqual(CorpusFileIndex.load(cache: cache, analyzer: "a", partBytes: 1).records, index.records)
        XCTAssertTrue(CorpusFileIndex.load(cache: cache, analyzer: "a", partBytes: 2).records.isEmpty, "another part size")
    }

    func testTheIndexRoundTripsAndAnOldOrDamagedIndexIsEmpty() throws {
        let folder = try Fixtures.temporaryFolder()
        let cache = AnalysisCache(folder: folder + "/cache")
        try FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        var index = CorpusFileIndex(analyzer: "tifa\tbuild 7", partBytes: 4 << 20)
        let stat = CorpusFileIndex.Stat(size: 153_600, inode: UInt64.max - 3, modified: 1_795_000_000_123_456_789,
                                        changed: -5)
        index.records["期\n2"] = CorpusFileIndex.Record(
            file: stat, fileChecked: Int64.max, entry: CorpusFileIndex.Stat(size: 0, inode: 0, modified: 0, changed: 0),
            entryChecked: Int64.min, key: IssueKey(issue: "期\n2", file: "期\n2.txt", number: nil, year: 2024),
            warnings: [Diagnostic(.warning, file: "a\tb.txt", line: 12, "odd \\ text"), Diagnostic(.note, file: "", "-")],
            stamp: "")
        index.records["issue-1"] = CorpusFileIndex.Record(
            file: stat, fileChecked: 1, entry: stat, entryChecked: 2,
            key: IssueKey(issue: "issue-1", file: "issue-1.txt", number: 1, year: nil), warnings: [], stamp: "s")
        try index.save(cache: cache)
        let back = CorpusFileIndex.load(cache: cache, analyzer: "tifa\tbuild 7", partBytes: 4 << 20)
        XCTAssertEqual(back.records, index.records)
        XCTAssertEqual(index.encode(), back.encode(), "the same records, the same bytes")
        XCTAssertTrue(CorpusFileIndex.load(cache: cache, analyzer: "tifa", partBytes: 4 << 20).records.isEmpty)

        // Cut anywhere, or a byte changed in a number: no record is trusted.
        let bytes = index.encode()
        let path = cache.folder + "/" + CorpusFileIndex.fileName
        for cut in [0, 5, bytes.count / 2, bytes.count - 1] {
            try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: path))
            XCTAssertTrue(CorpusFileIndex.load(cache: cache, analyzer: "tifa\tbuild 7", partBytes: 4 << 20).records.isEmpty, "cut at \(cut)")
        }
        var damaged = bytes
        damaged[damaged.count - 2] = 0x0A
        XCTAssertNil(CorpusFileIndex.decode(damaged, analyzer: "tifa\tbuild 7", partBytes: 4 << 20))
        // The JSON index of format 1 is read as no index (everything checked by content).
        let old = #"{"analyzer":"tifa\tbuild 7","format":1,"issues":{},"partBytes":4194304}"#
        try old.write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertTrue(CorpusFileIndex.load(cache: cache, analyzer: "tifa\tbuild 7", partBytes: 4 << 20).records.isEmpty)
    }
}
