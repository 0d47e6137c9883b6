import XCTest
@testable import TifaKit

final class SentenceSplitterTests: XCTestCase {
    private func split(_ text: String) -> [String] { SentenceSplitter.split(text).map(\.text) }

    func testStopsEndSentences() {
        XCTAssertEqual(split("一是抓常态。二是重创新！三是求实效？"), ["一是抓常态。", "二是重创新！", "三是求实效？"])
    }

    func testStopsInsideQuotesAndBracketsDoNotSplit() {
        XCTAssertEqual(split("他说：“我承诺。一定好好干！”大家鼓掌。"), ["他说：“我承诺。一定好好干！”", "大家鼓掌。"])
        XCTAssertEqual(split("见《准则》（2016年。第一版）的规定。下一句"), ["见《准则》（2016年。第一版）的规定。", "下一句"])
        XCTAssertEqual(split("“知者无不知也，当务之为急”。让我们行动。"), ["“知者无不知也，当务之为急”。", "让我们行动。"])
    }

    func testOffsetsPointIntoTheParagraph() {
        let sentences = SentenceSplitter.split("甲。乙丙。")
        XCTAssertEqual(sentences.map(\.offset), [0, 2])
    }

    func testUnclosedQuoteKeepsTheRestTogether() {
        XCTAssertEqual(split("他说：“第一句。第二句。"), ["他说：“第一句。第二句。"])
    }
}
