import XCTest
@testable import TifaKit

/// Invented roster lines (a post, a colon, the people who hold it) and names spaced to the
/// width of three characters, as election results and leadership lists print them.
final class RosterLineTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    private func roster(_ text: String, continuing: Bool = false) -> [String] {
        let analyzed = AnalyzedText(text, tokenizer: nil)
        return RosterLines.find(in: analyzed, continuing: continuing).map { analyzed.string($0.start, $0.end) }
    }

    func testLetterSpacedPostAndOneName() {
        XCTAssertEqual(people("书 记：钱水利"), ["钱水利"])
        XCTAssertEqual(people("市 长：葛前书"), ["葛前书"])
        XCTAssertEqual(people("主 席：骆土根"), ["骆土根"])
    }

    func testUnspacedPostWithItsOrganization() {
        XCTAssertEqual(people("6、法院院长：鲁正方"), ["鲁正方"])
        XCTAssertEqual(people("7、检察院检察长：邵 前"), ["邵 前"])
        let analyzed = AnalyzedText("6、法院院长：鲁正方", tokenizer: nil)
        XCTAssertEqual(RosterLines.find(in: analyzed).map(\.role), ["法院院长"])
    }

    func testListWithTagsAndSpacedNames() {
        XCTAssertEqual(roster("常 委：汤 卫、柯海生、潘 勤（女）、鲁前进（女，兼）、尹水(女)、"),
                       ["汤 卫", "柯海生", "潘 勤", "鲁前进", "尹水"])
        XCTAssertEqual(roster("副主任：卢一帆（兼）、常 凯"), ["卢一帆", "常 凯"])
    }

    func testSpacedNameIsCountedWithoutItsSpace() throws {
        let mentions = extractor.extract("副书记：汤 卫、潘 勤（女）").filter { $0.kind == .person }
        XCTAssertEqual(mentions.map(\.text), ["汤 卫", "潘 勤"])
        XCTAssertEqual(mentions.map(\.normalized), ["汤卫", "潘勤"])
        // The span runs from the surname to the given name, the space inside it.
        XCTAssertEqual(mentions.map(\.start), [4, 8])
        XCTAssertEqual(mentions.map(\.end), [7, 11])
    }

    func testTaggedAndSpacedItemsInsideALongList() {
        XCTAssertEqual(roster("副主任：骆耀明、卢 云（兼）、尹卫祥、柯 民、邵志明"),
                       ["骆耀明", "卢 云", "尹卫祥", "柯 民", "邵志明"])
        // A given name may hold a character that is a function word elsewhere (土你).
        XCTAssertEqual(roster("副主任：骆里夫、卢土你、柯 曦"), ["骆里夫", "卢土你", "柯 曦"])
    }

    func testListsRunTogetherInOneParagraph() {
        // Repair joins a roster's lines into one paragraph without spaces.
        XCTAssertEqual(roster("书记：孔建平副书记：尹素芳（女）、柯盛民常委：鲁世忠、潘水陆"),
                       ["孔建平", "尹素芳", "柯盛民", "鲁世忠", "潘水陆"])
    }

    func testNumberedPartsJoinedIntoOneParagraph() {
        XCTAssertEqual(roster("5、监察委员会主任：柯 敏（女）6、法院院长：鲁正方7、检察院检察长：邵前"),
                       ["柯 敏", "鲁正方", "邵前"])
        XCTAssertEqual(roster("副县长：骆德生、尹平4、政协班子"), ["骆德生", "尹平"])
        // Digits that are no numbered heading end nothing.
        XCTAssertEqual(roster("主任：鲁正方2018年"), [])
    }

    func testContinuationLineAfterATrailingComma() {
        XCTAssertEqual(roster("骆德生、尹 平（女）", continuing: true), ["骆德生", "尹 平"])
        // Not a continuation: not all of it is names.
        XCTAssertEqual(roster("骆德生、尹平等同志参加了会议", continuing: true), [])
        XCTAssertEqual(roster("骆德生、尹 平（女）"), [])
    }

    func testNoRosterWithoutAPostOrWithProseAfterTheColon() {
        XCTAssertEqual(roster("主 任：我们要把工作做好"), [])
        XCTAssertEqual(roster("书记：“要把群众放在心上。”"), [])
        XCTAssertEqual(roster("会议时间：周一上午"), [])
        XCTAssertEqual(roster("10:30 开会"), [])
        XCTAssertEqual(roster("地 点：高度重视"), [])
    }

    func testPostLabelAndCommonWordsAreNotNames() {
        // The letter-spaced label itself, a spaced place, words on surname characters.
        XCTAssertEqual(roster("主 任：主 任"), [])
        XCTAssertEqual(roster("主 任：中 国"), [])
        XCTAssertEqual(roster("委员：方面、张力"), [])
        XCTAssertEqual(roster("委 员：高度"), [])
        // Beside a name, or spaced to three characters, such a word is a name.
        XCTAssertEqual(roster("委员：鲁世忠、张力"), ["鲁世忠", "张力"])
        XCTAssertEqual(roster("副书记：舒 畅"), ["舒 畅"])
        XCTAssertEqual(people("主 任"), [])
        XCTAssertEqual(people("中 国"), [])
    }

    func testSpacedNameShape() {
        let s = Array("汤 卫".unicodeScalars.map(\.value))
        XCTAssertEqual(SpacedNames.name(in: s, from: 0, to: s.count)?.name.count, 2)
        let three = Array("汤 卫 国".unicodeScalars.map(\.value))
        XCTAssertNil(SpacedNames.name(in: three, from: 0, to: three.count))
        for word in ["高度", "张力", "方面"] {
            XCTAssertTrue(SpacedNames.isFrequentWord(word.unicodeScalars.map(\.value)), word)
        }
        XCTAssertFalse(SpacedNames.isFrequentWord("汤卫".unicodeScalars.map(\.value)))
    }
}
