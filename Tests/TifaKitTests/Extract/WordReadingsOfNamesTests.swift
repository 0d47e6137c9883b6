import XCTest
@testable import TifaKit

/// Invented sentences for readings that are words, not names: a person cut out of an idiom
/// on any path, a rarer surname opening a word ICU reads (来信, 关爱), famous names that
/// are everyday words (汪洋), bookish words on a surname (陈言).
final class WordReadingsOfNamesTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testNoNameCutOutOfAnIdiomInAList() {
        XCTAssertEqual(people("发扬艰苦奋斗、雷厉风行、求真务实的作风。"), [])
        XCTAssertEqual(people("工地上恢复了往日的龙腾虎跃。"), [])
        // A name the idiom merely touches stays.
        XCTAssertTrue(people("县长李明华、副县长张国强出席。").contains("张国强"))
    }

    func testARarerSurnameOpeningAWordNeedsAStrongCue() {
        XCTAssertFalse(people("他们在来信中说：谢谢大家。").contains("来信中"))
        XCTAssertFalse(people("班主任老师关爱心理有困难的学生。").contains("关爱心"))
        // 同志 vouches whatever the words.
        XCTAssertTrue(people("关爱民同志当选为主任。").contains("关爱民"))
    }

    func testFamousNamesThatAreWords() {
        XCTAssertEqual(people("这汪洋中的一条小船。"), [])
        XCTAssertEqual(people("路遥知马力，日久见人心。"), [])
        XCTAssertEqual(people("副省长汪洋说，要抓好落实。"), ["汪洋"])
        XCTAssertTrue(people("他读过老舍、莫言、巴金的小说。").contains("莫言"))
        let text = AnalyzedText("汪洋中", tokenizer: try? Tokenizer())
        XCTAssertTrue(FamousNamesAlsoWords.uncuedWord(start: 0, end: 2, text: text))
    }

    func testBookishWordsOnASurname() {
        XCTAssertEqual(people("其实，陈言套话危害很大。"), [])
    }
}
