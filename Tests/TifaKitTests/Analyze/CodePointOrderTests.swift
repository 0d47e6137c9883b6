import XCTest
@testable import TifaKit

final class CodePointOrderTests: XCTestCase {
    /// memcmp over UTF-8 agrees with comparing code points, for short (inline) and long
    /// strings, prefixes, astral characters and strings that are not native.
    func testOrderIsCodePointOrder() {
        let long = String(repeating: "党建引领", count: 10)
        var texts = ["", "a", "ab", "b", "党", "党建", "党建引领", long, long + "a", long + "\u{20000}", "\u{FFFF}", "\u{10000}",
                     "\u{E9}", "e\u{301}", "Z", "z", "中\u{0}", "中"]
        texts.append(NSString(string: "衢州").description)
        for a in texts {
            for b in texts {
                let expected = Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
                XCTAssertEqual(CodePointOrder.precedes(a, b), expected, "\(a.debugDescription) < \(b.debugDescription)")
            }
        }
    }
}
