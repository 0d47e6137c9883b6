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

final class SloganTrieEdgeTests: XCTestCase {
    private func trie(_ keys: [String]) -> SloganTrie {
        var inventory = SloganInventory()
        for key in keys { inventory.add(key, as: key, .quoted) }
        return SloganTrie(inventory)
    }

    func testEmptyTextAndStartsPastTheEnd() {
        let trie = trie(["两学一做"])
        XCTAssertNil(trie.longestMatch(in: [], from: 0))
        XCTAssertNil(trie.longestMatch(in: Array("两学".unicodeScalars), from: 0))
        XCTAssertNil(trie.longestMatch(in: Array("两学一做".unicodeScalars), from: 4))
    }

    /// Astral and non-CJK keys and texts: edges are keyed by whole scalars.
    func testAstralAndLatinKeys() {
        let trie = trie(["𠀀𠀁", "𠀀", "APP", "AP"])
        let text = Array("用𠀀𠀁和𠀀𠀂及APP".unicodeScalars)
        XCTAssertEqual(trie.longestMatch(in: text, from: 1)?.entry.normalized, "𠀀𠀁")
        XCTAssertEqual(trie.longestMatch(in: text, from: 1)?.end, 3)
        XCTAssertEqual(trie.longestMatch(in: text, from: 4)?.entry.normalized, "𠀀")
        XCTAssertEqual(trie.longestMatch(in: text, from: 7)?.end, 10)
        XCTAssertEqual(trie.longestMatch(in: text, from: 7)?.entry.normalized, "APP")
        XCTAssertNil(trie.longestMatch(in: text, from: 2))
    }

    /// Many keys sharing prefixes (the table grows): every key is found, with its own end.
    func testManyKeysAllFound() {
        var keys: [String] = []
        for a in ["一", "二", "三", "四"] { for b in ["学", "做", "严", "实"] { for c in ["", "一", "两"] { keys.append(a + b + c) } } }
        let trie = trie(keys)
        for key in keys {
            let scalars = Array((key + "。").unicodeScalars)
            XCTAssertEqual(trie.longestMatch(in: scalars, from: 0)?.end, key.unicodeScalars.count, key)
            XCTAssertEqual(trie.longestMatch(in: scalars, from: 0)?.entry.normalized, key)
        }
    }
}
