import XCTest
@testable import TifaKit

/// Invented documents for a given name alone before 同志 once the full name was seen.
final class GivenNameBeforeComradeTests: PersonRuleTestCase {
    func testGivenNameAfterTheFullName() {
        let found = people(["县委书记王建国同志主持会议。", "会上，建国同志强调要抓好落实。"])
        XCTAssertEqual(found[0], ["王建国"])
        XCTAssertEqual(found[1], ["建国"])
    }

    func testNoFullNameNoAlias() {
        XCTAssertEqual(people(["会上，建国同志强调要抓好落实。"])[0], [])
    }

    func testTheFullNameBeforeComradeIsNotSplit() {
        XCTAssertEqual(people(["县委书记王建国同志主持会议。", "王建国同志强调要抓好落实。"])[1], ["王建国"])
    }
}
