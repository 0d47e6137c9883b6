import XCTest
@testable import TifaKit

final class PlainScalarsTests: XCTestCase {
    private let phrases = ["百狮争先，一线攻坚", "第一书记", "如何当好书记", "店小二", "一把手", "人才中心", "瓶颈", "四个意识",
                           "美丽乡村建设", "最多跑一次", "最美的人", "蓝天，碧水，净土，青山", "三服务", "双向", "红船精神",
                           "小康村", "GDP增长", "两学一做", "拆治归", "你好吗", "五水共治", "枫桥经验"]

    func testScalarTestsAgreeWithStringTests() {
        let words = ["中心", "第", "的", "如何", "吗", "村", "一把手", "说：", "，", "水共"]
        for phrase in phrases {
            let scalars = Array(phrase.unicodeScalars)
            XCTAssertTrue(PlainScalars.allPlain(scalars), phrase)
            for word in words {
                let w = Array(word.unicodeScalars)
                XCTAssertEqual(PlainScalars.contains(scalars[...], w), phrase.contains(word), "\(phrase) \(word)")
                XCTAssertEqual(PlainScalars.hasSuffix(scalars, w), phrase.hasSuffix(word), "\(phrase) \(word)")
            }
        }
        XCTAssertFalse(PlainScalars.allPlain(Array("e\u{301}".unicodeScalars)))
        XCTAssertFalse(PlainScalars.allPlain(Array("\u{F9D1}".unicodeScalars)), "六 as a compatibility ideograph")
    }

    func testQuotedFilterAgreesOnBothPaths() {
        let singleWords: Set<String> = ["瓶颈", "双向"]
        for phrase in phrases {
            let part = Array(phrase.unicodeScalars)
            let length = part.filter { $0 != "，" && $0 != "," }.count
            XCTAssertEqual(QuotedSloganFilter.acceptsPlain(part, length: length, isSingleWord: singleWords.contains),
                           QuotedSloganFilter.acceptsText(part, length: length, isSingleWord: singleWords.contains), phrase)
        }
        XCTAssertFalse(QuotedSloganFilter.accepts(Array("人才中心".unicodeScalars), isSingleWord: { _ in false }))
        XCTAssertTrue(QuotedSloganFilter.accepts(Array("五水共治".unicodeScalars), isSingleWord: { _ in false }))
    }

    func testSpeechCues() {
        XCTAssertTrue(QuotedSloganFilter.followsSpeechCue(Array("他说：".unicodeScalars)))
        XCTAssertTrue(QuotedSloganFilter.followsSpeechCue(Array("书记表示".unicodeScalars)))
        XCTAssertFalse(QuotedSloganFilter.followsSpeechCue(Array("推进".unicodeScalars)))
    }

    func testStringFromScalarsIsTheSameString() {
        for text in ["", "a", "学习贯彻", "é°", "𠀀字Ⅴ①", "e\u{301}", "混合 text 123"] {
            let scalars = Array(text.unicodeScalars)
            let made = String(scalars: scalars)
            XCTAssertEqual(made, text)
            XCTAssertEqual(Array(made.utf8), Array(text.utf8))
        }
    }
}
