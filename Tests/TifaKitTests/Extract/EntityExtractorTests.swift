import XCTest
@testable import TifaKit

/// Invented sentences, one rule each, with the negative cases next to the positive ones.
final class EntityExtractorTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testTitleBeforeNameMakesAPerson() {
        XCTAssertEqual(found("昨天，县委书记柯明远主持召开会议。", .person), ["柯明远"])
    }

    func testTitleAfterNameStopsTheNameBeforeTheTitle() {
        XCTAssertEqual(found("会上，韦立新主任作了动员讲话。", .person), ["韦立新"])
    }

    func testSpeechVerbAndComradeAreCues() {
        XCTAssertEqual(found("祝晓峰说，这项工作要抓紧。", .person), ["祝晓峰"])
        XCTAssertEqual(found("向梁海涛同志学习", .person), ["梁海涛"])
    }

    func testRosterLineAndNameList() {
        XCTAssertEqual(found("书 记：潘志刚", .person), ["潘志刚"])
        XCTAssertEqual(found("出席会议的有副市长蒋立群、汪红英、谢建东。", .person), ["蒋立群", "汪红英", "谢建东"])
    }

    func testCompoundSurname() {
        XCTAssertEqual(found("记者欧阳文涛报道", .person), ["欧阳文涛"])
    }

    func testBracketedBylineIsAPerson() {
        XCTAssertEqual(found("全文完。（邵一鸣）", .person), ["邵一鸣"])
    }

    func testOrdinaryWordsStartingWithSurnamesAreNotPeople() {
        XCTAssertEqual(found("各级领导高度重视，张力不减，周年纪念活动投入万元，各方面都很满意。", .person), [])
        XCTAssertEqual(found("书记强调要和企业家多沟通", .person), [])
    }

    func testNameConfirmedOnceIsFoundAgainInTheDocument() {
        let paragraphs = ["乡长陶建华介绍了情况。", "陶建华认为，路还要修。"]
        let mentions = extractor.extract(document: paragraphs)
        XCTAssertEqual(mentions[1].filter { $0.kind == .person }.map(\.text), ["陶建华"])
        // Not in a document where nothing vouched for it: a lone two-character candidate.
        XCTAssertEqual(found("陶华还要修路。", .person), [])
    }

    func testRoleIsAttached() {
        let person = extractor.extract("国家主席邝海平会见了客人").first { $0.kind == .person }
        XCTAssertEqual(person?.text, "邝海平")
        XCTAssertEqual(person?.role, "国家主席")
    }

    func testForeignNameNeedsACue() {
        XCTAssertEqual(found("总统卡拉米诺夫今天抵达。", .person), ["卡拉米诺夫"])
        XCTAssertEqual(found("格鲁吉亚总统今天抵达。", .person), [])
        XCTAssertEqual(found("格鲁吉亚总统今天抵达。", .place), ["格鲁吉亚"])
    }

    func testGazetteerPlacesWithSuffix() {
        XCTAssertEqual(found("他从浙江省衢州市来到北京。", .place), ["浙江省", "衢州市", "北京"])
    }

    func testUnknownPlaceBySuffixKeepsEachLevel() {
        XCTAssertEqual(found("他出生在河南省宝丰县。", .place), ["河南省", "宝丰县"])
    }

    func testGenericAreasAreNotPlaces() {
        XCTAssertEqual(found("加强农村工作，深入牧区，建设自然保护区。", .place), [])
        XCTAssertEqual(found("全县上下一起努力", .place), [])
    }

    func testNestedOrganizationComesOutWhole() {
        XCTAssertEqual(found("衢州市委组织部召开会议", .organization), ["衢州市委组织部"])
    }

    func testKnownOrganizationAndAbbreviation() {
        XCTAssertEqual(found("中组部和国务院发出通知", .organization), ["中组部", "国务院"])
    }

    func testOrganizationBySuffixAnchoredAtPlace() {
        XCTAssertEqual(found("首先在南昌建筑工程学院举办培训", .organization), ["南昌建筑工程学院"])
    }

    func testPostIsNotAnOrganization() {
        XCTAssertEqual(found("杭州市公安局长出席", .organization), [])
    }

    func testOffsetsAreUnicodeScalars() {
        let text = "𠀀书记柯明远"
        let person = extractor.extract(text).first { $0.kind == .person }
        XCTAssertEqual(person?.start, 3)
        XCTAssertEqual(person?.end, 6)
    }

    func testNameWithoutCueInICUPieces() {
        // A frequent surname standing alone, then name characters, on word boundaries.
        XCTAssertEqual(found("昨天上午，潘志刚来到村里。", .person), ["潘志刚"])
        // Ordinary words cut the same way are not names: 可以 and 浪费 are words.
        XCTAssertEqual(found("花的钱可以报销，反对铺张浪费。", .person), [])
    }

    func testTwoCharacterWordAfterATitleIsNotAName() {
        XCTAssertEqual(found("干部战士盛赞这部影片。", .person), [])
        XCTAssertEqual(found("全体官兵表示感谢。", .person), [])
    }

    func testSurnameBeforeAFormOfAddress() {
        let person = extractor.extract("大家都说，何教授的观点很新。").first { $0.kind == .person }
        XCTAssertEqual(person?.text, "何")
        XCTAssertEqual(person?.role, "教授")
        XCTAssertEqual(found("何况教授们都来了。", .person), [])
    }

    func testNamesInAListWithAConfirmedName() {
        XCTAssertEqual(found("出席的还有副市长蒋立群、汪红英、尉健林等。", .person), ["蒋立群", "汪红英", "尉健林"])
        // A list of ordinary words stays words.
        XCTAssertEqual(found("粮食、石油、钢铁都增产了。", .person), [])
    }

    func testDoctrineNamedAfterAPersonIsNotAPersonMention() {
        XCTAssertEqual(found("坚持马克思主义，学习邓小平理论。", .person), [])
    }

    func testOneCharacterSuffixInsideAnOrdinaryWord() {
        XCTAssertEqual(found("捷克东部下了大雪，南京举办了展览。", .organization), [])
    }

    func testOrganizationBodyStopsAtAName() {
        XCTAssertEqual(found("副教授程立新河北农业大学", .organization), ["河北农业大学"])
    }
}

final class PersonCueTests: XCTestCase {
    private func people(_ line: String) throws -> [String] {
        let console = RecordingConsole()
        let folder = try Fixtures.temporaryFolder()
        try line.write(toFile: folder + "/in.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(TifaCommandLine.main(["mentions", folder + "/in.txt"], console: console), 0, console.errors)
        let data = Data(console.output.utf8)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let mentions = object["mentions"] as? [[String: Any]] else { return [] }
        return mentions.filter { $0["type"] as? String == "person" }.compactMap { $0["text"] as? String }
    }

    func testASeniorPostAfterANameWhoseGivenNameIsAWord() throws {
        XCTAssertEqual(try people("王建国书记在会上强调。"), ["王建国"])
        XCTAssertEqual(try people("习近平总书记指出。"), ["习近平"])
    }

    func testRarerSurnamesThatStartOrdinaryWordsAreNotPeople() throws {
        XCTAssertEqual(try people("增加党员关爱基金，聚院士高端智慧，对党忠诚老实。"), [])
    }
}
