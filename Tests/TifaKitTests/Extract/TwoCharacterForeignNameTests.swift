import XCTest
@testable import TifaKit

/// Invented sentences for two-character transliterated names next to a cue, and runs that
/// are places, works or loanwords.
final class TwoCharacterForeignNameTests: PersonRuleTestCase {
    func testPostOrSpeechVerbAfter() {
        XCTAssertEqual(people(["哈桑国王首先表示欢迎。"])[0], ["哈桑"])
        XCTAssertEqual(people(["当天，沙曼说，访问很成功。"])[0], ["沙曼"])
    }

    func testTitleOrNamingVerbBefore() {
        XCTAssertEqual(people(["经由特使拉森的斡旋，双方恢复了谈判。"])[0], ["拉森"])
        XCTAssertEqual(people(["这位名叫波特的教练很有经验。"])[0], ["波特"])
    }

    func testTypicalPairAfterAPostIsANameEvenWhenFrequent() {
        XCTAssertEqual(people(["经由美国特使罗斯的斡旋，双方恢复了谈判。"])[0], ["罗斯"])
        XCTAssertEqual(people(["他买了一张沙发。"])[0], [])
    }

    func testNameGluedToAFunctionWordAfterAPost() {
        XCTAssertEqual(people(["焦点是外长利维和财长的分歧。"])[0], ["利维"])
        XCTAssertEqual(people(["当地的利维和平进程"])[0], [])
    }

    func testConfirmedNameIsFoundWithoutItsCue() {
        let found = people(["议长贝里说，会谈很有成果。", "贝里还将访问开罗。"])
        XCTAssertEqual(found[1], ["贝里"])
    }

    func testNoCueNoName() {
        XCTAssertEqual(people(["贝里还将访问开罗。"])[0], [])
    }

    func testWorksPlacesAndLongerRunsAreNotNames() {
        XCTAssertEqual(people(["新近推出《学人文库》主编的书。"])[0], [])
        XCTAssertEqual(people(["本报特派记者报道。"])[0], [])
        XCTAssertFalse(people(["总统素博塔等人出席。"])[0].contains("博塔"))
    }
}
