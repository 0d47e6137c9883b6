import XCTest
@testable import TifaKit

final class CharacterClassTests: XCTestCase {
    func testIdeographFastPathKeepsTheClassesAroundIt() {
        XCTAssertEqual(CharacterClass("\u{4E00}"), .cjk)
        XCTAssertEqual(CharacterClass("\u{9FFF}"), .cjk)
        XCTAssertEqual(CharacterClass("中"), .cjk)
        XCTAssertEqual(CharacterClass("\u{4DBF}"), .cjk)  // Ext A
        XCTAssertEqual(CharacterClass("\u{4DC0}"), .other)  // Yijing hexagrams, between Ext A and the URO
        XCTAssertEqual(CharacterClass("\u{A000}"), .other)  // Yi
        XCTAssertEqual(CharacterClass("\u{3000}"), .space)
        XCTAssertEqual(CharacterClass(" "), .space)
        XCTAssertEqual(CharacterClass("a"), .other)
        XCTAssertEqual(CharacterClass("“"), .cjk)
        XCTAssertEqual(CharacterClass("\u{20000}"), .cjk)
    }
}
