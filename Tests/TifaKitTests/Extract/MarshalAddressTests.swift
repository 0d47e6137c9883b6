import XCTest
@testable import TifaKit

/// Invented sentences: a marshal named by surname and 帅, and 帅 in ordinary words.
final class MarshalAddressTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testSurnameAndMarshal() {
        XCTAssertEqual(people("话剧写出了朱帅的胸怀。"), ["朱帅"])
        XCTAssertEqual(people("徐帅，一生戎马。"), ["徐帅"])
    }

    func testMarshalInOrdinaryWords() {
        XCTAssertEqual(people("他被授予元帅军衔。"), [])
        XCTAssertEqual(people("这次由书记亲自挂帅。"), [])
        XCTAssertEqual(people("将帅同心，其利断金。"), [])
    }

    func testMarshalStartingAWordIsNoAddress() {
        // 帅气 is a word: 张帅气 is no marshal.
        XCTAssertFalse(people("小伙子长得张帅气十足。").contains("张帅"))
    }
}
