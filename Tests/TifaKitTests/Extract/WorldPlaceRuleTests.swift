import XCTest
@testable import TifaKit

/// Place rules of the third round: the world gazetteer (states, prefectures, regions,
/// features), a known name with its feature word (大连港), and unknown foreign places read
/// from their context (在某某举行). Invented sentences, positives next to negatives.
final class WorldPlaceRuleTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testStatesAndPrefecturesWithTheirSuffix() {
        XCTAssertEqual(found("代表团访问了明尼苏达州和俄亥俄", .place), ["明尼苏达州", "俄亥俄"])
        XCTAssertEqual(found("冬季运动会将在长野县开幕", .place), ["长野县"])
        XCTAssertEqual(found("他们从安大略省出发", .place), ["安大略省"])
        // A prefecture whose bare form is a word is a place only with its suffix.
        XCTAssertEqual(found("这种三重保护很有效", .place), [])
        XCTAssertEqual(found("三重县的渔民出海了", .place), ["三重县"])
    }

    func testRegionsAndFeaturesOfTheWorld() {
        XCTAssertEqual(found("难民涌入库尔德聚居区", .place).first, "库尔德")
        XCTAssertEqual(found("秋天的罗布泊一片荒凉", .place), ["罗布泊"])
        XCTAssertEqual(found("游客登上八达岭", .place), ["八达岭"])
        XCTAssertEqual(found("南非共和国总统发表讲话", .place), ["南非共和国"])
    }

    func testPreviousNameOfACountryKeepsOnlyTheCountry() {
        XCTAssertEqual(found("前苏联的卢布大幅贬值", .place), ["苏联"])
        XCTAssertEqual(found("以军从约旦河西岸撤出", .place), ["约旦河"])
    }

    func testForeignNameBesideAMiddleDotIsAPersons() {
        XCTAssertEqual(found("电影英雄印第安纳·琼斯再次出场", .place), [])
        XCTAssertEqual(found("他曾在印第安纳读书", .place), ["印第安纳"])
    }

    func testKnownNameWithAFeatureWord() {
        XCTAssertEqual(found("今年大连港吞吐量大增", .place), ["大连港"])
        XCTAssertEqual(found("我的故乡雷州半岛盛产红薯", .place), ["雷州半岛"])
        // The feature word opening an everyday word with what follows is not joined.
        XCTAssertEqual(found("洪水流进徐州河段", .place), ["徐州"])
        // A township named after a mountain takes the township's suffix instead.
        XCTAssertEqual(found("他来自东平县大安山乡", .place).contains("大安山"), false)
    }

    func testUnknownForeignPlaceFromItsContext() {
        XCTAssertEqual(found("会议在萨卡维尔举行", .place), ["萨卡维尔"])
        XCTAssertEqual(found("代表团昨天抵达博卢卡，受到欢迎", .place), ["博卢卡"])
        // Without a cue, or with an everyday word after the cue, there is no place.
        XCTAssertEqual(found("萨卡维尔举行了会议", .place), [])
        XCTAssertEqual(found("他在安全的地方休息", .place), [])
    }
}

/// A one-character organization suffix that opens an everyday word (党建) ends no name.
final class SuffixOpenedWordTests: XCTestCase {
    func testSuffixOpeningAWordIsNoOrganization() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let organizations = { (text: String) in extractor.extract(text).filter { $0.kind == .organization }.map(\.text) }
        XCTAssertEqual(organizations("连接常山江航道党建示范带"), [])
        XCTAssertEqual(organizations("常山县委召开会议"), ["常山县委"])
    }
}

/// An everyday word before an area suffix (艰苦地区) is a kind of area; an invading army
/// after a country (日本侵略军) is no organization, the country stays a place.
final class KindOfAreaAndArmyTests: XCTestCase {
    func testEverydayWordBeforeAnAreaSuffixIsNoPlace() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let places = { (text: String) in extractor.extract(text).filter { $0.kind == .place }.map(\.text) }
        XCTAssertEqual(places("部队驻守在艰苦地区"), [])
        XCTAssertEqual(places("部队驻守在黄土坳地区"), ["黄土坳地区"])
    }

    func testInvadingArmyIsNoOrganization() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let found = extractor.extract("当年日本侵略军抽调大量兵力")
        XCTAssertEqual(found.filter { $0.kind == .organization }.map(\.text), [])
        XCTAssertEqual(found.filter { $0.kind == .place }.map(\.text), ["日本"])
    }
}
