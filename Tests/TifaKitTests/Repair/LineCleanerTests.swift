import Foundation
import XCTest
@testable import TifaKit

final class LineCleanerTests: XCTestCase {
    func testFullWidthLettersAndDigitsFoldButCJKPunctuationStays() {
        let cleaned = LineCleaner().clean("ＧＤＰ增长７．５％，（ＰＭ２．５）下降：")
        XCTAssertEqual(cleaned.map(\.text), ["GDP增长7．5％，（PM2．5）下降："])
    }

    func testSpacesGoInsideCJKAndBetweenCJKAndDigitsButNotBetweenLatinWords() {
        let cleaned = LineCleaner().clean("姻徐 宾\n2017 年 2 月\nQu  Zhou Dang Jian\nPM 2.5 指数")
        XCTAssertEqual(cleaned.map(\.text), ["姻徐宾", "2017年2月", "Qu Zhou Dang Jian", "PM 2.5指数"])
    }

    func testLeadingWhitespaceMarksAFrameStartAndLinesKeepTheirNumbers() {
        let cleaned = LineCleaner().clean("\n\n 本期关注\n\n正文")
        XCTAssertEqual(cleaned.map(\.line), [3, 5])
        XCTAssertEqual(cleaned.map(\.startsFrame), [true, false])
        XCTAssertEqual(cleaned[0].raw, " 本期关注")
    }

    /// The reference the one-pass cleaner must equal: each line split, cleaned and kept
    /// on its own.
    private func lineByLine(_ text: String) -> [SourceLine] {
        LineCleaner.splitLines(text).enumerated().compactMap { index, raw -> SourceLine? in
            let scalars = LineCleaner.cleanScalars(raw)
            if scalars.isEmpty { return nil }
            return SourceLine(line: index + 1, scalars: scalars,
                              startsFrame: raw.unicodeScalars.first.map(CharacterClass.isSpace) ?? false, raw: String(raw))
        }
    }

    func testOnePassEqualsLineByLineCleaning() {
        let text = "  标题 一\r\n\r正文 ＡＢ 12\rQu  Zhou\n\n\u{3000}第二段　文字 \n末行 x  y\n"
        let lines = lineByLine(text)
        let cleaned = LineCleaner().clean(text)
        XCTAssertEqual(cleaned, lines)
        XCTAssertEqual(cleaned.map(\.displayWidth), lines.map { SourceLine.displayWidth(of: $0.raw) })
        XCTAssertEqual(cleaned.map(\.line), [1, 3, 4, 6, 7])
    }

    func testOnePassOverBytesEqualsLineByLineCleaningForAnyScalars() {
        // Two-, three- and four-byte scalars, combining marks, quotes, CR at the very end,
        // a text without a final line end, blank-only and empty texts.
        let texts = ["é\u{301} “引号”  ‘单’ \"q\"\r\n𠀀 𪚥  ab\u{85}c\r", "ñ Ω\u{2028}x\u{2029}末", "\n\n \u{3000} \n", "", "无换行 𠀀"]
        for text in texts {
            let lines = lineByLine(text)
            let cleaned = LineCleaner().clean(text)
            XCTAssertEqual(cleaned, lines, text.debugDescription)
            XCTAssertEqual(cleaned.map(\.displayWidth), lines.map { SourceLine.displayWidth(of: $0.raw) }, text.debugDescription)
        }
        XCTAssertEqual(LineCleaner().clean(NSString(string: "桥接\n 文字") as String).map(\.raw), ["桥接", " 文字"])
    }

    func testDisplayWidthCountsCJKAsTwoColumns() {
        XCTAssertEqual(SourceLine(line: 1, text: "党建ab").displayWidth, 6)
    }
}
