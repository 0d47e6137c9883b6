import CGeneralLexicon
import CVocabularyTrie

/// The built-in lexicon's trie (the general vocabulary plus the curated files) generated
/// ahead of time as C arrays (Sources/CVocabularyTrie): building it from ~97,000 words took
/// ~185 M instructions at the start of every run, copying the arrays takes a few.
/// The snapshot carries a fingerprint of its inputs; when they changed (a lexicon file was
/// edited and not regenerated) it is ignored and the trie is built as before, so outputs
/// never depend on whether it is current. `VocabularyTrieSnapshotTests` fails while it is
/// stale; `TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests`
/// (scripts/gen-vocabulary-trie.sh) rewrites it.
enum CompiledVocabularyTrie {
    /// Part of the fingerprint: raise it when the way the built-in trie is built changes
    /// in code (GeneralLexicon's filters, the weights in Lexicon, LexiconTrie's layout), so
    /// an old snapshot is not used.
    static let format: UInt64 = 1

    /// Where the generated source lives (for the generator in the tests).
    static let sourcePath = "Sources/CVocabularyTrie/vocabulary_trie.c"

    /// A hash of every input of the built-in trie: the general vocabulary's bytes, the
    /// curated lexicon files it reads, and `format`. Never 0 (0 marks "no snapshot").
    static func inputsFingerprint() -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ format
        func mix(_ base: UnsafeRawPointer?, _ count: Int) {
            hash = (hash ^ UInt64(count)) &* 0x0000_0100_0000_01B3
            guard let base, count > 0 else { return }
            var offset = 0
            while offset + 8 <= count {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                offset += 8
            }
            while offset < count {
                hash = (hash ^ UInt64(base.load(fromByteOffset: offset, as: UInt8.self))) &* 0x0000_0100_0000_01B3
                offset += 1
            }
        }
        mix(UnsafeRawPointer(tifa_general_lexicon_bytes()), Int(tifa_general_lexicon_size()))
        for var text in [BuiltinLexiconData.formulations, BuiltinLexiconData.institutions, BuiltinLexiconData.titles,
                         BuiltinLexiconData.places, BuiltinLexiconData.people, BuiltinLexiconData.words,
                         BuiltinLexiconData.surnames] {
            text.withUTF8 { mix(UnsafeRawPointer($0.baseAddress), $0.count) }
        }
        return hash == 0 ? 1 : hash
    }

    /// The compiled trie if it was generated from the current inputs, else nil.
    static func load() -> LexiconTrie? {
        let snapshot = tifa_vocabulary_trie_snapshot().pointee
        guard snapshot.fingerprint != 0, snapshot.fingerprint == inputsFingerprint(),
              let rootNode = snapshot.root_node, let rootLog = snapshot.root_log_probability_bits,
              let firstChild = snapshot.node_first_child, let childCount = snapshot.node_child_count,
              let nodeLog = snapshot.node_log_probability_bits, let terminal = snapshot.node_terminal,
              let childUnit = snapshot.child_unit, let childNode = snapshot.child_node else { return nil }
        let rootCount = 65536
        let root = [LexiconTrie.RootSlot](unsafeUninitializedCapacity: rootCount) { buffer, initialized in
            for index in 0..<rootCount {
                (buffer.baseAddress! + index).initialize(to: LexiconTrie.RootSlot(
                    node: rootNode[index], logProbability: Float(bitPattern: rootLog[index])))
            }
            initialized = rootCount
        }
        let nodeCount = Int(snapshot.node_count)
        let nodes = [LexiconTrie.Node](unsafeUninitializedCapacity: nodeCount) { buffer, initialized in
            for index in 0..<nodeCount {
                (buffer.baseAddress! + index).initialize(to: LexiconTrie.Node(
                    firstChild: firstChild[index], childCount: childCount[index],
                    logProbability: Float(bitPattern: nodeLog[index]), terminal: terminal[index]))
            }
            initialized = nodeCount
        }
        let childTotal = Int(snapshot.child_count)
        let children = [LexiconTrie.Child](unsafeUninitializedCapacity: childTotal) { buffer, initialized in
            for index in 0..<childTotal {
                (buffer.baseAddress! + index).initialize(to: LexiconTrie.Child(unit: childUnit[index], node: childNode[index]))
            }
            initialized = childTotal
        }
        return LexiconTrie(root: root, nodes: nodes, children: children,
                           userFirst: [Bool](repeating: false, count: rootCount), count: Int(snapshot.word_count),
                           ruleWordLogProbability: Float(bitPattern: snapshot.rule_word_log_probability_bits),
                           hasUserWords: false, totalWeight: Double(bitPattern: snapshot.total_weight_bits))
    }

    /// The C source holding `trie`'s arrays under `fingerprint` (the generator; `trie`
    /// must have no user words).
    static func cSource(of trie: LexiconTrie, fingerprint: UInt64) -> String {
        precondition(!trie.hasUserWords)
        var out = """
        // Generated by `TIFA_UPDATE_GOLDEN=1 swift test --filter VocabularyTrieSnapshotTests`
        // (scripts/gen-vocabulary-trie.sh) from the built-in lexicon: the trie of Lexicon.builtin
        // (Segment/CompiledVocabularyTrie.swift). Do not edit by hand.
        #include "vocabulary_trie.h"

        """
        func array<T: BinaryInteger>(_ type: String, _ name: String, _ values: [T]) {
            out += "static const \(type) \(name)[\(max(values.count, 1))] = {"
            for (index, value) in values.enumerated() {
                out += index % 16 == 0 ? "\n" : ""
                out += String(value)
                out += ","
            }
            out += "\n};\n\n"
        }
        array("int32_t", "root_node", trie.root.map(\.node))
        array("uint32_t", "root_log_probability_bits", trie.root.map(\.logProbability.bitPattern))
        array("int32_t", "node_first_child", trie.nodes.map(\.firstChild))
        array("int32_t", "node_child_count", trie.nodes.map(\.childCount))
        array("uint32_t", "node_log_probability_bits", trie.nodes.map(\.logProbability.bitPattern))
        array("uint8_t", "node_terminal", trie.nodes.map(\.terminal))
        array("uint16_t", "child_unit", trie.children.map(\.unit))
        array("int32_t", "child_node", trie.children.map(\.node))
        out += """
        static const tifa_vocabulary_trie snapshot = {
            .fingerprint = \(fingerprint)ULL,
            .word_count = \(trie.count),
            .total_weight_bits = \(trie.totalWeight.bitPattern)ULL,
            .rule_word_log_probability_bits = \(trie.ruleWordLogProbability.bitPattern)U,
            .node_count = \(trie.nodes.count),
            .child_count = \(trie.children.count),
            .root_node = root_node,
            .root_log_probability_bits = root_log_probability_bits,
            .node_first_child = node_first_child,
            .node_child_count = node_child_count,
            .node_log_probability_bits = node_log_probability_bits,
            .node_terminal = node_terminal,
            .child_unit = child_unit,
            .child_node = child_node,
        };

        const tifa_vocabulary_trie *tifa_vocabulary_trie_snapshot(void) { return &snapshot; }

        """
        return out
    }
}
