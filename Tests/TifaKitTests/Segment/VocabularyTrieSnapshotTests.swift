import XCTest
@testable import TifaKit

/// The compiled trie of the built-in lexicon (Sources/CVocabularyTrie) must be exactly the
/// trie built from the word lists: stale after a lexicon file or the build changed.
/// `TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests` regenerates it.
final class VocabularyTrieSnapshotTests: XCTestCase {
    private var sourceURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(CompiledVocabularyTrie.sourcePath)
    }

    func testCompiledTrieIsTheBuiltTrie() throws {
        let built = Lexicon.buildTrie()
        let expected = CompiledVocabularyTrie.cSource(of: built, fingerprint: CompiledVocabularyTrie.inputsFingerprint())
        if ProcessInfo.processInfo.environment["TIFA_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: sourceURL, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: sourceURL, encoding: .utf8)
        XCTAssertTrue(actual == expected, "\(CompiledVocabularyTrie.sourcePath) is stale: run "
                      + "TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests, then rebuild")
        // What the binary loads (compiled in) is what was generated: same arrays.
        let loaded = try XCTUnwrap(CompiledVocabularyTrie.load(), "the compiled trie was not loaded (stale or missing)")
        XCTAssertTrue(CompiledVocabularyTrie.cSource(of: loaded, fingerprint: 1) == CompiledVocabularyTrie.cSource(of: built, fingerprint: 1))
        XCTAssertEqual(Lexicon.builtin.trie.count, built.count)
    }

    /// A changed input changes the fingerprint (so a stale snapshot is ignored, not used).
    func testFingerprintCoversTheLexiconFiles() {
        XCTAssertNotEqual(CompiledVocabularyTrie.inputsFingerprint(), 0)
        XCTAssertEqual(CompiledVocabularyTrie.inputsFingerprint(), CompiledVocabularyTrie.inputsFingerprint())
    }
}
