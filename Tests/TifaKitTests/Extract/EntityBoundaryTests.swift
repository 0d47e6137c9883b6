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
        XCTAssertEqual(found("由最高法院审理", .organization), ["最高法院"])
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

/// People every reader knows need no cue; longer names and doctrines built on them are not them.
final class FamousPersonTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testFamousNameWithoutACue() {
        XCTAssertEqual(people("这部电影讲述了周恩来青年时代的故事。"), ["周恩来"])
        XCTAssertEqual(people("人们常常引用鲁迅的话。"), ["鲁迅"])
        XCTAssertEqual(people("克林顿和叶利钦通了电话。"), ["克林顿", "叶利钦"])
    }

    func testDoctrineAndLongerNamesAreNotTheFamousPerson() {
        XCTAssertEqual(people("认真学习马克思列宁主义和毛泽东思想。"), [])
        XCTAssertEqual(people("他的遗孀索尼亚·甘地出席了仪式。").contains("甘地"), false)
    }

    func testFamousNameKeepsItsPost() {
        let person = extractor.extract("江泽民主席发表讲话").first { $0.kind == .person }
        XCTAssertEqual(person?.text, "江泽民")
        XCTAssertEqual(person?.role, "主席")
    }
}

/// Foreign names written with a middle dot, however unusual their characters.
final class DottedNameTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testDottedNameAfterAPost() {
        XCTAssertEqual(people("该国旅游局局长舍里·旺派集在会上致辞"), ["舍里·旺派集"])
        XCTAssertEqual(people("最高法院大法官穆罕默德·拉斐克·塔拉尔，今天宣誓"), ["穆罕默德·拉斐克·塔拉尔"])
    }

    func testDottedNameStopsAtOrdinaryWords() {
        XCTAssertEqual(people("一位名叫理查德·锡德的科学家宣称"), ["理查德·锡德"])
        XCTAssertEqual(people("荷兰人林彻·里茨玛以较大优势获胜"), ["林彻·里茨玛"])
    }

    func testNumbersAndDottedPlaceNamesAreNotNames() {
        XCTAssertEqual(people("增长２．５个百分点"), [])
        XCTAssertEqual(people("入驻科创园·城南的企业"), [])
    }
}

/// Firms, banks, universities named without a place before them.
final class UnanchoredOrganizationTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func organizations(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .organization }.map(\.text)
    }

    func testShortNameBeforeASelfStandingSuffix() {
        XCTAssertEqual(organizations("据悉，瑞达丰公司推出了新产品。"), ["瑞达丰公司"])
        XCTAssertEqual(organizations("活动由蓝鲸集团承办。"), ["蓝鲸集团"])
        XCTAssertEqual(organizations("2016年蓝鲸集团上市。"), ["蓝鲸集团"])
    }

    func testKindsOfBodiesAreNotNames() {
        XCTAssertEqual(organizations("目前，保险公司和商业银行都在扩张。"), [])
        XCTAssertEqual(organizations("伤员被迅速送往医院。"), [])
    }

    func testWeakSuffixNeedsAnAnchor() {
        XCTAssertEqual(organizations("据悉，瑞达丰中心推出了新产品。"), [])
    }
}

/// A name-shaped word the document uses for a place is not a person anywhere in it.
final class PlaceNamedLikeAPersonTests: XCTestCase {
    func testUncuedNameBeforeALandmarkIsNoPersonInTheDocument() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let document = ["杨溪源国家公园位于山区。", "游客来到杨溪源观光。"]
        let people = extractor.extract(document: document).flatMap { $0 }.filter { $0.kind == .person }.map(\.text)
        XCTAssertEqual(people, [])
        // A cue still makes the same characters a person.
        let cued = extractor.extract(document: ["杨溪源国家公园位于山区。", "杨溪源同志来到这里。"])[1].filter { $0.kind == .person }.map(\.text)
        XCTAssertEqual(cued, ["杨溪源"])
    }
}

/// Names withheld by the paper: a surname and 某.
final class AnonymousNameTests: XCTestCase {
    func testSurnameAndMou() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        func people(_ text: String) -> [String] { extractor.extract(text).filter { $0.kind == .person }.map(\.text) }
        XCTAssertEqual(people("司机刘某驾车逃离现场，乘客王某某受伤。"), ["刘某", "王某某"])
        XCTAssertEqual(people("在某种意义上，某些人不理解。"), [])
        XCTAssertEqual(people("张某种了三亩地"), [])
    }
}

/// Kinds of places and verbs before an administrative suffix are not place names.
final class PlaceKindTests: XCTestCase {
    func testCoinedKindsAndVerbsBeforeASuffix() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        func places(_ text: String) -> [String] { extractor.extract(text).filter { $0.kind == .place }.map(\.text) }
        XCTAssertEqual(places("这里成了远近闻名的“养鸭村”。"), [])
        XCTAssertEqual(places("全县着力推进社区建设，强化街道管理。"), [])
        XCTAssertEqual(places("他出生在石桥镇金塘村。"), ["石桥镇", "金塘村"])
    }
}

/// A reporter's credit before a name vouches for it like a byline bracket.
final class CreditedNameTests: XCTestCase {
    func testCreditAndCleanEnd() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        func people(_ text: String) -> [String] { extractor.extract(text).filter { $0.kind == .person }.map(\.text) }
        XCTAssertEqual(people("本报讯记者王政报道：今年以来"), ["王政"])
        XCTAssertEqual(people("新华社北京电（记者屈明光）"), ["屈明光"])
        // A credit without a clean end is not enough for a word (记者高兴地说 is glad).
        XCTAssertEqual(people("记者高度关注此事"), [])
    }

    func testFamousNameAfterAPostThatICUGluesTo() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        XCTAssertEqual(extractor.extract("联合国秘书长安南１２日表示").filter { $0.kind == .person }.map(\.text), ["安南"])
    }
}
