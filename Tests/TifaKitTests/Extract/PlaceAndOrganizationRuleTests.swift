import XCTest
@testable import TifaKit

/// Place and organization rules of the second round, each with invented sentences,
/// positives next to negatives.
final class PlaceRuleTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testStreetNamedAfterAPlace() {
        XCTAssertEqual(found("他住在南京路附近", .place), ["南京路"])
        XCTAssertEqual(found("北京街头人潮涌动", .place), ["北京"])
    }

    func testCountryCurrencyIsNoPlace() {
        XCTAssertEqual(found("印尼盾对美元继续贬值", .place), [])
        XCTAssertEqual(found("印尼经济受到冲击", .place), ["印尼"])
    }

    func testCountryInsideAWordIsNoPlace() {
        XCTAssertEqual(found("沿海地区经济发达", .place), [])
        XCTAssertEqual(found("许多发展中国家前来学习", .place), [])
        XCTAssertEqual(found("海地地震后重建", .place), ["海地"])
    }

    func testAutonomousUnitsWithTheirPeoples() {
        XCTAssertEqual(found("我们来到广西壮族自治区考察", .place), ["广西壮族自治区"])
        XCTAssertEqual(found("又去了白沙黎族自治县和湘西土家族苗族自治州", .place), ["白沙黎族自治县", "湘西土家族苗族自治州"])
        XCTAssertEqual(found("各族自治县都派了代表", .place), [])
    }

    func testFlagIsNoBanner() {
        XCTAssertEqual(found("五星红旗在广场上空飘扬", .place), [])
        XCTAssertEqual(found("准格尔旗的牧民", .place), ["准格尔旗"])
    }

    func testWellKnownCountyLevelNamesAndWorldCities() {
        XCTAssertEqual(found("义乌的小商品卖到迪拜", .place), ["义乌", "迪拜"])
    }
}

final class OrganizationRuleTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testBodyStopsAtAVerb() {
        XCTAssertEqual(found("首长在北京观看南京军区前线话剧团演出", .organization), ["南京军区前线话剧团"])
        XCTAssertEqual(found("（新华社发美联社照片）", .organization), ["新华社", "美联社"])
    }

    func testVerbIsACleanLeftEdgeForASelfStandingSuffix() {
        XCTAssertEqual(found("他希望海尔集团扩大投资", .organization), ["海尔集团"])
        XCTAssertEqual(found("他希望保险公司降低费率", .organization), [])
    }

    func testPrefixAloneBeforeAKindIsNoName() {
        XCTAssertEqual(found("国家机关和中央银行的干部都来了", .organization), [])
        XCTAssertEqual(found("国家发展和改革委员会发文", .organization), ["国家发展和改革委员会"])
    }

    func testDepartmentsOfAnOrganization() {
        XCTAssertEqual(found("农业部市场信息司司长说", .organization), ["农业部市场信息司"])
        XCTAssertEqual(found("团中央书记处发文", .organization), ["团中央书记处"])
        XCTAssertEqual(found("北京到处都是游客", .organization), [])
    }

    func testPostAfterAnOrganizationIsNotPartOfIt() {
        XCTAssertEqual(found("中共中央政治局常委会见了客人", .organization), ["中共中央政治局"])
        XCTAssertEqual(found("宁波市委常委开会", .organization), ["宁波市委"])
    }

    func testEmbassiesCustomsAndTeamsOfAPlace() {
        XCTAssertEqual(found("中国大使馆举行招待会", .organization), ["中国大使馆"])
        XCTAssertEqual(found("四川男排获胜，兰州海关查获走私", .organization), ["四川男排", "兰州海关"])
    }

    func testWellKnownAbbreviationIsAnOrganization() {
        XCTAssertEqual(found("中组部召开座谈会", .organization), ["中组部"])
        XCTAssertEqual(found("邮电部和林业部联合发文", .organization), ["邮电部", "林业部"])
    }
}

final class PlaceOrPersonTests: XCTestCase {
    func testCountyNameAfterALoneSurnameIsAGivenName() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let mentions = extractor.extract("免去周樟树同志的职务，他曾在樟树工作")
        XCTAssertEqual(mentions.filter { $0.kind == .person }.map(\.text), ["周樟树"])
        XCTAssertEqual(mentions.filter { $0.kind == .place }.map(\.text), ["樟树"])
    }

    func testTransliteratedCompanyNameIsNoVerb() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        XCTAssertEqual(extractor.extract("他就忙开了，欧派公司上市后").filter { $0.kind == .organization }.map(\.text), ["欧派公司"])
    }
}

final class VillagePartyOrganizationTests: XCTestCase {
    func testVerbBeforeVillagePartyBodyIsNoPlaceNorOrganization() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let mentions = extractor.extract("要实现村党组织书记和村委会主任一肩挑，石屏村党组织带头")
        XCTAssertEqual(mentions.filter { $0.kind == .place }.map(\.text), ["石屏村"])
        XCTAssertFalse(mentions.contains { $0.kind == .organization && $0.text.hasPrefix("实现") })
    }
}
