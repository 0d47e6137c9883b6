import XCTest
@testable import TifaKit

/// Invented sentences for surnames whose character is mostly an everyday word (游, 果, 代,
/// 简, 水, 第五): names only with a strong cue, never the words they start.
final class EverydayCharacterSurnameTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testCreditOrTitleBefore() {
        XCTAssertTrue(people("本报讯（记者果永年）今天上午，展览开幕。").contains("果永年"))
        XCTAssertTrue(people("市文联主席游明华出席了开幕式。").contains("游明华"))
    }

    func testElectedAndOpeningTheClause() {
        XCTAssertTrue(people("全体会议今天选举简立新为县长。").contains("简立新"))
        XCTAssertTrue(people("游明华当选县政协主席").contains("游明华"))
    }

    func testEverydayWordsStayWords() {
        XCTAssertEqual(people("中国代表团表示，将积极参与合作。"), [])
        XCTAssertEqual(people("《简明版》的特色是条目短小。"), [])
        XCTAssertEqual(people("教练员水平高了，比赛才好看。"), [])
        XCTAssertEqual(people("广大群众学习先进典型。"), [])
        XCTAssertEqual(people("他是一位红军老战士。"), [])
    }

    func testAPrepositionAtTheClauseStartIsNoSurname() {
        XCTAssertFalse(people("。从国庆先生那里得知消息。").contains("从国庆"))
    }

    func testNotReadByTheGeneralSurnameModel() {
        let lexicon = EntityLexicon.shared
        let s = Array("代水第五".unicodeScalars.map(\.value))
        XCTAssertNil(lexicon.surnames.value(s, 0, 1))
        XCTAssertNotNil(lexicon.everydaySurnames.value(s, 0, 1))
        XCTAssertNotNil(lexicon.everydaySurnames.value(s, 2, 4))
    }
}
