import XCTest
@testable import TifaKit

final class ChineseNumberSpanTests: XCTestCase {
    private func words(_ text: String, standard: SegmentationStandard = .msr) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(standard: standard).tokenize(text)
        XCTAssertEqual(tokens.map { $0.text(in: utf16) }.joined(), text, "tokens must cover the text")
        return tokens.map { $0.text(in: utf16) }
    }

    func testNumbersAndDatesInChineseNumeralsAreOneToken() throws {
        let tokens = try words("一九九七年十二月三十一日，三十五个国家，百分之五十，三分之一，二○○○年")
        for expected in ["一九九七年十二月三十一日", "三十五个", "百分之五十", "三分之一", "二○○○年"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not whole in \(tokens)")
        }
        // PKU cuts a date into year, month and day, each still one token.
        let date = try words("一九九七年十二月三十一日", standard: .pku)
        XCTAssertEqual(date, ["一九九七年", "十二月", "三十一日"])
        XCTAssertFalse(tokens.contains("三十五"), "MSR: the measure word joins: \(tokens)")
        let pku = try words("三十五个国家", standard: .pku)
        XCTAssertEqual(pku, ["三十五", "个", "国家"], "PKU: measure words stay separate")
        let (utf16, all) = try Tokenizer().tokenize("一九九七年")
        XCTAssertEqual(all.map(\.kind), [.number], "\(all.map { $0.text(in: utf16) })")
    }

    func testWordsWithNumeralsStayWords() throws {
        let tokens = try words("这一定十分重要，全国统一行动，几乎没有")
        for expected in ["一定", "统一", "几乎"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not whole in \(tokens)")
        }
    }

    func testSpanLengths() {
        func length(_ text: String) -> Int {
            Array(text.utf16).withUnsafeBufferPointer { ChineseNumberSpan.length(in: $0, at: 0, limit: $0.count) }
        }
        XCTAssertEqual(length("三十五个"), 3)
        XCTAssertEqual(length("五月"), 2)
        XCTAssertEqual(length("五个"), 0, "one numeral without a date unit is no number span")
        XCTAssertEqual(length("几十"), 0, "几 starts no number")
        XCTAssertEqual(length("十几个"), 2)
        XCTAssertEqual(length("百分之五十"), 5)
        XCTAssertEqual(length("一定"), 0)
    }
}

final class TransliterationSpanTests: XCTestCase {
    func testForeignNamesInTransliterationCharactersAreOneToken() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("卡斯帕罗夫与阿拉法特会见，俄罗斯和阿拉伯国家")
        let words = tokens.map { $0.text(in: utf16) }
        for expected in ["卡斯帕罗夫", "阿拉法特", "俄罗斯", "阿拉伯"] {
            XCTAssertTrue(words.contains(expected), "\(expected) not whole in \(words)")
        }
    }

    func testOnlyRunsWithAMarkedCharacterOfThreeOrMore() {
        func length(_ text: String) -> Int {
            Array(text.utf16).withUnsafeBufferPointer { TransliterationSpan.length(in: $0, at: 0, limit: $0.count) }
        }
        XCTAssertEqual(length("卡斯帕罗夫说"), 5)
        XCTAssertEqual(length("罗夫说"), 0, "two characters are no span")
        XCTAssertEqual(length("加拉加"), 0, "no character native words rarely use")
    }
}
