import XCTest
@testable import TifaKit

final class PageFurnitureTests: XCTestCase {
    private func classify(_ text: String, repeated: Set<String> = []) -> PageFurniture? {
        PageFurniture.classify(SourceLine(line: 1, text: text), repeatedShortLines: repeated)
    }

    func testPageNumbersIssueLinesAndRunningTitles() {
        XCTAssertEqual(classify("17"), .pageNumber)
        XCTAssertEqual(classify("总第50期"), .issueNumber(50))
        XCTAssertEqual(classify("2017年第1期"), .issueOfYear(year: 2017, number: 1))
        XCTAssertEqual(classify("Qu Zhou Dang Jian"), .runningTitle)
        XCTAssertEqual(classify("本期关注"), .sectionLabel("本期关注"))
        XCTAssertNil(classify("2017年2月14日"))
        XCTAssertNil(classify("PM 2.5"))
        XCTAssertNil(classify("本期关注的重点是基层"))
    }

    func testUnknownLabelsAreFoundByRepetition() {
        let lines = ["清风扑面", "正文很长很长的一行文字。", "清风扑面", "部长）", "部长）"].map { SourceLine(line: 1, text: $0) }
        let repeated = PageFurniture.repeatedShortLines(lines)
        XCTAssertEqual(repeated, ["清风扑面"])
        XCTAssertEqual(classify("清风扑面", repeated: repeated), .sectionLabel("清风扑面"))
    }
}
