import XCTest
@testable import TifaKit

final class BestPathSegmenterTests: XCTestCase {
    private func words(_ text: String, lexicon: Lexicon = .builtin) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(lexicon: lexicon).tokenize(text)
        XCTAssertEqual(tokens.map { $0.text(in: utf16) }.joined(), text, "tokens must cover the text")
        return tokens.filter { $0.kind != .whitespace }.map { $0.text(in: utf16) }
    }

    private func segment(_ text: String, _ trie: LexiconTrie) -> [String] {
        let units = Array(text.utf16)
        var out: [Token] = []
        units.withUnsafeBufferPointer { BestPathSegmenter(trie: trie).segment($0, from: 0, to: $0.count, into: &out) }
        return out.map { $0.text(in: units) }
    }

    func testMostProbablePathWins() {
        // 研究生命 : 研究/生命 beats 研究生/命 when 生命 and 研究 are common and 命 alone is rare.
        let trie = LexiconTrie(weighted: [
            .init(word: Array("研究".utf16), source: .general, weight: 1000),
            .init(word: Array("研究生".utf16), source: .general, weight: 100),
            .init(word: Array("生命".utf16), source: .general, weight: 1000),
            .init(word: Array("命".utf16), source: .general, weight: 1),
            .init(word: Array("生".utf16), source: .general, weight: 1),
        ], total: 100_000)
        XCTAssertEqual(segment("研究生命", trie), ["研究", "生命"])
        XCTAssertEqual(segment("研究生", trie), ["研究生"])
    }

    func testUserWordsAreFixedBeforeThePathIsChosen() {
        let trie = LexiconTrie(weighted: [
            .init(word: Array("研究".utf16), source: .general, weight: 1000),
            .init(word: Array("生命".utf16), source: .general, weight: 1000),
            .init(word: Array("究生".utf16), source: .user, weight: 1),
        ], total: 100_000)
        XCTAssertEqual(segment("研究生命", trie), ["研", "究生", "命"])
    }

    func testSurrogatePairsAreNeverCut() {
        let text = "\u{20000}\u{20001}研究"
        let parts = segment(text, LexiconTrie(weighted: [.init(word: Array("研究".utf16), source: .general, weight: 10)]))
        XCTAssertEqual(parts, ["\u{20000}", "\u{20001}", "研究"])
    }

    func testGeneralVocabularyJoinsWhatICUOverSplits() throws {
        // ICU cuts 计算/机; the general vocabulary knows it. 国有企业 is a phrase of two
        // words (as the segmentation standards cut it), not one word.
        let raw = try Tokenizer(icuOnly: true).tokenize("计算机行业的国有企业")
        XCTAssertFalse(raw.tokens.map { $0.text(in: raw.text) }.contains("计算机"))
        let tokens = try words("计算机行业的国有企业")
        XCTAssertTrue(tokens.contains("计算机"), "\(tokens)")
        XCTAssertTrue(tokens.contains("国有") && tokens.contains("企业"), "\(tokens)")
        XCTAssertTrue(tokens.contains("的"), "\(tokens)")
    }

    func testGeneralVocabularyIsLoadedWithoutInputMethodPhrases() {
        let entries = GeneralLexicon.entries
        XCTAssertGreaterThan(entries.count, 50_000)
        let words = Set(entries.map { String(decoding: $0.word, as: UTF16.self) })
        XCTAssertTrue(words.contains("计算机"))
        XCTAssertTrue(words.contains("目的"), "kept: ICU keeps it whole too")
        XCTAssertFalse(words.contains("党的"), "a phrase typed as one, filtered by gen-general-lexicon.sh")
        XCTAssertTrue(entries.allSatisfy { $0.source == .general && $0.weight >= 0 })
        XCTAssertNotNil(Lexicon.builtin.trie.logProbability(of: Array("计算机".utf16)))
    }

    func testWeightedDuplicatesKeepStrongestSourceAndHighestWeight() {
        let trie = LexiconTrie(weighted: [
            .init(word: Array("衢州".utf16), source: .general, weight: 50),
            .init(word: Array("衢州".utf16), source: .builtin, weight: 5),
        ], total: 1000)
        XCTAssertEqual(trie.exactSource(Array("衢州".utf16)), .builtin)
        XCTAssertEqual(Double(trie.logProbability(of: Array("衢州".utf16))!), log(50.0 / 1000), accuracy: 1e-5)
        XCTAssertEqual(trie.count, 1)
    }
}
