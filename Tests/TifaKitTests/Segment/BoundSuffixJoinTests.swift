import XCTest
@testable import TifaKit

final class BoundSuffixJoinTests: XCTestCase {
    private func joined(_ pieces: [String]) -> [String] {
        joinedPieces(pieces) { BoundSuffixJoin().apply(&$0, $1) }
    }

    func testLoneSuffixJoinsTheWordBeforeIt() {
        XCTAssertEqual(joined(["坚持", "精准", "化", "施策"]), ["坚持", "精准化", "施策"])
        XCTAssertEqual(joined(["增强", "战斗", "性", "。"]), ["增强", "战斗性", "。"])
        XCTAssertEqual(joined(["提高", "合格", "率"]), ["提高", "合格率"])
        XCTAssertEqual(joined(["返乡", "者", "，"]), ["返乡者", "，"])
    }

    func testSuffixStaysAloneWhereTheReadingIsAGuess() {
        // After a single character or at the start, nothing joins.
        XCTAssertEqual(joined(["化", "解"]), ["化", "解"])
        XCTAssertEqual(joined(["我", "化"]), ["我", "化"])
        // Followed by another lone character: an expression the path did not know.
        XCTAssertEqual(joined(["以上", "率", "下"]), ["以上", "率", "下"])
        XCTAssertEqual(joined(["规章", "制", "度"]), ["规章", "制", "度"])
        // After punctuation, and characters that are no suffix.
        XCTAssertEqual(joined(["。", "性"]), ["。", "性"])
        XCTAssertEqual(joined(["发展", "好"]), ["发展", "好"])
    }

    func testFullTokenizerKeepsTitlesApartFromNames() throws {
        // The general vocabulary's 记者刘 (an input-method phrase) is dropped: the surname
        // goes with the invented given name.
        let (utf16, tokens) = try Tokenizer().tokenize("记者刘宏彬报道，十六大以来")
        let words = tokens.map { $0.text(in: utf16) }
        XCTAssertTrue(words.contains("记者"), "\(words)")
        XCTAssertTrue(words.contains("刘宏彬"), "\(words)")
        XCTAssertTrue(words.contains("十六大"), "\(words)")
    }
}
