import XCTest
@testable import TifaKit

/// Invented bylines in brackets that hold only names, and foreign names a surname reading
/// used to cut short.
final class BracketedNameRunsTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testANameThatHoldsACityIsNoPlaceInAByline() {
        XCTAssertEqual(people("水库蓄满了水。（宋长春何立）"), ["宋长春", "何立"])
        XCTAssertEqual(people("水库蓄满了水。（宋长春何立摄）"), ["宋长春", "何立"])
    }

    func testBracketsOfWordsAreNoByline() {
        XCTAssertEqual(people("他说（高度重视）"), [])
        XCTAssertEqual(people("开放时间（周一至周五）"), [])
        XCTAssertEqual(people("暂行规定（试行）"), [])
    }
}

final class ForeignNameEndTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testDottedNamesLastPartICUReadsAsOneWord() {
        // 地 never names, but ICU reads 甘地 as one word: the part ends after it.
        XCTAssertEqual(people("指挥家卡洛·甘地的演出"), ["卡洛·甘地"])
        XCTAssertEqual(people("作家约翰·史密斯的书"), ["约翰·史密斯"])
    }

    func testTransliterationLongerThanTheChineseReadingOfItsStart() {
        // 穆 and 莫 are surnames too; the whole transliteration wins over 穆萨迪.
        XCTAssertEqual(people("部长穆萨迪诺１０日说"), ["穆萨迪诺"])
        XCTAssertEqual(people("选手莫娜夫克娃获得亚军"), ["莫娜夫克娃"])
        // A Chinese name after a post is not stretched.
        XCTAssertEqual(people("部长莫立新说"), ["莫立新"])
    }
}

/// Invented foreign names whose Chinese reading of the start stopped short.
final class TransliterationTailsTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testTheTailOfATransliterationJoinsTheName() {
        XCTAssertEqual(people("议长艾萨义德当选为主席"), ["艾萨义德"])
    }

    func testAChineseNameIsNotStretched() {
        XCTAssertEqual(people("部长李明达说"), ["李明达"])
        XCTAssertEqual(people("部长李明达拉着他的手说").contains("李明达拉"), false)
    }
}
