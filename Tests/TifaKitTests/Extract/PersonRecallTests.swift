import XCTest
@testable import TifaKit

/// Invented sentences for the rules that find names ICU's word break or a missing cue
/// used to hide; each with a case the rule must leave alone.
final class PersonRecallTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testNameWhoseLastCharacterICUGluesToTheNextWord() {
        // 平|等 is one word for ICU; after a title the name still ends at 平.
        XCTAssertEqual(people("市委副书记邵明平等领导来到现场。"), ["邵明平"])
        // 担任 is a verb: its first character does not name, so the name stops before it.
        XCTAssertEqual(people("部长范晓担任组长。"), ["范晓"])
    }

    func testMorePostsBeforeAName() {
        XCTAssertEqual(people("县文化馆馆长蒋立夫介绍了展览。"), ["蒋立夫"])
    }

    func testListItemIsOneWholeName() {
        XCTAssertEqual(people("参加会议的有柯明远、郑贵鲜、周海涛。"), ["柯明远", "郑贵鲜", "周海涛"])
    }

    func testTwoCharacterForeignNameNeedsATitleAndACleanEnd() {
        XCTAssertEqual(people("外长萨努说，双方将加强合作。"), ["萨努"])
        // A function word after the name ends it as cleanly as punctuation.
        XCTAssertEqual(people("外长萨努在会上发言。"), ["萨努"])
        XCTAssertEqual(people("外长萨努辞职。"), [])
    }

    func testFamiliarFormOfAddressWithACue() {
        XCTAssertEqual(people("老黄说，这块地明年还要种。"), ["老黄"])
        XCTAssertEqual(people("这一年变化很大。（小苏）"), ["小苏"])
        XCTAssertEqual(people("全面建成小康社会。"), [])
    }

    func testGivenNameThatIsAWordWithOneEverydayCharacter() {
        XCTAssertEqual(people("法院认为，郑建国将货车停在路边。"), ["郑建国"])
    }

    func testThreeLoneCharactersNoWordSpansAreAName() {
        // ICU finds no word in 柴|桢|铣 and the general vocabulary none across it.
        XCTAssertEqual(people("据了解，柴桢铣已于昨日抵达当地。"), ["柴桢铣"])
        // An idiom ICU does not know, a place ending on 崖, an adverb surname: no names.
        XCTAssertEqual(people("大家把这叫作龙凤呈祥。"), [])
        XCTAssertEqual(people("目前北部的马头崖、竹园等山区乡镇涌现出一批专业户。"), [])
        XCTAssertEqual(people("他曾屡遭挫折。"), [])
        // A book's title in book marks is not its author.
        XCTAssertEqual(people("他把《柴桢铣》读完了。"), [])
    }

    func testAWordThatFollowsNamesDoesNotEndAnUncuedName() {
        // 家 after 谭彦 is "home": 谭彦家 is not a person.
        XCTAssertFalse(people("记者来到谭彦家，看到院子里堆满了玉米。").contains("谭彦家"))
        // With a cue the same character may end a name (a credit before, a bracket after).
        XCTAssertEqual(people("（本报记者王忠家）"), ["王忠家"])
    }

    func testRarerSurnameNameTheDocumentRepeats() {
        XCTAssertEqual(people("石宏远今年四十岁，是个老党员。乡亲们都说，石宏远能干。新上任的厂长石宏远很忙。"),
                       ["石宏远", "石宏远", "石宏远"])
        // Repeated between punctuation only, a slogan's phrase on a rarer surname (干) is no name.
        XCTAssertEqual(people("要想干事、能干事、干成事。干成事不容易，大家都要干成事。"), [])
        // A rarer surname after a measure word or a number is the measured thing.
        XCTAssertEqual(people("各项政策要落实。各项政策都很好。他说，各项政策。"), [])
        XCTAssertEqual(people("距地球５０００万光年。"), [])
    }

    func testElectionResultNamesAPerson() {
        XCTAssertEqual(people("大会选举柴明远为市长。"), ["柴明远"])
        XCTAssertEqual(people("大会选举产生了新的领导班子。"), [])
    }

    func testPhotoCaptionPositionAfterAName() {
        XCTAssertEqual(people("图为郝荫（左）和村民交谈。"), ["郝荫"])
        XCTAssertEqual(people("图为方面（左）和广场。"), [])
    }

    func testSurnameBeforeAPostOrAFormOfAddress() {
        XCTAssertEqual(people("主管该工作的罗副科长赶忙赶来。"), ["罗"])
        XCTAssertEqual(people("大家都认真落实江主席的指示。"), ["江"])
        // A rarer surname before a lesser post, or 党 before 主席, is no person.
        XCTAssertEqual(people("他是国大党主席。"), [])
        XCTAssertEqual(people("门科长不在。"), [])
    }

    func testFamiliarNameBetweenPunctuationOrFunctionWords() {
        XCTAssertEqual(people("大家都去看望。老邱的家很远。"), ["老邱"])
        XCTAssertEqual(people("全面建成小康社会。"), [])
        XCTAssertEqual(people("他回到了老家。"), [])
    }

    func testNameACueConfirmedBeatsALongerUncuedReading() {
        // 盛会 is a word, so 陈|盛会 alone reads as a three-character name; once a cue
        // named 陈盛 in the document, the later 陈盛会 is 陈盛 plus 会.
        XCTAssertEqual(people("陈盛告诉记者，活儿不难。之前陈盛会先画图。"), ["陈盛"])
    }
}

/// Invented bylines of several names run together in one bracket.
final class BracketedBylinesTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    func testStoryClosingBracketMayOpenWithARarerSurname() {
        let people = { (text: String) in self.extractor.extract(text).filter { $0.kind == .person }.map(\.text) }
        XCTAssertEqual(people("村里修好了路。（满东燕冯春林）"), ["满东燕", "冯春林"])
        // Inside a sentence the same bracket is not a byline; nor is a closing bracket of words.
        // (冯|春|林, three lone name characters, is still read by the general surname model.)
        XCTAssertFalse(people("会上（满东燕冯春林）发了言").contains("满东燕"))
        XCTAssertEqual(people("产量又创新高。（石油化工）"), [])
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testTwoNamesInOneBracketAreCutApart() {
        XCTAssertEqual(people("产值增长了一倍。（郑立新王海）"), ["郑立新", "王海"])
        XCTAssertEqual(people("产值增长了一倍。（郑立新王海摄）"), ["郑立新", "王海"])
    }

    func testACutPrefersNameCharactersThenLongerNamesFirst() {
        XCTAssertEqual(people("产值增长了一倍。（胡凤章李茜）"), ["胡凤章", "李茜"])
    }

    func testBracketsThatDoNotCutIntoNamesAreLeftAlone() {
        XCTAssertEqual(people("开放时间（周一至周五）"), [])
        XCTAssertEqual(people("条例（试行）"), [])
    }

    func testRarerCharacterAsAOneCharacterGivenNameAndRarerSurnameAfterTheFirst() {
        XCTAssertEqual(people("产值增长了一倍。（刘晓红肖荻）"), ["刘晓红", "肖荻"])
        XCTAssertEqual(people("产值增长了一倍。（范立生于力）"), ["范立生", "于力"])
        // A rarer surname opens the bracket's first name only with two given characters.
        XCTAssertEqual(people("产值增长了一倍。（于力范立生）").contains("于力"), false)
    }

    func testNamesRunTogetherAfterAReportersCredit() {
        XCTAssertEqual(people("本报记者王家鹄毛磊１月５日报道"), ["王家鹄", "毛磊"])
        XCTAssertEqual(people("新华社记者贾明冯春林报道：大会开幕。"), ["贾明", "冯春林"])
        // What a reporter did is no name run.
        XCTAssertEqual(people("本报记者来到现场。"), [])
        XCTAssertEqual(people("记者欧阳文涛报道"), ["欧阳文涛"])
        XCTAssertEqual(people("记者了解到，工程已经完工。"), [])
    }
}

/// Invented captions: a photo credit and a position in a picture are not names.
final class CaptionWordsTests: XCTestCase {
    private func people(_ text: String) throws -> [String] {
        try EntityExtractor(tokenizer: Tokenizer()).extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testPhotoCreditEndsTheNameBeforeIt() throws {
        XCTAssertEqual(try people("孩子们笑得很开心。（郭立红摄）"), ["郭立红"])
        XCTAssertEqual(try people("孩子们笑得很开心。（郭红摄）"), ["郭红"])
    }

    func testPositionInAPictureIsNotAName() throws {
        XCTAssertEqual(try people("同志（前左一）和大家合影。"), [])
    }
}

/// Invented sentences: a country's name read out of a transliterated person's name.
final class TransliteratedNameTests: XCTestCase {
    private func mentions(_ text: String) throws -> [String] {
        try EntityExtractor(tokenizer: Tokenizer()).extract(text).map { "\($0.kind.rawValue):\($0.text)" }
    }

    func testCountryInsideATransliteratedNameIsNoPlace() throws {
        let found = try mentions("省长恩古巴尼说，合作很重要。")
        XCTAssertFalse(found.contains("place:古巴"), "\(found)")
        XCTAssertTrue(found.contains("person:恩古巴尼"), "\(found)")
        XCTAssertTrue(try mentions("代表团访问了古巴和墨西哥。").contains("place:古巴"))
    }

    func testTransliterationCharactersOfTheXinhuaTables() throws {
        XCTAssertTrue(try mentions("外长乌多文科指出，合作很重要。").contains("person:乌多文科"))
    }

    func testDistrictGovernmentIsNoName() throws {
        XCTAssertFalse(try mentions("区政府副主席来到村里。").contains { $0.hasPrefix("person:") })
    }
}

/// Invented documents: what the document repeats, and a given name that is a city's name.
final class DocumentRepeatsTests: XCTestCase {
    private func people(_ paragraphs: [String]) throws -> [String] {
        try EntityExtractor(tokenizer: Tokenizer()).extract(document: paragraphs).flatMap { $0 }.filter { $0.kind == .person }.map(\.text)
    }

    func testANameShapedStringRepeatedWithOneCleanEndIsAName() throws {
        // 松 names, but not strongly enough for a pair on a less frequent surname without a
        // cue (UncuedShortNames); the document's repeating it decides.
        let document = ["谭松是去年退休的。", "大家都记得谭松，一位老法官。", "谭松的书很多。"]
        XCTAssertEqual(try people(document), ["谭松", "谭松", "谭松"])
        // Twice is not enough.
        XCTAssertEqual(try people(Array(document.prefix(2))), [])
    }

    func testARepeatedStringBeforeAPlaceSuffixIsNoName() throws {
        let document = ["柯城区的工厂很多。", "柯城，一个小城。", "柯城的变化很大。", "柯城的人很热情。"]
        XCTAssertEqual(try people(document), [])
    }

    func testGivenNameThatIsACityAfterATitle() throws {
        XCTAssertEqual(try people(["省委书记王长春来到工厂。"]), ["王长春"])
        XCTAssertFalse(try people(["代表团访问了长春。"]).contains { $0.contains("长春") })
    }
}
