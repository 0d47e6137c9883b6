import XCTest
@testable import TifaKit

/// Invented sentences: a person reading cut out of an idiom is dropped, a name next to
/// ordinary words is kept.
final class IdiomCrossingTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testNamesCutFromIdiomsAreDropped() {
        XCTAssertEqual(people("这套教材编得图文并茂的，学生很喜欢。"), [])
        XCTAssertEqual(people("许多厂家也曾跃跃欲试，但都失败了。"), [])
    }

    func testIdiomCrossingOnAnalyzedText() throws {
        let text = AnalyzedText("编得图文并茂的", tokenizer: try Tokenizer())
        // 文并茂 (3..<6) starts inside 图文并茂 (2..<6).
        XCTAssertTrue(IdiomCrossings.crosses(3, 6, in: text))
        XCTAssertFalse(IdiomCrossings.crosses(2, 6, in: text))
    }

    func testNamesBesideOrdinaryWordsStay() {
        XCTAssertEqual(people("县长王建平说，今年粮食丰收。"), ["王建平"])
        XCTAssertEqual(people("记者刘明华报道：春运开始了。"), ["刘明华"])
    }
}
