/// A person named by the bare surname after the story has named them in full (李某某 …
/// 李交了３元停车费, 向李出具发票, 当王、陈进入伏击圈): the habit of court and police
/// reports. Only for a surname of one of the document's full names, and only where the
/// surname stands as a word of its own between a clause's edge (punctuation, a function
/// word or a preposition before) and a word that does not make it an ordinary word
/// (王|国, 周|末, 高|度 are words of the general vocabulary).
enum SurnameAnaphora {
    /// Below every other reading: a longer name over the surname wins.
    static let priority = 3.1

    /// The document's three-character names on a frequent single surname, by surname
    /// (李 -> {李建华}); merge them over the paragraphs with `merging`.
    static func fullNames(of spans: [EntitySpan], in text: AnalyzedText) -> [UInt32: Set<String>] {
        var names: [UInt32: Set<String>] = [:]
        for surname in ElderAddresses.surnames(of: spans, in: text) {
            for span in spans where span.kind == .person && span.length == 3 && text.scalars[span.start] == surname {
                names[surname, default: []].insert(text.string(span.start, span.end))
            }
        }
        return names
    }

    /// Surnames the document gives to exactly one full name: a bare surname then says
    /// whom (a long document naming 严甲, 严乙 and 严丙 says 严 for 从严 more often).
    static func unambiguous(_ names: [UInt32: Set<String>]) -> Set<UInt32> {
        Set(names.filter { $0.value.count == 1 }.keys)
    }

    /// The bare-surname mentions in `text` of `surnames` (`unambiguous(fullNames)`).
    static func find(in text: AnalyzedText, surnames: Set<UInt32>) -> [EntitySpan] {
        guard !surnames.isEmpty else { return [] }
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let trie = Lexicon.builtin.trie
        var spans: [EntitySpan] = []
        for k in 0..<s.count where surnames.contains(s[k]) && text.boundary[k] && text.tokenEnd[k] == Int32(k + 1) {
            // Before: the start, punctuation (not a number: 附图１|张), or a lone function
            // word or preposition (当|王, 向|李, 将|朱).
            let openEdge = k == 0 || !text.isHan(at: k - 1) && !PersonExtractor.isNumberLike(s[k - 1]) && !Self.isLetterOrDigit(s[k - 1])
                || text.tokenEnd[k - 1] == Int32(k) && (lexicon.functionCharacters.contains(s[k - 1]) || Self.clauseOpeners.contains(s[k - 1]))
            guard openEdge else { continue }
            let end = k + 1
            // After: punctuation, a lone function word or adverb (李|将, 王|还, 赵|的), 家 (在郭|家),
            // a speech verb or a post; never the rest of a name or a word (邓|在军, 黎|南部).
            let closeEdge: Bool
            if !text.isHan(at: end) {
                closeEdge = end == s.count || !PersonExtractor.middleDots.contains(s[end]) && !Self.isLetterOrDigit(s[end])
            } else if text.tokenEnd[end] == Int32(end + 1) {
                // 邓|在|军: a function word and a lone name character are a given name.
                let givenAfter = text.isHan(at: end + 1) && text.tokenEnd[end + 1] == Int32(end + 2) && s[end + 1] < 0x10000
                    && lexicon.givenWeights[Int(s[end + 1])] >= 10
                closeEdge = (lexicon.functionCharacters.contains(s[end]) || Self.adverbs.contains(s[end])) && !givenAfter
                    || s[end] == 0x5BB6 || lexicon.afterCues.longest(s, at: end) != nil  // 家 (在郭|家)
            } else {
                closeEdge = lexicon.afterCues.longest(s, at: end) != nil || lexicon.titlesAfter.longest(s, at: end) != nil
            }
            guard closeEdge, !PersonExtractor.isGeneralWord(k, end + 1, in: text), trie.longestWordLength(scalars: s, at: k) < 2 else { continue }
            spans.append(EntitySpan(start: k, end: end, kind: .person, priority: priority))
        }
        return spans
    }

    /// Adverbs that follow a clause's subject (李|即, 王|便, 张|正).
    static let adverbs = EntityLexicon.scalarSet("即便却则亦仍正先遂竟")

    static func isLetterOrDigit(_ v: UInt32) -> Bool {
        OrganizationExtractor.isLatinLetter(v) || OrganizationExtractor.isDigit(v)
    }

    /// Words that open a clause about a person (当王进入, 将朱抓获, 令韩感动).
    static let clauseOpeners = EntityLexicon.scalarSet("当将向对给由被让令叫使从跟同和与及")
}
