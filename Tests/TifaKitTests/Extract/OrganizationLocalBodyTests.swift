import XCTest
@testable import TifaKit

/// Local bodies named after their place: short names of local associations and offices
/// (科协, 文联, 外办), bookstores, and a one-character suffix ICU glued to a function word.
/// Invented sentences, positives next to negatives.
final class OrganizationLocalBodyTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testShortNameAfterAPlaceOrBody() {
        XCTAssertEqual(found("湖北省科协在活动中表现突出", .organization), ["湖北省科协"])
        XCTAssertEqual(found("上海市文联主席出席了会议", .organization), ["上海市文联"])
        // Alone, with no place before it, a local body's short name is no name.
        XCTAssertEqual(found("省科协把资金下拨到县里", .organization), [])
    }

    func testBookstoreAfterAPlace() {
        XCTAssertEqual(found("杭州市新华书店共有干部职工五十名", .organization), ["杭州市新华书店"])
        XCTAssertEqual(found("这家书店的生意很好", .organization), [])
    }

    func testSuffixGluedToAFunctionWord() {
        // ICU reads 税务|局在: 局 still ends the name.
        XCTAssertEqual(found("海淀区税务局在活动中表现突出", .organization), ["海淀区税务局"])
        // 处于 and 站在 are verbs, not a body's suffix before a function word.
        XCTAssertEqual(found("国家处于困难时期", .organization), [])
        XCTAssertEqual(found("伟大的中华民族应运用站在东方", .organization), [])
    }
}

/// State firms and bodies known by their customary names (中国电信, 中国民航).
final class OrganizationStateFirmTests: XCTestCase {
    func testStateFirmIsOneName() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let found = { (text: String) in extractor.extract(text).filter { $0.kind == .organization }.map(\.text) }
        XCTAssertEqual(found("中国电信与一家外国公司签订协议"), ["中国电信"])
        XCTAssertEqual(found("中国民航的航班增加了"), ["中国民航"])
        // 中国 alone before an everyday word is the place, no firm.
        XCTAssertEqual(found("中国电视观众越来越多"), [])
    }
}
