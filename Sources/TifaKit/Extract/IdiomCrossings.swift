/// Person readings cut out of an idiom or a set phrase (图|文并茂, 雷厉风|行, 龙腾虎|跃,
/// 金凤栖|…): a surname character inside a four-character word of the general
/// vocabulary (the tokenizer's built-in lexicon of words and idioms) that crosses the
/// reading's start or end. A name is never half of an idiom; a name the idiom merely
/// touches (李明|白天 is no word) stays. Names everyone knows (famous lists) are not
/// checked: the lists are curated.
enum IdiomCrossings {
    /// Shortest word counted as an idiom or set phrase.
    static let minimumLength = 4

    /// Whether a word of at least `minimumLength` characters starts before `start` and
    /// ends after it, or starts inside `start..<end` and ends after `end`.
    static func crosses(_ span: EntitySpan, in text: AnalyzedText) -> Bool {
        let famous = EntityLexicon.shared.famousPersons.longest(text.scalars, at: span.start)
        return famous?.length != span.length && crosses(span.start, span.end, in: text)
    }

    static func crosses(_ start: Int, _ end: Int, in text: AnalyzedText) -> Bool {
        let s = text.scalars
        let trie = Lexicon.builtin.trie
        for k in max(0, start - 3)..<end where text.isHan(at: k) {
            let length = trie.longestWordLength(scalars: s, at: k)
            guard length >= minimumLength else { continue }
            let wordEnd = k + length
            if k < start && wordEnd > start { return true }
            if k >= start && wordEnd > end { return true }
        }
        return false
    }
}
