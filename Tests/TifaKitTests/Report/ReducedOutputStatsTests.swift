import XCTest
@testable import TifaKit

/// The per-issue CSV files are checked by stat, trusted only when settled.
final class ReducedOutputStatsTests: XCTestCase {
    func testASettledStatIsTrustedAndAnythingElseIsNot() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/terms.csv"
        try "issue,term\na,b\n".write(toFile: path, atomically: false, encoding: .utf8)
        let stat = try XCTUnwrap(CorpusFileIndex.Stat.of(path))
        let later = max(stat.modified, stat.changed) + 1
        var stats = ReducedOutputStats()
        stats.files["terms.csv"] = .init(stat: stat, checked: later)
        XCTAssertTrue(stats.unchanged("terms.csv", in: folder))
        // Racily clean (times not before the clock of the stat).
        stats.files["terms.csv"] = .init(stat: stat, checked: max(stat.modified, stat.changed))
        XCTAssertFalse(stats.unchanged("terms.csv", in: folder))
        // Another stat (here another size).
        var other = stat
        other.size += 1
        stats.files["terms.csv"] = .init(stat: other, checked: later)
        XCTAssertFalse(stats.unchanged("terms.csv", in: folder))
        // Not recorded, or recorded and gone.
        XCTAssertFalse(ReducedOutputStats().unchanged("terms.csv", in: folder))
        stats.files["terms.csv"] = .init(stat: stat, checked: later)
        try FileManager.default.removeItem(atPath: path)
        XCTAssertFalse(stats.unchanged("terms.csv", in: folder))
        // Saved and loaded back; a damaged file is no record.
        stats.save(in: folder)
        XCTAssertEqual(ReducedOutputStats.load(from: folder), stats)
        try "{".write(toFile: folder + "/" + ReducedOutputStats.fileName, atomically: false, encoding: .utf8)
        XCTAssertEqual(ReducedOutputStats.load(from: folder), ReducedOutputStats())
    }

    func testStatsTakenRightAfterAWriteAreSettled() throws {
        let folder = try Fixtures.temporaryFolder()
        try "a\n".write(toFile: folder + "/a.csv", atomically: true, encoding: .utf8)
        let stats = ReducedOutputStats.taken(in: folder, names: ["a.csv", "missing.csv"])
        XCTAssertEqual(Array(stats.files.keys), ["a.csv"])
        XCTAssertTrue(stats.unchanged("a.csv", in: folder))
    }

    /// A reduce records its CSV files' stats; after one is rewritten with the same size and
    /// its modification time put back, the next reduce reads every issue again.
    func testARewrittenOutputOfTheSameSizeMeansAFullFirstPass() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        try FileManager.default.removeItem(atPath: corpus + "/README.md")
        let output = folder + "/Output"
        let options = RunOptions(corpus: corpus, output: output, jobs: 2)
        XCTAssertTrue(try CorpusRun(options: options).run().succeeded)
        let stats = ReducedOutputStats.load(from: output)
        XCTAssertEqual(stats.files.count, 7)
        for name in stats.files.keys { XCTAssertTrue(stats.unchanged(name, in: output), name) }
        let original = try XCTUnwrap(CorpusFileIndex.Stat.of(output + "/terms.csv"))
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: output + "/terms.csv")))
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: output + "/terms.csv"))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        let time = timespec(tv_sec: Int(original.modified / 1_000_000_000), tv_nsec: Int(original.modified % 1_000_000_000))
        var times = [time, time]
        XCTAssertEqual(utimensat(AT_FDCWD, output + "/terms.csv", &times, 0), 0)
        XCTAssertFalse(stats.unchanged("terms.csv", in: output), "the change time moved")
        try "2017年第41期\n\n本期关注\n生态文明\n".write(toFile: corpus + "/z-later.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(try CorpusRun(options: options).run().reused, 0, "a touched output means a full pass 1")
        // The run after that one, with one more issue, starts from the saved state again.
        try "2017年第42期\n\n本期关注\n乡村振兴\n".write(toFile: corpus + "/z-latest.txt", atomically: true, encoding: .utf8)
        XCTAssertGreaterThan(try CorpusRun(options: options).run().reused, 0)
    }
}
