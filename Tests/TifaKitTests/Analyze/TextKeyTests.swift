import XCTest
@testable import TifaKit

final class TextKeyTests: XCTestCase {
    /// Plain text takes the byte path: its hash must be String's, or a key would miss an
    /// equal String hashed the other way.
    func testPlainTextHashesAsTheString() {
        let texts = ["", "a", "改革开放", "“两学一做”", "2017年", "Ⅴ①○●", "第一书记，百狮争先", "x·y×z÷", "全角ＡＢＣ１２３"]
        for text in texts {
            XCTAssertTrue(text.utf8.withContiguousStorageIfAvailable(TextKey.isPlain) ?? false, text)
            XCTAssertEqual(TextKey(text).hashValue, text.hashValue, text)
        }
    }

    /// Canonically equivalent spellings are one key whichever path each takes: a
    /// compatibility ideograph and its unified one, an angle bracket and the CJK one, a
    /// combining sequence and the precomposed letter.
    func testEquivalentSpellingsAreOneKey() {
        let pairs = [("\u{F900}", "\u{8C48}"), ("\u{2329}改革\u{232A}", "\u{3008}改革\u{3009}"), ("cafe\u{301}", "café")]
        for (a, b) in pairs {
            XCTAssertEqual(a, b)
            XCTAssertEqual(TextKey(a), TextKey(b))
            XCTAssertEqual(TextKey(a).hashValue, TextKey(b).hashValue, a)
            var totals: [TextKey: Int] = [:]
            totals[TextKey(a), default: 0] += 1
            totals[TextKey(b), default: 0] += 1
            XCTAssertEqual(totals.count, 1)
            XCTAssertEqual(totals[TextKey(b)], 2)
        }
        XCTAssertNotEqual(TextKey("改革"), TextKey("改革开放"))
    }
}
