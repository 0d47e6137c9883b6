import XCTest
@testable import TifaKit

final class StopwordsTests: XCTestCase {
    private func units(_ text: String) -> [UInt16] { Array(text.utf16) }

    /// `contains(units:)` answers what `contains` answers for the String of those units.
    private func assertAgrees(_ stopwords: Stopwords, _ terms: [String], file: StaticString = #filePath, line: UInt = #line) {
        for term in terms {
            XCTAssertEqual(stopwords.contains(units: units(term)), stopwords.contains(term), "\(term)", file: file, line: line)
            XCTAssertEqual(stopwords.contains(units: units(term)[...]), stopwords.contains(term), "\(term)", file: file, line: line)
        }
    }

    func testPlainListAnswersByCodeUnits() {
        let stopwords = Stopwords(["的", "了", "而且", "of", "不仅如此"])
        XCTAssertTrue(stopwords.contains(units: units("的")))
        XCTAssertTrue(stopwords.contains(units: units("而且")))
        XCTAssertTrue(stopwords.contains(units: units("of")))
        XCTAssertTrue(stopwords.contains(units: units("不仅如此")))
        XCTAssertFalse(stopwords.contains(units: units("而")))
        XCTAssertFalse(stopwords.contains(units: units("而且的")))
        XCTAssertFalse(stopwords.contains(units: units("不仅如此的")))
        XCTAssertFalse(stopwords.contains(units: units("")))
        assertAgrees(stopwords, ["的", "了", "而且", "of", "Of", "的了", "不仅如此", "仅如此", "", "𠀀", "的𠀀", "e\u{301}",
                                 "\u{F900}", "党建工作"])
    }

    func testEmptyWordAndEmptyList() {
        XCTAssertTrue(Stopwords([""]).contains(units: [UInt16]()))
        XCTAssertFalse(Stopwords([]).contains(units: units("的")))
        XCTAssertFalse(Stopwords([]).contains(units: [UInt16]()))
        assertAgrees(Stopwords(["", "的"]), ["", "的", "了"])
    }

    /// Astral and composed text goes through Strings: canonical equivalence still holds.
    func testAstralAndNonPlainTermsFallBackToStrings() {
        let stopwords = Stopwords(["𠀀", "é", "的"])
        XCTAssertTrue(stopwords.contains(units: units("𠀀")))
        XCTAssertTrue(stopwords.contains(units: units("e\u{301}")))  // decomposed é
        XCTAssertFalse(stopwords.contains(units: units("𠀁")))
        assertAgrees(stopwords, ["𠀀", "é", "e\u{301}", "的", "了", "𠀀的"])
        // A plain list answers a non-plain term that equals a word as a String.
        let plain = Stopwords(["\u{8C48}"])
        XCTAssertTrue(plain.contains(units: units("\u{F900}")))  // compatibility ideograph of 豈
        assertAgrees(plain, ["\u{8C48}", "\u{F900}", "豈豈"])
    }

    /// A list with a long word or a non-plain word answers through Strings.
    func testListsThatCannotBePackedStillAgree() {
        assertAgrees(Stopwords(["一二三四五", "的"]), ["一二三四五", "一二三四", "的", "一二三四五六"])
        assertAgrees(Stopwords(["\u{F900}", "了"]), ["\u{8C48}", "\u{F900}", "了", "的"])
    }

    func testBuiltinListAgreesForEveryWordAndNeighbours() {
        let words = Lexicon.entries(BuiltinLexiconData.stopwords)
        XCTAssertFalse(words.isEmpty)
        assertAgrees(.builtin, words + words.map { $0 + "们" } + ["党建", "经济", "1998", "the", ""])
        for word in words { XCTAssertTrue(Stopwords.builtin.contains(units: units(word)), word) }
    }

    func testPackedKeyOfPlainUnitsOnly() {
        XCTAssertEqual(Stopwords.packedKey([UInt16]())?.units, 0)
        XCTAssertEqual(Stopwords.packedKey([UInt16]())?.key, 0)
        XCTAssertEqual(Stopwords.packedKey(units("的"))?.key, 0x7684)
        XCTAssertEqual(Stopwords.packedKey(units("ab"))?.key, 0x0061_0062)
        XCTAssertEqual(Stopwords.packedKey(units("一二三四五"))?.units, 5)
        XCTAssertNil(Stopwords.packedKey(units("𠀀")), "a surrogate is not plain")
        XCTAssertNil(Stopwords.packedKey(units("e\u{301}")), "a combining mark is not plain")
        XCTAssertNil(Stopwords.packedKey(units("\u{F900}")), "a compatibility ideograph is not plain")
    }
}
