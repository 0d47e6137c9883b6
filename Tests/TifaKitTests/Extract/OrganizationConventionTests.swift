import XCTest
@testable import TifaKit

/// What is not an organization's name: a delegation (its country is the place), the
/// particle 所 after a noun, a party's name inside 党派. Invented sentences, positives
/// next to negatives.
final class OrganizationConventionTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testDelegationNamesItsCountry() {
        XCTAssertEqual(found("中国代表团昨天抵达开罗。", .organization), [])
        XCTAssertEqual(found("中国代表团昨天抵达开罗。", .place), ["中国", "开罗"])
    }

    func testParticleSuoIsNoInstitute() {
        XCTAssertEqual(found("他的品格为广东人民所敬重。", .organization), [])
        XCTAssertEqual(found("他在北京市农业研究所工作。", .organization), ["北京市农业研究所"])
    }

    func testPartyInsidePartiesInGeneral() {
        XCTAssertEqual(found("向各民主党派致以问候", .organization), [])
        XCTAssertEqual(found("美国民主党在选举中失利", .organization).contains { $0.hasSuffix("民主党") }, true)
    }
}
