import XCTest
@testable import TifaKit

/// Invented sentences for transliterated names read one character too long (克林顿本|月),
/// names that end on such a character for real, and the transliteration characters 绍, 季, 申.
final class ForeignNameEndTrimTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testLastCharacterGoesBackToTheNextWord() {
        XCTAssertEqual(people("据报道，总统奥瓦尔德纳泽本月将出访。"), ["奥瓦尔德纳泽"])
        XCTAssertEqual(people("委员会主席卡里本报特派记者的采访"), ["卡里"])
    }

    func testNameEndingOnSuchACharacterBeforeNoWordStays() {
        XCTAssertEqual(people("主席多明戈·罗本说，会议很成功。"), ["多明戈·罗本"])
    }

    func testLessCommonTransliterationCharacters() {
        XCTAssertEqual(people("副总理卡拉季波夫今天到达。"), ["卡拉季波夫"])
        XCTAssertEqual(people("投资家绍罗塔表示愿意合作。"), ["绍罗塔"])
    }

    func testLoanwordsAreNoPeople() {
        XCTAssertEqual(people("受厄尔尼诺现象的影响，降雨偏少。"), [])
        XCTAssertEqual(people("中华苏维埃政府成立了。"), [])
        XCTAssertEqual(people("作家约翰·史密斯的书"), ["约翰·史密斯"])
    }
}
