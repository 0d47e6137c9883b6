import XCTest
@testable import TifaKit

final class TermTableTests: XCTestCase {
    private func table(_ terms: [String]) -> TermTable {
        var table = TermTable()
        for term in terms {
            let units = Array(term.utf16)
            units.withUnsafeBufferPointer { table.add($0, start: 0, end: units.count) }
        }
        return table
    }

    func testStringIsWhatDecodingMakes() {
        let samples: [[UInt16]] = [Array("学习".utf16), Array("GDP".utf16), Array("é°×".utf16), Array("𠀀字".utf16),
                                   Array("Ⅴ①".utf16), [0xD800, 0x4E00], [0x4E00, 0xDC00], []]
        for units in samples {
            units.withUnsafeBufferPointer { buffer in
                XCTAssertEqual(TermTable.string(buffer), String(decoding: buffer, as: UTF16.self), "\(units)")
            }
        }
    }

    func testPlainOrderIsCodePointOrder() {
        let terms = ["乙", "甲", "甲乙", "GDP", "Ⅴ", "十九大", "9", "１", "a", "。", "丙丁戊"]
        let table = table(terms)
        XCTAssertTrue(table.isPlain())
        let byUnits = (0..<table.count).sorted { table.plainPrecedes($0, $1) }.map { terms[$0] }
        XCTAssertEqual(byUnits, terms.sorted(by: CodePointOrder.precedes))
    }

    func testSurrogatesAreNotPlain() {
        XCTAssertFalse(table(["𠀀"]).isPlain())
        XCTAssertFalse(table(["e\u{301}"]).isPlain(), "a combining mark")
        XCTAssertFalse(table(["\u{F900}"]).isPlain(), "a compatibility ideograph")
    }

    func testPlainTermsEqualFoldedTerms() {
        let table = table(["学习", "的", "乙", "甲", "学习", "2017", "甲", "丙", "学习"])
        let counter = TermCounter()
        XCTAssertEqual(counter.terms(of: table), counter.foldedTerms(of: table))
        XCTAssertEqual(counter.terms(of: table).map(\.term), ["学习", "甲", "2017", "丙", "乙"])
    }

    func testCanonicallyEqualTermsStillFold() {
        // é precomposed and e + combining acute are one String: counted as one term.
        let table = table(["\u{E9}", "e\u{301}", "学习"])
        XCTAssertNil(TermCounter().plainTerms(of: table))
        XCTAssertEqual(TermCounter().terms(of: table).first, TermCount(term: "\u{E9}", count: 2))
    }
}
