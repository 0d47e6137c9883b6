import XCTest
@testable import TifaKit

/// Invented sentences: a married woman's four-character name (陈方安生), a name before 牌
/// (a brand), transliterated words that are no person (塔利班), and surname + 老 after a
/// full name with that surname in the same document.
final class PersonNameShapeTests: PersonRuleTestCase {
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

/// Invented sentences: posts before a name, a transliterated name ICU knows as a word after
/// a title, three-character names whose given name is a word, foreign names with no cue.
final class PersonRoundThreeRecallTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testMorePostsBeforeAName() {
        XCTAssertEqual(people("财政部综合司司长闵耀良近日说，收入增长较快。"), ["闵耀良"])
        XCTAssertEqual(people("高级农艺师张保善带领大家选种。"), ["张保善"])
    }

    func testGivenNameOfEverydayCharactersBetweenFunctionWords() {
        XCTAssertEqual(people("质检站的王正平将大米摊在手上。"), ["王正平"])
        // A frequent word after the surname stays a word.
        XCTAssertEqual(people("我们都要王平等对待。").filter { $0.count == 3 }, [])
    }

    func testForeignNameWithoutACue() {
        XCTAssertEqual(people("付给７０岁的哈罗维兹一笔赔偿。"), ["哈罗维兹"])
        XCTAssertEqual(people("俄罗斯的斯兰蒂耶夫获得亚军。").contains("斯兰蒂耶夫"), true)
        // After a place cue, before a place's head, a known place, a general word: no person.
        XCTAssertEqual(people("代表团抵达阿克莫拉，受到欢迎。"), [])
        XCTAssertEqual(people("他们来到萨维尔港参观。"), [])
        XCTAssertEqual(people("会议在巴基斯坦召开。"), [])
        XCTAssertEqual(people("两名选手的差距不大。"), [])
    }
}
