import XCTest
@testable import TifaKit

/// Invented sentences for two-character names no cue vouches for: the graded given-name
/// character model, the surname's class and the punctuation around the pair.
final class UncuedShortNameTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testStrongNameCharacterBetweenPunctuation() {
        XCTAssertEqual(people("获奖的有：李翔、周娟。"), ["李翔", "周娟"])
        XCTAssertEqual(people("（张磊）"), ["张磊"])
    }

    func testNameBeforeThePossessive() {
        XCTAssertEqual(people("大家都来到刘娟的地头上。"), ["刘娟"])
    }

    func testWordsOfTheGeneralVocabularyAreNotNames() {
        XCTAssertEqual(people("这种张力来自内部。"), [])
        XCTAssertEqual(people("我们要提高警惕，高度重视。"), [])
        XCTAssertEqual(people("宫殿金碧辉煌。"), [])
        XCTAssertEqual(people("既省钱又致富，何乐不为！"), [])
    }

    func testAVerbOrAMeasureAfterASurnameIsNoName() {
        XCTAssertEqual(people("他们把货物运往王家。"), [])
        XCTAssertEqual(people("馆藏图书５００余册。"), [])
    }

    func testAFollowingNameCharacterLeavesTheLongerNameAlone() {
        // 刘|福|印: the pair is the head of a three-character name, not a name of its own.
        XCTAssertFalse(people("这下刘福印的眼睛瞪圆了。").contains("刘福"))
    }

    func testScoreRanksAStrongCharacterAboveAWeakOne() throws {
        let tokenizer = try Tokenizer()
        let strong = AnalyzedText("，李翔，", tokenizer: tokenizer)
        let weak = AnalyzedText("，李中，", tokenizer: tokenizer)
        let a = try XCTUnwrap(UncuedShortNames.score(at: 1, text: strong))
        if let b = UncuedShortNames.score(at: 1, text: weak) { XCTAssertGreaterThan(a, b) }
    }
}
