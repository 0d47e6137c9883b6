import XCTest
@testable import TifaKit

/// The per-issue CSV files are checked by stat when settled, and hashed otherwise; the
/// digest fed in pieces while writing equals the digest of the file read back.
final class ReducedOutputStatsTests: XCTestCase {
    func testTheDigestOfPiecesIsTheDigestOfTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        // Lengths not multiples of 8, across the 1 MiB read chunks of `digest(of:)`.
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(1 << 20) + 1_237).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = folder + "/file"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let whole = try XCTUnwrap(ReduceState.digest(of: path))
        for pieces in [[bytes.count], [3, 5, 7, 1 << 20, 1_222], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, (1 << 20) + 1_225]] {
            var digest = ReduceState.Digest()
            var start = 0
            for count in pieces {
                digest.add(Array(bytes[start..<start + count]))
                start += count
            }
            XCTAssertEqual(start, bytes.count)
            XCTAssertEqual(digest.value, whole, "\(pieces)")
        }
        var changed = bytes
        changed[bytes.count - 3] ^= 1  // a tail byte counts
        var digest = ReduceState.Digest()
        digest.add(changed)
        XCTAssertNotEqual(digest.value, whole)
        XCTAssertTrue(FileManager.default.createFile(atPath: folder + "/empty", contents: Data()))
        XCTAssertEqual(ReduceState.Digest().value, ReduceState.digest(of: folder + "/empty"))
    }

    func testAStreamedFileKnowsTheDigestOfItsBytes() throws {
        let folder = try Fixtures.temporaryFolder()
        let staging = StagedOutputs()
        let file = try staging.stream(to: folder + "/terms.csv", digested: true)
        file.write("issue,term\n")
        file.write(Array("a,党建\nb,工作\n".utf8))
        try staging.commit(durable: false)
        XCTAssertEqual(file.digest, ReduceState.digest(of: folder + "/terms.csv"))
    }

    func testASettledStatIsTrustedAndAnythingElseIsHashed() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/terms.csv"
        try "issue,term\na,b\n".write(toFile: path, atomically: false, encoding: .utf8)
        let real = try XCTUnwrap(ReduceState.digest(of: path))
        let stat = try XCTUnwrap(CorpusFileIndex.Stat.of(path))
        let later = max(stat.modified, stat.changed) + 1
        // Settled and unchanged: the recorded digest is taken without reading the file.
        var stats = ReducedOutputStats()
        stats.files["terms.csv"] = .init(stat: stat, checked: later, digest: "recorded")
        XCTAssertEqual(stats.digest(of: "terms.csv", in: folder), "recorded")
        // Racily clean (times not before the clock of the stat): hashed.
        stats.files["terms.csv"] = .init(stat: stat, checked: max(stat.modified, stat.changed), digest: "recorded")
        XCTAssertEqual(stats.digest(of: "terms.csv", in: folder), real)
        // Another stat (here another size): hashed.
        var other = stat
        other.size += 1
        stats.files["terms.csv"] = .init(stat: other, checked: later, digest: "recorded")
        XCTAssertEqual(stats.digest(of: "terms.csv", in: folder), real)
        // Not recorded, or recorded and gone.
        XCTAssertEqual(ReducedOutputStats().digest(of: "terms.csv", in: folder), real)
        XCTAssertNil(stats.digest(of: "missing.csv", in: folder))
        // Saved and loaded back.
        stats.save(in: folder)
        XCTAssertEqual(ReducedOutputStats.load(from: folder), stats)
    }

    /// A reduce records its CSV files' stats; the next one, after the files are rewritten
    /// with the same size, does not trust them.
    func testARewrittenOutputOfTheSameSizeIsNotTakenFromTheRecord() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        try FileManager.default.removeItem(atPath: corpus + "/README.md")
        let output = folder + "/Output"
        XCTAssertTrue(try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run().succeeded)
        let stats = ReducedOutputStats.load(from: output)
        XCTAssertEqual(Set(stats.files.keys).count, 7)
        let terms = try String(contentsOfFile: output + "/terms.csv", encoding: .utf8)
        XCTAssertEqual(stats.files["terms.csv"]?.digest, ReduceState.digest(of: output + "/terms.csv"))
        // Same size, one byte changed, the modification time put back.
        let original = try XCTUnwrap(CorpusFileIndex.Stat.of(output + "/terms.csv"))
        var bytes = Array(terms.utf8)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: output + "/terms.csv"))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        var times = [timespec(tv_sec: Int(original.modified / 1_000_000_000), tv_nsec: Int(original.modified % 1_000_000_000)),
                     timespec(tv_sec: Int(original.modified / 1_000_000_000), tv_nsec: Int(original.modified % 1_000_000_000))]
        XCTAssertEqual(utimensat(AT_FDCWD, output + "/terms.csv", &times, 0), 0)
        XCTAssertNotEqual(stats.digest(of: "terms.csv", in: output), stats.files["terms.csv"]?.digest)
        try "2017年第41期\n\n本期关注\n生态文明\n".write(toFile: corpus + "/z-later.txt", atomically: true, encoding: .utf8)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run()
        XCTAssertEqual(summary.reused, 0, "a touched output means a full pass 1")
    }
}
