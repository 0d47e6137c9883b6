import XCTest
@testable import TifaKit

final class LayoutRepairTests: XCTestCase {
    private func paragraphs(_ text: String) -> [String] {
        LayoutRepair().repair(text).paragraphs.map(\.text)
    }

    func testSpacesInsideChineseAreRemoved() {
        XCTAssertEqual(LayoutRepair.collapseWhitespace("（作 者 系龙 游 县委 常 委、 组 织").map(String.init).joined(),
                       "（作者系龙游县委常委、组织")
        XCTAssertEqual(LayoutRepair.collapseWhitespace("2017 年 2 月 14 日").map(String.init).joined(), "2017年2月14日")
    }

    func testSpacesBetweenLatinWordsAreKeptSingle() {
        XCTAssertEqual(LayoutRepair.collapseWhitespace("  Qu   Zhou Dang  Jian ").map(String.init).joined(),
                       "Qu Zhou Dang Jian")
        XCTAssertEqual(LayoutRepair.collapseWhitespace("PM 2.5 指数").map(String.init).joined(), "PM 2.5指数")
    }

    func testHardWrappedLinesJoinAcrossBlankLines() {
        let text = "一切伟大的事业都在奋斗中前进。市\n\n第七次党代会报告明确提出推进全面从\n\n严治党的目标要求。这是我们的方向\n\n略决策。\n\n迈向新的征程，坚定不移的推进全面\n\n从严治党向纵深发展，不断取得胜利。\n"
        XCTAssertEqual(paragraphs(text), [
            "一切伟大的事业都在奋斗中前进。市第七次党代会报告明确提出推进全面从严治党的目标要求。这是我们的方向略决策。",
            "迈向新的征程，坚定不移的推进全面从严治党向纵深发展，不断取得胜利。",
        ])
    }

    func testWordsAndNamesSplitAcrossLinesComeBackWhole() {
        let text = "会议由市委常委、组织部长叶\n骏主持，全市基层党组织书记参加了基\n层党建工作会议，时间是2017 年 2\n\n月。\n"
        let joined = paragraphs(text).joined()
        XCTAssertTrue(joined.contains("叶骏"), joined)
        XCTAssertTrue(joined.contains("基层"), joined)
        XCTAssertTrue(joined.contains("2017年2月"), joined)
    }

    func testNumberedPointStartsANewParagraph() {
        let text = "激励全市党员干部脚踏实地、务实干事。\n二、下好一盘棋，以更精的项目夯实组\n织工作的基础，推进各项工作落地见效\n"
        XCTAssertEqual(paragraphs(text).count, 2)
    }

    func testParagraphsRememberTheirOriginalLine() {
        let repaired = LayoutRepair().repair("\n\n标题\n\n正文第一行很长很长很长很长很长\n正文第二行。\n")
        XCTAssertEqual(repaired.paragraphs.map(\.line), [3, 5])
    }

    func testLineEndsOfEveryKindSplitLines() {
        XCTAssertEqual(LayoutRepair.splitLines("a\r\nb\rc\nd").map(String.init), ["a", "b", "c", "d"])
        XCTAssertEqual(LayoutRepair.splitLines("").count, 0)
    }

    func testCharacterCountIgnoresWhitespace() {
        XCTAssertEqual(LayoutRepair().repair("ab cd\n中 文\n").characterCount, 6)
    }
}
