import XCTest
@testable import TifaKit

/// Invented sentences: a married woman's four-character name (陈方安生), a name before 牌
/// (a brand), transliterated words that are no person (塔利班), and surname + 老 after a
/// full name with that surname in the same document.
final class PersonNameShapeTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ paragraphs: [String]) -> [[String]] {
        extractor.extract(document: paragraphs).map { $0.filter { $0.kind == .person }.map(\.text) }
    }

    func testMarriedNameWithACue() {
        XCTAssertEqual(people(["律政司长梁周美玲表示，将修订条例。"])[0], ["梁周美玲"])
        XCTAssertEqual(people(["张李秀英说，孩子们都回来了。"])[0], ["张李秀英"])
        // Confirmed once, the whole name wins over a three-character reading elsewhere.
        XCTAssertEqual(people(["张李秀英说，孩子们都回来了。", "后来张李秀英去了广州。"])[1], ["张李秀英"])
    }

    func testMarriedNameNeedsAClearShape() {
        // A cue inside the would-be given name, a lone character after it, a transliteration.
        XCTAssertEqual(people(["记者苏宁报道：大会开幕。"])[0], ["苏宁"])
        XCTAssertFalse(people(["美国选手汤普森以微弱优势取胜。"])[0].contains { $0.count == 4 })
        XCTAssertFalse(people(["村民赵荣福家的房子修好了。"])[0].contains { $0.count == 4 })
    }

    func testNameBeforeABrandMark() {
        XCTAssertEqual(people(["商场里，王小明牌电饭锅卖得最好。"])[0], [])
        XCTAssertEqual(people(["厂长王小明说，电饭锅卖得最好。"])[0], ["王小明"])
    }

    func testTransliteratedWordsThatAreNoPerson() {
        XCTAssertEqual(people(["塔利班提出了新的条件。"])[0], [])
        XCTAssertEqual(people(["总统拉巴尼提出了新的条件。"])[0], ["拉巴尼"])
    }

    func testSurnameAndLaoAfterAFullName() {
        let found = people(["著名书法家侯明远说，字要天天练。", "侯老的家里到处是字帖。", "其实都是侯老自己掏钱。"])
        XCTAssertEqual(found[1], ["侯老"])
        XCTAssertEqual(found[2], ["侯老"])
        // Not without the full name, not another surname, and not 老 starting a word.
        XCTAssertEqual(people(["侯老的家里到处是字帖。"])[0], [])
        XCTAssertEqual(people(["著名书法家侯明远说，字要天天练。", "王老的家里到处是字帖。"])[1], [])
        XCTAssertFalse(people(["著名书法家侯明远说，字要天天练。", "侯老师来了。"])[1].contains("侯老"))
    }
}
