import XCTest
@testable import TifaKit

final class SloganTrieTests: XCTestCase {
    func testLongestMatchWhateverOrderKeysWereAdded() {
        let keys = ["双带", "双带双强", "两学一做", "四个意识", "“引号”"]
        for order in [keys, keys.reversed()] {
            var inventory = SloganInventory()
            for key in order { inventory.add(key, as: key, .quoted) }
            let trie = SloganTrie(inventory)
            let text = Array("开展双带双强和双带活动，两学一做".unicodeScalars)
            XCTAssertEqual(trie.longestMatch(in: text, from: 2)?.end, 6)
            XCTAssertEqual(trie.longestMatch(in: text, from: 2)?.entry.normalized, "双带双强")
            XCTAssertEqual(trie.longestMatch(in: text, from: 7)?.end, 9)
            XCTAssertEqual(trie.longestMatch(in: text, from: 12)?.entry.normalized, "两学一做")
            XCTAssertNil(trie.longestMatch(in: text, from: 0))
            XCTAssertNil(trie.longestMatch(in: text, from: text.count))
            // Keys are stored without their quotation marks.
            XCTAssertEqual(trie.longestMatch(in: Array("引号".unicodeScalars), from: 0)?.end, 2)
        }
        XCTAssertNil(SloganTrie(SloganInventory()).longestMatch(in: Array("双带".unicodeScalars), from: 0))
    }
}
