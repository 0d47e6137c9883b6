import XCTest
@testable import TifaKit

/// Invented sentences for three-character names in lone characters after a lone
/// character: a function word before, a headline run before, a rarer surname.
final class LoneCharacterNameStartTests: PersonRuleTestCase {
    func testNameAfterAConjunction() {
        XCTAssertEqual(people(["选手孙淑娟和余卓彪顺利晋级。"]), [["孙淑娟", "余卓彪"]])
    }

    func testNameAfterAHeadlineRunTogether() {
        XCTAssertEqual(people(["风雪纪实何俊峰去年冬天"]), [["何俊峰"]])
    }

    func testRarerSurnameWithAStrongGivenCharacter() {
        XCTAssertEqual(people(["这位冠军谈舒萍，今年退役。"]), [["谈舒萍"]])
    }

    func testRarerSurnamesThatAreWordsStayWords() {
        // A preposition before a frequent surname's name (向|梁|惠|珍), a doubled character.
        XCTAssertEqual(people(["向梁惠珍报喜的人很多。"]), [["梁惠珍"]])
        XCTAssertFalse(people(["方柱柱基上有花纹。"])[0].contains("方柱柱"))
    }

    func testLoneWordPiecesStayWords() {
        XCTAssertEqual(people(["他们铺张浪费。"]), [[]])
        XCTAssertFalse(people(["赤橙黄绿蓝紫，应有尽有。"])[0].contains { $0.hasPrefix("黄") })
    }
}
