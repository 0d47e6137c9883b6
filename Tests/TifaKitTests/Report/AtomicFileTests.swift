import XCTest
@testable import TifaKit

final class AtomicFileTests: XCTestCase {
    func testStaleTemporariesAreRemovedInEverySubfolderAndNothingElse() throws {
        let folder = try Fixtures.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/issues/deeper", withIntermediateDirectories: true)
        let stale = [folder + "/.terms.csv.123.tmp", folder + "/issues/.a.html.9.tmp", folder + "/issues/deeper/.b.html.77.tmp"]
        let kept = [folder + "/terms.csv", folder + "/.tifa.lock", folder + "/issues/a.html", folder + "/issues/.notes.tmp",
                    folder + "/issues/deeper/b.html"]
        for path in stale + kept { XCTAssertTrue(fm.createFile(atPath: path, contents: Data("x".utf8))) }
        // A folder whose name looks like a temporary is not a file to unlink.
        try fm.createDirectory(atPath: folder + "/.c.html.5.tmp", withIntermediateDirectories: true)

        XCTAssertEqual(AtomicFile.removeStaleTemporaries(under: folder), 3)
        for path in stale { XCTAssertFalse(fm.fileExists(atPath: path), path) }
        for path in kept { XCTAssertTrue(fm.fileExists(atPath: path), path) }
        XCTAssertTrue(fm.fileExists(atPath: folder + "/.c.html.5.tmp"))
        XCTAssertEqual(AtomicFile.removeStaleTemporaries(under: folder + "/missing"), 0)
    }
}

final class StreamedFileAppendTests: XCTestCase {
    /// Bytes copied from another file land between the pieces written around them, in order,
    /// and an input shorter than asked is an error.
    func testAppendedBytesComeInOrderWithWrittenOnes() throws {
        let folder = try Fixtures.temporaryFolder()
        let source = folder + "/old.csv"
        let old = Array("header\nrow 1\nrow 2\nrow 3\n".utf8)
        try Data(old).write(to: URL(fileURLWithPath: source))
        let input = open(source, O_RDONLY)
        XCTAssertGreaterThanOrEqual(input, 0)
        defer { close(input) }
        let staging = StagedOutputs()
        let file = try staging.stream(to: folder + "/new.csv")
        try file.append(from: input, count: 13, reportedAs: source)  // header and row 1
        file.write("new row\n")
        try file.append(from: input, count: 12, reportedAs: source)  // rows 2 and 3
        XCTAssertThrowsError(try file.append(from: input, count: 1, reportedAs: source))
        try staging.commit(durable: false)
        XCTAssertEqual(try String(contentsOfFile: folder + "/new.csv", encoding: .utf8), "header\nrow 1\nnew row\nrow 2\nrow 3\n")
    }
}
