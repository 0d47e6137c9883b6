import XCTest
@testable import TifaKit

final class CorpusScannerTests: XCTestCase {
    func testListsTxtFilesInByteOrderAndNotesTheRest() throws {
        let result = try CorpusScanner().scan(folder: Fixtures.path("corpus"))
        XCTAssertEqual(result.files.map(\.issue), ["issue-001", "issue-002", "issue-003"])
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(result.diagnostics.first?.severity, .note)
        XCTAssertTrue(result.diagnostics.first?.file.hasSuffix("README.md") ?? false)
    }

    func testMissingCorpusStopsTheRunWithAClearError() {
        XCTAssertThrowsError(try CorpusScanner().scan(folder: "/nonexistent/tifa")) { error in
            XCTAssertEqual(error as? TifaError, .corpusNotFound(path: "/nonexistent/tifa"))
            XCTAssertTrue(error.localizedDescription.contains("/nonexistent/tifa"))
        }
    }

    func testIssueKeyIsTheFileStem() {
        XCTAssertEqual(SourceFile(path: "/a/b/issue-050.txt").issue, "issue-050")
        XCTAssertEqual(SourceFile(path: "第50期.TXT").issue, "第50期")
    }
}
