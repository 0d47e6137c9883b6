import XCTest
@testable import TifaKit

final class LexiconTests: XCTestCase {
    private func match(_ trie: LexiconTrie, _ text: String, at start: Int = 0) -> LexiconTrie.Match? {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { trie.longestMatch(in: $0, at: start, limit: $0.count) }
    }

    func testLongestMatchAndUserPriority() {
        let trie = LexiconTrie([(Array("两学".utf16), .builtin), (Array("两学一做".utf16), .builtin),
                                (Array("学一".utf16), .user), (Array("一做".utf16), .discovered)])
        XCTAssertEqual(match(trie, "两学一做好"), LexiconTrie.Match(length: 4, source: .builtin))
        XCTAssertEqual(match(trie, "两学习"), LexiconTrie.Match(length: 2, source: .builtin))
        XCTAssertNil(match(trie, "两个"))
        XCTAssertEqual(match(trie, "学一做", at: 0)?.source, .user)
        XCTAssertTrue(trie.userWordMayStart(with: "学".utf16.first!))
        XCTAssertFalse(trie.userWordMayStart(with: "两".utf16.first!))
        XCTAssertEqual(trie.count, 4)
        XCTAssertEqual(trie.exactSource(Array("一做".utf16)), .discovered)
        XCTAssertNil(trie.exactSource(Array("一".utf16)))
    }

    func testStrongestSourceKeptForDuplicates() {
        let trie = LexiconTrie([(Array("衢州".utf16), .discovered), (Array("衢州".utf16), .user)])
        XCTAssertEqual(trie.exactSource(Array("衢州".utf16)), .user)
        XCTAssertEqual(trie.count, 1)
    }

    func testJiebaUserDictionaryFormat() {
        let text = "\u{FEFF}云计算 5 n\n# comment\n\n创新办 3 i\r\n凱特琳 nz\n台中\n《准则》\t10\n"
        XCTAssertEqual(Lexicon.parseUserDictionary(text), ["云计算", "创新办", "凱特琳", "台中", "《准则》"])
    }

    func testUserDictionaryFilesAreRead() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/user.txt"
        try "富裕示范 100 n\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Lexicon.readUserDictionaries([path]), ["富裕示范"])
        XCTAssertThrowsError(try Lexicon.readUserDictionaries([folder + "/missing.txt"]))
    }

    /// The binary carries the lexicon as generated Swift; it must say what the data files say.
    func testGeneratedLexiconMatchesResourceFiles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/TifaKit/Resources/lexicon")
        let pairs: [(String, String)] = [
            ("formulations", BuiltinLexiconData.formulations), ("institutions", BuiltinLexiconData.institutions),
            ("titles", BuiltinLexiconData.titles),
            ("places", BuiltinLexiconData.places), ("people", BuiltinLexiconData.people),
            ("words", BuiltinLexiconData.words), ("surnames", BuiltinLexiconData.surnames),
            ("stopwords", BuiltinLexiconData.stopwords),
        ]
        for (name, generated) in pairs {
            let file = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
            XCTAssertEqual(Lexicon.entries(file), Lexicon.entries(generated), "run scripts/gen-lexicon.sh (\(name))")
        }
        XCTAssertTrue(Lexicon.builtinWords.contains("四个意识"))
    }

    func testStopwordsAreDroppedFromTermCountsOnly() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("党员的担当和干部的担当")
        let dropped = TermCounter().count(tokens, in: utf16)
        XCTAssertFalse(dropped.terms.contains { $0.term == "的" })
        XCTAssertEqual(dropped.terms.first { $0.term == "担当" }?.count, 2)
        let kept = TermCounter(stopwords: .none).count(tokens, in: utf16)
        XCTAssertEqual(kept.terms.first { $0.term == "的" }?.count, 2)
        XCTAssertEqual(dropped.tokens, kept.tokens, "token totals (rate denominators) do not depend on stopwords")
    }
}

final class CompositionalPhraseTests: XCTestCase {
    private func entry(_ word: String, _ weight: Double) -> LexiconTrie.Entry {
        LexiconTrie.Entry(word: Array(word.utf16), source: .general, weight: weight)
    }

    func testPhrasesOfTwoMoreFrequentWordsAreDropped() {
        let kept = GeneralLexicon.withoutCompositionalPhrases([
            entry("国有", 2000), entry("企业", 50000), entry("国有企业", 1400),
            entry("社会", 30000), entry("主义", 2300), entry("社会主义", 5500),
            entry("实事", 400), entry("实事求是", 600),
            entry("我", 90000), entry("我的", 40000), entry("目", 100), entry("目的", 9000),
        ]).map { String(decoding: $0.word, as: UTF16.self) }
        XCTAssertFalse(kept.contains("国有企业"), "two common words side by side: a phrase")
        XCTAssertTrue(kept.contains("社会主义"), "more frequent than its rarer half: a word")
        XCTAssertTrue(kept.contains("实事求是"), "one half is no word: an idiom")
        XCTAssertFalse(kept.contains("我的"))
        XCTAssertTrue(kept.contains("目的"))
        XCTAssertTrue(kept.contains("国有") && kept.contains("企业") && kept.contains("我"))
    }

    func testTheGeneralVocabularyNoLongerJoinsSuchPhrases() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("国有企业推动经济发展")
        let words = tokens.map { $0.text(in: utf16) }
        XCTAssertTrue(words.contains("企业") && words.contains("发展"), "\(words)")
    }
}

/// The general vocabulary keeps words with a function character at the edge it does not
/// attach to (scripts/gen-general-lexicon.sh) and still drops input-method phrases.
final class EdgeCharacterEntryTests: XCTestCase {
    private func words(_ text: String) throws -> [String] {
        let (utf16, tokens) = try Tokenizer().tokenize(text)
        return tokens.map { $0.text(in: utf16) }
    }

    func testWordsWithAFunctionCharacterAtTheOpenEdgeStayWhole() throws {
        let tokens = try words("年轻人要走进中小学，这意味着责任；方案改为以需求为导向。")
        for word in ["年轻人", "中小学", "意味着", "改为", "导向"] {
            XCTAssertTrue(tokens.contains(word), "\(word) not whole in \(tokens)")
        }
    }

    func testPhrasesTypedAsOneAreStillCut() throws {
        let tokens = try words("他说党的政策好，我看着你，12个省上千万人受益")
        for phrase in ["他说", "党的", "看着", "个省", "上千万"] {
            XCTAssertFalse(tokens.contains(phrase), "\(phrase) should be cut in \(tokens)")
        }
    }
}

/// Idioms the input-method list lacks come from OpenCC's phrase table (generated into the
/// general vocabulary by scripts/gen-general-lexicon.sh).
final class OpenCCPhraseTests: XCTestCase {
    func testIdiomsOfThePhraseTableAreWhole() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("这种风气历久不衰，产品粗制滥造，千里之行始于足下")
        let words = tokens.map { $0.text(in: utf16) }
        for idiom in ["历久不衰", "粗制滥造", "千里之行"] {
            XCTAssertTrue(words.contains(idiom), "\(idiom) not whole in \(words)")
        }
        // ICU alone cuts them.
        let (raw, icu) = try Tokenizer(icuOnly: true).tokenize("历久不衰，粗制滥造")
        XCTAssertFalse(icu.map { $0.text(in: raw) }.contains("历久不衰"))
    }

    func testAVerbAndItsComplementFromThePhraseTableStayApart() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("他们摸索出一条新路，把货物运出去，又买回来一批")
        let words = tokens.map { $0.text(in: utf16) }
        for phrase in ["摸索出", "运出", "买回来"] {
            XCTAssertFalse(words.contains(phrase), "\(phrase) should be cut in \(words)")
        }
        XCTAssertTrue(words.contains("摸索"), "\(words)")
    }
}
