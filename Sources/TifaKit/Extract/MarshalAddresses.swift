/// A marshal named by surname and 帅 (刘帅的精神, 朱帅说): how the Chinese press names the
/// ten marshals of 1955 and other commanders. Unlike 周总理 (the surname alone is the
/// name), 帅 is bound to the surname and the pair is the name. Only on a frequent surname,
/// standing between word edges, when 帅 starts no word (帅气, 帅旗) and the pair is no word
/// (元帅, 挂帅 do not start with a frequent surname anyway).
enum MarshalAddresses {
    static let priority = 4.4

    static func candidate(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let end = start + 2
        guard end <= s.count, s[start + 1] == 0x5E05,  // 帅
              lexicon.surnames.value(s, start, start + 1) == EntityLexicon.SurnameClass.common.rawValue,
              lexicon.surnames.longest(s, at: start)?.length == 1,
              !PersonExtractor.isGeneralWord(start, end, in: text), !PersonExtractor.isGeneralWord(start - 1, start + 1, in: text),
              Lexicon.builtin.trie.longestWordLength(scalars: s, at: start + 1) < 2 else { return nil }
        // Before: the start, punctuation, a function word or a word of two or more
        // characters that ends there (表现|刘帅); not a lone character (铺|张).
        let openEdge = !text.isHan(at: start - 1) || lexicon.functionCharacters.contains(s[start - 1])
            || (2...4).contains { start - $0 >= 0 && text.tokenEnd[start - $0] == Int32(start) }
        let closeEdge = !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end]) || text.boundary[end]
        guard openEdge, closeEdge else { return nil }
        return EntitySpan(start: start, end: end, kind: .person, priority: priority, cued: true)
    }
}
