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
