import XCTest
@testable import TifaKit

/// The county-level gazetteer of GB/T 2260 (ChinaDivisionLexicon): bare names, names on a
/// one-character stem, stems that are everyday words, and persons whose names hold a
/// county's name. Invented sentences, positives next to negatives.
final class ChinaDivisionGazetteerTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testBareCountyNamesArePlaces() {
        XCTAssertEqual(found("今年冬天沁源的农民修了三条水渠", .place), ["沁源"])
        XCTAssertEqual(found("我们从泽州出发，傍晚到了平遥。", .place), ["泽州", "平遥"])
    }

    func testCountyNameWithItsSuffixIsOnePlace() {
        XCTAssertEqual(found("张北县的牧民赶着羊群", .place), ["张北县"])
        XCTAssertEqual(found("泽州县的煤矿停产整顿", .place), ["泽州县"])
    }

    func testOneCharacterStemIsReadWhole() {
        XCTAssertEqual(found("费县的果农今年增收", .place), ["费县"])
        // Everyday phrases on 县 are no county: 科技兴县, 省市和县.
        XCTAssertEqual(found("各地坚持科技兴县的路子", .place), [])
        XCTAssertFalse(found("省市和县三级干部都来了", .place).contains("和县"))
        // A whole name takes no second suffix: 完成|县乡 is no 成县乡.
        XCTAssertEqual(found("圆满完成县乡换届工作", .place), [])
    }

    func testStemThatIsAnEverydayWordNeedsItsSuffix() {
        // 和平 and 朝阳 are words; with their suffix they are places.
        XCTAssertEqual(found("人们盼望和平与发展", .place), [])
        XCTAssertEqual(found("他在和平区工作", .place), ["和平区"])
        XCTAssertEqual(found("开化的风气渐渐形成", .place), [])
    }

    func testStemInsideALongerWordIsNoPlace() {
        // 大城 is a county, but 大|城市 reads "big city".
        XCTAssertEqual(found("许多大城市交通拥堵", .place), [])
        XCTAssertEqual(found("台前幕后的故事", .place), [])
    }

    func testPersonTheDocumentConfirmsKeepsTheCountyInsideHisName() {
        // 武定 is a county; 武定远 is a man the document names three times.
        let text = "指导员武定远说，连队就是家。战士们都信任武定远。武定远，一名普通的基层干部。"
        XCTAssertEqual(found(text, .person), ["武定远", "武定远", "武定远"])
        XCTAssertEqual(found(text, .place), [])
        // Without such a name, the county stands.
        XCTAssertEqual(found("武定的山区通了公路", .place), ["武定"])
    }
}
