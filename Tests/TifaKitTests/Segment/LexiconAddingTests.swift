import XCTest
@testable import TifaKit

/// Words added to a built trie (an issue's discovered words) must answer every query as a
/// trie rebuilt from all the words would.
final class LexiconAddingTests: XCTestCase {
    private func entry(_ word: String, _ source: LexiconTrie.Source, _ weight: Double) -> LexiconTrie.Entry {
        LexiconTrie.Entry(word: Array(word.utf16), source: source, weight: weight)
    }

    /// Every word at every position of `probe`, with its probability, plus exact lookups.
    private func answers(_ trie: LexiconTrie, _ probe: String) -> [String] {
        let units = Array(probe.utf16)
        var lines: [String] = []
        units.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                lines.append("unit \(start) \(trie.unitLogProbability(buffer[start]))")
                trie.forEachWord(in: buffer, at: start, limit: buffer.count) { length, logProbability in
                    lines.append("word \(start) \(length) \(logProbability)")
                }
                let match = trie.longestMatch(in: buffer, at: start, limit: buffer.count)
                lines.append("match \(start) \(String(describing: match))")
                for end in (start + 1)...buffer.count {
                    let word = Array(units[start..<end])
                    lines.append("exact \(start) \(end) \(String(describing: trie.exactSource(word))) \(String(describing: trie.logProbability(of: word)))")
                }
            }
        }
        lines.append("count \(trie.count) user \(trie.hasUserWords)")
        return lines
    }

    func testAddedWordsAnswerAsARebuiltTrie() {
        let base = [entry("中国", .general, 900), entry("中国共产党", .builtin, 2000), entry("党建", .general, 100),
                    entry("示范区", .user, 2000), entry("共同富裕", .general, 700), entry("区", .general, 50)]
        let added = [entry("富裕示范", .discovered, 500),   // new word over existing prefixes
                     entry("党建", .discovered, 500),       // a weaker general word: source and weight rise
                     entry("中国", .discovered, 500),       // a stronger general word keeps its weight
                     entry("示范区", .discovered, 500),     // a user word stays a user word
                     entry("中国共", .discovered, 500),     // an inner node becomes a word
                     entry("衢州", .discovered, 500),       // a new first unit
                     entry("衢州市", .discovered, 500), entry("衢州", .discovered, 500),
                     entry("富", .discovered, 500),         // one unit: its probability only
                     entry("区", .discovered, 10)]
        let total = 10_000.0
        let rebuilt = LexiconTrie(weighted: base + added, total: total)
        let extended = LexiconTrie(weighted: base, total: total).adding(added)
        let probe = "中国共产党建设共同富裕示范区衢州市党建区富"
        XCTAssertEqual(answers(extended, probe), answers(rebuilt, probe))
        XCTAssertEqual(extended.exactSource(Array("党建".utf16)), .discovered)
        XCTAssertEqual(extended.exactSource(Array("示范区".utf16)), .user)
        // The trie added to is unchanged.
        XCTAssertNil(LexiconTrie(weighted: base, total: total).exactSource(Array("衢州".utf16)))
    }

    func testDiscoveredWordsTokenizeAsInARebuiltLexicon() throws {
        let discovered = ["衢州", "柯城区", "浙江", "共同富裕示范", "数字化改革", "党建统领"]
        let userWords = ["示范区建设"]
        let text = "浙江衢州柯城区以党建统领数字化改革，推进共同富裕示范区建设，衢州市柯城区干部群众。"
        let rebuilt = try Tokenizer(lexicon: Lexicon(userWords: userWords, discovered: discovered))
        let extended = try Tokenizer(lexicon: Lexicon(userWords: userWords).adding(discovered: discovered))
        let expected = try rebuilt.tokenize(text)
        let actual = try extended.tokenize(text)
        XCTAssertEqual(actual.tokens, expected.tokens)
        XCTAssertNotEqual(try Tokenizer(lexicon: Lexicon(userWords: userWords)).tokenize(text).tokens, expected.tokens,
                          "the discovered words should change this text's tokens")
    }
}
