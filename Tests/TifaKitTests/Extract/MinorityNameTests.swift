import XCTest
@testable import TifaKit

/// Invented sentences for Tibetan, Mongolian and Uyghur names with no surname, names noted
/// with their nationality, and the edges of dotted names and transliteration tails.
final class MinorityNameTests: PersonRuleTestCase {
    func testTwoNamePartsRunTogetherAreOnePerson() {
        XCTAssertEqual(people(["县长扎西顿珠在会上讲话。"])[0], ["扎西顿珠"])
        XCTAssertEqual(people(["（本报记者次仁卓玛摄）"])[0], ["次仁卓玛"])
        XCTAssertEqual(people(["牧民巴特尔朝鲁说，今年雪大。"])[0], ["巴特尔朝鲁"])
    }

    func testNameFoundAgainWithoutItsCue() {
        let found = people(["副县长格桑旺堆今天到了乡里。", "据格桑旺堆介绍，牛羊都已转场。"])
        XCTAssertEqual(found[1], ["格桑旺堆"])
    }

    func testOnePartAloneOrAPlaceIsNoName() {
        XCTAssertEqual(people(["尼玛县今年粮食增产。"])[0], [])
        XCTAssertEqual(people(["大家齐声说扎西德勒。"])[0], [])
        XCTAssertEqual(people(["乌兰察布盟的牧民增收了。"])[0], [])
    }

    func testDottedNamePartIsLeftToTheDottedName() {
        XCTAssertEqual(people(["副主席阿木·扎西顿珠出席。"])[0], ["阿木·扎西顿珠"])
    }

    func testNameNotedWithItsNationality() {
        XCTAssertEqual(people(["委员：张甲、苏和（蒙古族）、李乙乙（回族）、王丙"])[0].contains("苏和"), true)
        XCTAssertEqual(people(["委员：张甲、苏和（蒙古族）、李乙乙（回族）、王丙"])[0].contains("李乙乙"), true)
    }

    func testTheNoteItselfIsNoName() {
        XCTAssertEqual(people(["吴甲甲、杨乙乙（苗族）、王丙丙"])[0], ["吴甲甲", "杨乙乙", "王丙丙"])
    }

    func testNationalityNoteWithoutAListIsNoName() {
        XCTAssertEqual(people(["欢乐的山寨（拉祜族）"])[0], [])
    }

    func testDottedNameDoesNotReachOverAPreposition() {
        XCTAssertEqual(people(["这是她自约翰·史密斯去世后首次露面。"])[0], ["约翰·史密斯"])
        XCTAssertEqual(people(["队内有查理·曼德、詹姆斯等外援。"])[0].first, "查理·曼德")
    }

    func testTransliterationTailDoesNotEndOnAFaction() {
        XCTAssertFalse(people(["该国穆斯林联盟（纳瓦兹派）候选人当选。"])[0].contains("纳瓦兹派"))
    }
}
