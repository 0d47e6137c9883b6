import XCTest
@testable import TifaKit

/// Invented documents: a Japanese person named in full once, then by the family name alone.
final class JapaneseFamilyNameTests: PersonRuleTestCase {
    func testFamilyNameAloneAfterTheFullName() {
        let found = people(["前长官鹿野道彦说，新党将成立。", "这样一来，鹿野在党内的地位上升了。"])
        XCTAssertEqual(found[0], ["鹿野道彦"])
        XCTAssertEqual(found[1], ["鹿野"])
    }

    func testNotWithoutTheFullName() {
        XCTAssertEqual(people(["这样一来，鹿野在党内的地位上升了。"])[0], [])
    }

    func testAliasIsOnlyTheFamilyNameOfALongerName() throws {
        let text = AnalyzedText("前长官鹿野道彦说", tokenizer: try Tokenizer())
        let full = EntitySpan(start: 3, end: 7, kind: .person, priority: 4.5, cued: true)
        XCTAssertEqual(JapaneseFamilyNames.alias(of: full, in: text), "鹿野")
        let bare = EntitySpan(start: 3, end: 5, kind: .person, priority: 4.5, cued: true)
        XCTAssertNil(JapaneseFamilyNames.alias(of: bare, in: text))
    }
}
