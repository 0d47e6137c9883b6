import XCTest
@testable import TifaKit

final class IssueAnalyzerTests: XCTestCase {
    /// The entity stage on a second thread (a run with a spare core) gives the very same
    /// analysis as all stages on one.
    func testConcurrentStagesGiveTheSameAnalysis() throws {
        let serial = try IssueAnalyzer()
        let concurrent = try IssueAnalyzer(concurrentStages: true)
        var entities = 0
        for name in ["issue-001.txt", "issue-002.txt", "issue-003.txt"] {
            let path = Fixtures.path("corpus/" + name)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let file = SourceFile(path: path)
            let expected = try serial.analyze(text: text, file: file)
            let analysis = try concurrent.analyze(text: text, file: file)
            entities += expected.entities.count
            XCTAssertEqual(analysis, expected, name)
        }
        XCTAssertGreaterThan(entities, 0)
    }
}
