import XCTest
@testable import TifaKit

final class PhraseTrieTests: XCTestCase {
    /// Phrases found at every position, both directions, against a plain scan of the list.
    func testMatchesAgreeWithAPlainScan() {
        // Enough phrases to make the table grow several times; shared prefixes, an astral
        // ideograph (𠀀) and a Latin word.
        var phrases = ["中国", "中国共产党", "中央", "国家", "家", "𠀀中", "AB", "共产"]
        for a in ["山", "水", "林", "田", "湖"] { for b in ["东", "西", "南", "北"] { phrases.append(a + b + "省") } }
        let text = "中国共产党中央山东省国家AB𠀀中林北省湖南省水田".unicodeScalars.map(\.value)
        for reversed in [false, true] {
            var trie = PhraseTrie(reversed: reversed)
            for (index, phrase) in phrases.enumerated() { trie.insert(phrase, value: Int32(index)) }
            let words = phrases.map { $0.unicodeScalars.map(\.value) }
            for start in 0...text.count {
                var expected: [(length: Int, value: Int32)] = []
                for length in 1...8 {
                    let range = reversed ? (start - length)..<start : start..<(start + length)
                    guard range.lowerBound >= 0, range.upperBound <= text.count,
                          let index = words.firstIndex(of: Array(text[range])) else { continue }
                    expected.append((length, Int32(index)))
                }
                if !reversed && start == text.count { expected = [] }
                let found = trie.matchLengths(text, at: start)
                XCTAssertEqual(found.map(\.length), expected.map(\.length), "at \(start), reversed \(reversed)")
                XCTAssertEqual(found.map(\.value), expected.map(\.value))
                XCTAssertEqual(trie.longest(text, at: start)?.length, expected.last?.length)
            }
        }
    }

    func testValuesLimitsAndOverwrites() {
        var trie = PhraseTrie(["中国 国家"], value: 1)
        trie.insert("中国", value: 7)
        XCTAssertEqual(trie.value(of: "中国"), 7)
        XCTAssertNil(trie.value(of: "中"))
        XCTAssertFalse(trie.contains("国家队"))
        let text = "中国家".unicodeScalars.map(\.value)
        XCTAssertTrue(trie.contains(text, 1, 3))
        XCTAssertNil(trie.longest(text, at: 0, limit: 1))
        XCTAssertEqual(trie.maxLength, 2)
        let reversed = PhraseTrie(["国家"], reversed: true)
        XCTAssertEqual(reversed.longest(text, at: 3)?.length, 2)
        XCTAssertNil(reversed.longest(text, at: 3, limit: 2))
    }
}
