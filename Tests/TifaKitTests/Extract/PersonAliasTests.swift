import XCTest
@testable import TifaKit

/// Invented documents: a person named in full once and then by the given name or the last
/// part of a dotted name (one sense per document), and Japanese names before a cue.
final class PersonAliasTests: PersonRuleTestCase {
    func testGivenNameAloneAfterTheFullName() {
        let found = people(["县长孔润祥同志来到村里。", "润祥只是做了该做的事。"])
        XCTAssertEqual(found[1], ["润祥"])
        // Not without the full name in the document.
        XCTAssertEqual(people(["润祥只是做了该做的事。"])[0], [])
    }

    func testGivenNameThatIsAWordStaysAWord() {
        let found = people(["乡长郑建国介绍了情况。", "建国以来变化很大。"])
        XCTAssertEqual(found[0], ["郑建国"])
        XCTAssertEqual(found[1], [])
    }

    func testLastPartOfADottedName() {
        let found = people(["主人公约翰·塔布曼是一名间谍。", "后来，塔布曼的对手换了。"])
        XCTAssertEqual(found[0], ["约翰·塔布曼"])
        XCTAssertEqual(found[1], ["塔布曼"])
    }

    func testJapaneseSurnameBeforeACue() {
        XCTAssertEqual(people(["日本首相桥本表示，将继续推进改革。"])[0], ["桥本"])
        XCTAssertEqual(people(["前长官鹿野道彦说，新党将成立。"])[0], ["鹿野道彦"])
        XCTAssertEqual(people(["社民党党首土井多贺子表示，将参加选举。"])[0], ["土井多贺子"])
    }

    func testDottedDateIsNoName() {
        XCTAssertEqual(people(["举行纪念“一二·九”长跑活动。"])[0], [])
    }

    func testJapaneseSurnameWithoutACueIsNoPerson() {
        XCTAssertEqual(people(["会议在中村举行。"])[0], [])
    }
}
