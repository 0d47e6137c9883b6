import XCTest
@testable import TifaKit

/// Invented sentences naming a person by the surname only: with 姓 before or after it, and
/// before a form of address after a lone preposition or verb.
final class NamedSurnameTests: PersonRuleTestCase {
    func testSurnameAfterXing() {
        XCTAssertEqual(people(["他把车卖给一个姓曾的司机。"]), [["曾"]])
        XCTAssertEqual(people(["姓欧阳的老师来了。"]), [["欧阳"]])
    }

    func testSurnameBeforeXing() {
        XCTAssertEqual(people(["一位李姓村民找到了钱包。"]), [["李"]])
        XCTAssertEqual(people(["史姓家族在村里人最多。"]), [["史"]])
    }

    func testWordsOfXingAreNoSurnames() {
        XCTAssertEqual(people(["老百姓的姓名要登记。"]), [[]])
        XCTAssertEqual(people(["两人同姓。"]), [[]])
    }

    func testAddressAfterALoneVerbOrPreposition() {
        XCTAssertEqual(people(["孩子们最爱吃胡老师包的饺子。"]), [["胡"]])
        XCTAssertEqual(people(["这份韧劲，令韩老师感动。"]), [["韩"]])
    }

    func testRarerSurnameBeforeAKinWord() {
        XCTAssertEqual(people(["孩子们和高奶奶在一起。"]), [["高"]])
        // A rarer surname before a post stays the word it starts (原|主任: the former director).
        XCTAssertEqual(people(["原主任已经退休。"]), [[]])
    }
}
