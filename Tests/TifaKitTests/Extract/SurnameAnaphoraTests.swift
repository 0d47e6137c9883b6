import XCTest
@testable import TifaKit

/// Invented court and police reports that name a person in full, then by the bare surname.
final class SurnameAnaphoraTests: PersonRuleTestCase {
    func testBareSurnameAfterTheFullName() {
        let found = people(["被告人李建华购得一辆旧车。", "当晚，李将车停在门外。", "次日，李说车已丢失，李即报案。"])
        XCTAssertEqual(found[1], ["李"])
        XCTAssertEqual(found[2], ["李", "李"])
    }

    func testSurnameBeforeHomeAndInAList() {
        let found = people(["村民郭永刚和闫志峰都是贫困户。", "在郭家和闫家，干部们问寒问暖。"])
        XCTAssertEqual(found[1], ["郭", "闫"])
    }

    func testASurnameOfSeveralNamesSaysNobody() {
        let found = people(["委员严志刚、严海涛出席。", "要从严、从实，严把入口关。"])
        XCTAssertEqual(found[1], [])
    }

    func testNoFullNameNoBareSurname() {
        XCTAssertEqual(people(["当晚，李将车停在门外。"]), [[]])
    }

    func testWordsAndMeasuresStayWords() {
        // 张 as a measure after a number, 王 starting a word, 邓|在|军 the rest of a name.
        let found = people(["记者张建华报道（附图片１张）", "王国的历史很长。", "，邓在军，在中国知道的人很多。"])
        XCTAssertFalse(found[0].contains("张"))
        XCTAssertEqual(found[1], [])
        XCTAssertFalse(found[2].contains("邓"))
    }
}
