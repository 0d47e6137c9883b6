import XCTest
@testable import TifaKit

final class TermCounterTests: XCTestCase {
    func testCountsWordsAndNumbersButNotPunctuation() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("学习，学习，再学习。2017 年")
        let counted = TermCounter().count(tokens, in: utf16)
        XCTAssertEqual(counted.terms.first, TermCount(term: "学习", count: 3))
        XCTAssertFalse(counted.terms.contains { $0.term == "，" || $0.term == "。" || $0.term == " " })
        XCTAssertTrue(counted.terms.contains(TermCount(term: "2017", count: 1)))
        XCTAssertEqual(counted.tokens, counted.terms.reduce(0) { $0 + $1.count })
    }

    func testTiesAreOrderedByCodePoint() {
        let terms = [TermCount(term: "乙", count: 2), TermCount(term: "甲", count: 2), TermCount(term: "丙", count: 5)]
        XCTAssertEqual(terms.sorted(by: TermCounter.frequencyOrder).map(\.term), ["丙", "乙", "甲"])
    }

    func testRatesAreFixedDecimals() {
        XCTAssertEqual(Rate.fixed(Rate.per10k(1, of: 3)), "3333.33")
        XCTAssertEqual(Rate.fixed(0.125), "0.13")
        XCTAssertEqual(Rate.fixed(-0.004), "0.00")
        XCTAssertEqual(Rate.fixed(2.5, places: 0), "3")
        XCTAssertEqual(Rate.fixed(-1.5), "-1.50")
        XCTAssertEqual(Rate.fixed(0.0012, places: 4), "0.0012")
        XCTAssertEqual(Rate.fixed(123456.7), "123456.70")
        XCTAssertEqual(Rate.fixed(-0.5, places: 0), "-1")
        XCTAssertEqual(Rate.fixed(.nan), "nan")
        XCTAssertEqual(Rate.fixed(Rate.per10k(5, of: 0)), "0.00")
        XCTAssertEqual(Rate.fixed(12.3456, places: 3), "12.346")
    }
}
