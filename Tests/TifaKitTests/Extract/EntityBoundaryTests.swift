import XCTest
@testable import TifaKit

/// Where organizations and places end: invented sentences, positives next to negatives.
final class EntityBoundaryTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testOneCharacterSuffixStartingALongerWordIsThatWord() {
        XCTAssertEqual(found("坚持走有中国特色社会主义道路", .organization), [])
        XCTAssertEqual(found("北京召开会议讨论春运", .organization), [])
        XCTAssertEqual(found("宁波市委召开全会", .organization), ["宁波市委"])
    }

    func testNamesListedBackToBackAreCutApart() {
        XCTAssertEqual(found("获奖单位：江西省文化厅江西省人民医院", .organization), ["江西省文化厅", "江西省人民医院"])
        XCTAssertEqual(found("中共宁波市委发出通知", .organization), ["中共宁波市委"])
    }

    func testKnownNameIsNotSwallowedByALongerSuffixReading() {
        XCTAssertEqual(found("双方签署合作协议新华社记者报道", .organization), ["新华社"])
    }

    func testKnownNameBeforeAPostOrItsMembers() {
        XCTAssertEqual(found("外交部长孔令达抵达", .organization), [])
        XCTAssertEqual(found("他是一名老共产党人", .organization), [])
        XCTAssertEqual(found("外交部发言人答问", .organization), ["外交部"])
    }

    func testKnownNameICUGluesToTheNextWord() {
        XCTAssertEqual(found("一些国家拖欠联合国会费", .organization), ["联合国"])
    }

    func testNewspaperTitleIsAPublicationItsOfficeAnOrganization() {
        XCTAssertEqual(found("人民日报发表评论员文章", .organization), [])
        XCTAssertEqual(found("人民日报社派出记者", .organization), ["人民日报社"])
    }

    func testPlaceOfPeopleIsStillAPlace() {
        XCTAssertEqual(found("每一个中国人都感到自豪", .place), ["中国"])
    }

    func testGenericAreasAndTheTwoSidesAreNotPlaces() {
        XCTAssertEqual(found("促进两岸交流合作", .place), [])
        XCTAssertEqual(found("自治区各级政府全力救灾，东部地区支援西部地区", .place), [])
        XCTAssertEqual(found("浙江省金华地区", .place), ["浙江省", "金华地区"])
    }

    func testUnknownProvinceIsForeignOrNothing() {
        XCTAssertEqual(found("他们来到马尼卡省访问", .place), ["马尼卡省"])
        XCTAssertEqual(found("专家组指导省里的工作", .place), [])
    }
}
