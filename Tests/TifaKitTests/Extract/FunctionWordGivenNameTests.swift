import XCTest
@testable import TifaKit

/// Invented sentences for three-character names whose middle character is usually a
/// function word (刘我成, 邓在军): found with a cue, then across the document; never
/// where the characters read as words.
final class FunctionWordGivenNameTests: PersonRuleTestCase {
    func testTitleBeforeAndCleanEnd() {
        XCTAssertEqual(people(["这次带队的是县委副书记孙我成。"])[0], ["孙我成"])
        XCTAssertEqual(people(["由著名导演邓在军担任总导演。"])[0], ["邓在军"])
    }

    func testSpeechVerbAfter() {
        XCTAssertEqual(people(["杨为昌说，明年还要再干。"])[0], ["杨为昌"])
    }

    func testConfirmedNameIsFoundWithoutItsCue() {
        let found = people(["共产党员谢为昌，拾到一个钱包。", "谢为昌把钱包交给了派出所。"])
        XCTAssertEqual(found[0], ["谢为昌"])
        XCTAssertEqual(found[1], ["谢为昌"])
    }

    func testNoCueNoName() {
        XCTAssertEqual(people(["刘在成长中遇到了困难。"])[0], [])
        XCTAssertEqual(people(["孙我成了大家的朋友。"])[0], [])
    }

    func testFunctionWordsThatMakeWordsAreNotNames() {
        // 在|会上, 再|次, 为|我们: the middle character with the next is a word.
        XCTAssertEqual(people(["县长王在会上讲了话。"])[0], [])
        XCTAssertEqual(people(["书记张再次强调了纪律。"])[0], [])
        XCTAssertEqual(people(["老师李为我们讲课。"])[0], [])
        XCTAssertEqual(people(["农民陈在田里干活。"])[0], [])
    }
}
