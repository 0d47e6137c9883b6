import XCTest
@testable import TifaKit

/// Foreign firms named before a self-standing suffix: Latin letters or a run of
/// transliteration characters make the name's left edge. Invented sentences, positives next
/// to negatives.
final class OrganizationForeignFirmTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testLatinLettersBeforeAFirmSuffix() {
        XCTAssertEqual(found("人们纷纷抢购ＸＹＺ公司的股票", .organization), ["ＸＹＺ公司"])
        XCTAssertEqual(found("中国电信与美国ＢＣＤ公司签订协议", .organization).contains("美国ＢＣＤ公司"), true)
        XCTAssertEqual(found("据报道，QRS-2集团昨天宣布", .organization), ["QRS-2集团"])
        // One letter names no firm (Ａ公司 is a placeholder), nor do digits alone.
        XCTAssertEqual(found("人们纷纷抢购Ａ公司的股票", .organization), [])
        XCTAssertEqual(found("人们纷纷抢购１２３公司的股票", .organization), [])
    }

    func testTransliterationRunBeforeAFirmSuffix() {
        XCTAssertEqual(found("烟草制造商的莫里斯德公司败诉", .organization), ["莫里斯德公司"])
        XCTAssertEqual(found("他希望萨维科集团扩大投资", .organization), ["萨维科集团"])
        // Characters that transliterations use but everyday words too (安, 明, 文) make none.
        XCTAssertEqual(found("这是我们的安明文公司", .organization), [])
        // Nor does a run with a single typical character.
        XCTAssertEqual(found("这是我们的安明斯公司", .organization), [])
    }
}
