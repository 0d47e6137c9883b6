import XCTest
@testable import TifaKit

/// Invented sentences for three-character names on a rarer surname whose given name is a
/// word ICU knows (石学海, 季正清), and for go players named with their rank.
final class RareSurnameFullNameTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testTitleBeforeAndCleanEnd() {
        XCTAssertEqual(people("这部影片的导演石学海的名字传开了。"), ["石学海"])
        XCTAssertEqual(people("村里的农民季正清，收到了一封信。"), ["季正清"])
    }

    func testEverydayWordsAfterARarerSurnameAreNoNames() {
        // 党|忠诚, 关|心灵: the given part is a frequent word of the general vocabulary.
        XCTAssertEqual(people("一名党员党忠诚的表现。"), [])
        XCTAssertEqual(people("一位教师关心灵的成长。"), [])
    }

    func testWithoutATitleARarerSurnameStaysAWord() {
        XCTAssertEqual(people("他在学海中遨游。"), [])
        XCTAssertFalse(people("石学海的名字传开了。").contains("石学海"))
    }

    func testGoRankAfterAName() {
        XCTAssertEqual(people("小将孙磊六段今天获胜。"), ["孙磊"])
        XCTAssertEqual(people("周一平九段和何立三段对弈。"), ["周一平", "何立"])
    }

    func testVouchedNeedsBothNameCharacters() throws {
        let text = AnalyzedText("导演石学海的", tokenizer: try Tokenizer())
        XCTAssertTrue(RareSurnameFullNames.vouched(start: 2, givenStart: 3, end: 5, titled: true, verbAfter: false, text: text))
        XCTAssertFalse(RareSurnameFullNames.vouched(start: 2, givenStart: 3, end: 5, titled: false, verbAfter: false, text: text))
    }
}
