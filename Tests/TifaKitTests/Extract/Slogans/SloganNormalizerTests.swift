import XCTest
@testable import TifaKit

final class SloganNormalizerTests: XCTestCase {
    /// The definition the fast path must keep: 、, a quotation mark or a space.
    private func transparentByDefinition(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "、" || SloganNormalizer.quoteMarks.contains(scalar) || CharacterClass.isSpace(scalar)
    }

    func testTransparentScalarsAreMarksAndSpacesOnly() {
        for scalar in ["、", "“", "”", "「", "\"", " ", "\u{3000}", "\t"] as [Unicode.Scalar] {
            XCTAssertTrue(SloganNormalizer.isTransparent(scalar), "\(scalar.value)")
        }
        for scalar in ["一", "党", "龥", "㐀", "A", "1", "，", "。", "𠀀"] as [Unicode.Scalar] {
            XCTAssertFalse(SloganNormalizer.isTransparent(scalar), "\(scalar.value)")
        }
    }

    /// Every BMP scalar (ideographs, Latin, punctuation, spaces) and a sample of astral
    /// ones answer as the definition does.
    func testTransparentAgreesWithDefinitionEverywhere() {
        let values = Array(0..<0xD800) + Array(0xE000..<0x10000) + Array(stride(from: 0x10000, through: 0x10FFFF, by: 97))
        for value in values {
            let scalar = Unicode.Scalar(UInt32(value))!
            if SloganNormalizer.isTransparent(scalar) != transparentByDefinition(scalar) {
                XCTFail("U+\(String(value, radix: 16))")
            }
        }
    }

    func testNormalizeDropsMarksOnly() {
        XCTAssertEqual(SloganNormalizer.normalize("“四个”意识"), "四个意识")
        XCTAssertEqual(SloganNormalizer.normalize("五不能、六不宜"), "五不能六不宜")
        XCTAssertEqual(SloganNormalizer.normalize(""), "")
        XCTAssertEqual(SloganNormalizer.normalize("“𠀀 APP”"), "𠀀APP")
    }

    func testSentenceMarksAgreeWithTheirSet() {
        for value in Array(0..<0xD800) + Array(0xE000..<0x10000) + [0x1F600, 0x20000] {
            let scalar = Unicode.Scalar(UInt32(value))!
            if QuotedSloganFilter.isSentenceMark(scalar) != QuotedSloganFilter.sentenceMarks.contains(scalar) {
                XCTFail("U+\(String(value, radix: 16))")
            }
        }
        XCTAssertTrue(QuotedSloganFilter.isSentence(Array("撸起袖子加油干！".unicodeScalars)))
        XCTAssertFalse(QuotedSloganFilter.isSentence(Array("两学一做".unicodeScalars)))
        XCTAssertFalse(QuotedSloganFilter.isSentence([]))
        XCTAssertFalse(QuotedSloganFilter.isSentence(Array("𠀀APP".unicodeScalars)))
    }
}
