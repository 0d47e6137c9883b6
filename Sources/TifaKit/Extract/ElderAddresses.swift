/// A respected elder named by surname and 老 (侯老说, 都是侯老掏腰包): a person, but only
/// when the same document names someone with that surname in full (侯宝林 … 侯老), one
/// sense per document; a bare surname or 老 alone stays nothing, and 老 that starts a word
/// (侯老人, 王老师, 李老家) is that word's.
enum ElderAddresses {
    /// Below a name the document confirms, above nothing.
    static let priority = 3.3

    /// Single frequent surnames of the document's three-character names (侯宝林 -> 侯).
    static func surnames(of spans: [EntitySpan], in text: AnalyzedText) -> Set<UInt32> {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var found = Set<UInt32>()
        for span in spans where span.kind == .person && span.length == 3 {
            guard lexicon.surnames.value(s, span.start, span.start + 1) == EntityLexicon.SurnameClass.common.rawValue,
                  lexicon.surnames.longest(s, at: span.start)?.length == 1 else { continue }
            found.insert(s[span.start])
        }
        return found
    }

    /// Surname + 老 occurrences in `text` for the given surnames.
    static func find(in text: AnalyzedText, surnames: Set<UInt32>) -> [EntitySpan] {
        guard !surnames.isEmpty else { return [] }
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let trie = Lexicon.builtin.trie
        var spans: [EntitySpan] = []
        var k = 0
        while k + 2 <= s.count {
            defer { k += 1 }
            guard s[k + 1] == 0x8001, surnames.contains(s[k]) else { continue }  // 老
            let end = k + 2
            // Before: the start, punctuation, a function word or a word boundary.
            let openEdge = !text.isHan(at: k - 1) || lexicon.functionCharacters.contains(s[k - 1]) || text.boundary[k]
            // 老 does not start a word (老人, 老师, 老家), and the pair is no word (王老五).
            guard openEdge, trie.longestWordLength(scalars: s, at: k + 1) < 2, trie.longestWordLength(scalars: s, at: k) < 2,
                  !PersonExtractor.isGeneralWord(k - 1, k + 1, in: text) else { continue }
            let closeEdge = !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end])
                || lexicon.afterCues.longest(s, at: end) != nil || text.boundary[end]
            guard closeEdge else { continue }
            spans.append(EntitySpan(start: k, end: end, kind: .person, priority: priority))
        }
        return spans
    }
}
