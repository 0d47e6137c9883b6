import XCTest
@testable import TifaKit

final class ContentHashTests: XCTestCase {
    func testSameBytesSameHashAnyChangeDiffers() {
        let text = Array("推进全面从严治党".utf8)
        XCTAssertEqual(ContentHash.of(text), ContentHash.of(text))
        XCTAssertEqual(ContentHash.of(text).count, 32)
        XCTAssertNotEqual(ContentHash.of(text), ContentHash.of(text.dropLast()))
        var changed = text
        changed[3] ^= 1
        XCTAssertNotEqual(ContentHash.of(text), ContentHash.of(changed))
        XCTAssertNotEqual(ContentHash.of([]), ContentHash.of([0]))
    }

    func testIncrementalUpdatesEqualOneShot() {
        let bytes = Array("衢州市委组织部".utf8)
        var hash = ContentHash()
        hash.update(bytes[..<5])
        hash.update(bytes[5...])
        XCTAssertEqual(hash.hex, ContentHash.of(bytes))
    }
}
