import XCTest
@testable import TifaKit

/// Invented sentences: 任 as "serve as" before a post, and 任 as a surname.
final class ServeAsVerbTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testServeAsBeforeAPost() {
        XCTAssertFalse(people("成立了以孙明远同志任书记的工委。").contains("任"))
        XCTAssertEqual(people("他曾在山区县任科技副县长。").filter { $0.hasPrefix("任") }, [])
    }

    func testSurnameStays() {
        XCTAssertEqual(people("记者任建新报道：春运开始了。"), ["任建新"])
        XCTAssertEqual(people("会上，任建新说，要抓好落实。"), ["任建新"])
    }
}
