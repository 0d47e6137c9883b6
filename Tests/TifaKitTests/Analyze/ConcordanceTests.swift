import XCTest
@testable import TifaKit

final class ConcordanceTests: XCTestCase {
    func testFindsTermAcrossQuotesWithContext() {
        let lines = Concordance(width: 3).lines(of: "四查四看", in: "大家落实“四查”四看要求，四查四看好。")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].left, "落实“")
        XCTAssertEqual(lines[0].match, "四查”四看")
        XCTAssertEqual(lines[0].right, "要求，")
        XCTAssertEqual(lines[1].match, "四查四看")
        XCTAssertEqual(lines[1].right, "好。")
    }

    func testEmptyTermFindsNothing() {
        XCTAssertTrue(Concordance().lines(of: "“”", in: "任何文字").isEmpty)
    }

    func testKwicCommandCitesIssueArticleAndLine() throws {
        let console = RecordingConsole()
        let status = TifaCommandLine.main(["kwic", "党", "--corpus", Fixtures.path("corpus"), "--tsv", "--jobs", "2"], console: console)
        XCTAssertEqual(status, 0, console.errors)
        let rows = console.output.split(separator: "\n")
        XCTAssertEqual(rows.first, "issue\tarticle\tline\tleft\tmatch\tright")
        XCTAssertGreaterThan(rows.count, 2)
        for row in rows.dropFirst() {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(cells.count, 6, String(row))
            XCTAssertTrue(cells[0].hasPrefix("issue-00"))
            XCTAssertNotNil(Int(cells[1]))
            XCTAssertNotNil(Int(cells[2]))
            XCTAssertEqual(cells[4], "党")
        }
        XCTAssertEqual(TifaCommandLine.main(["kwic"], console: RecordingConsole()), 2)
    }
}
