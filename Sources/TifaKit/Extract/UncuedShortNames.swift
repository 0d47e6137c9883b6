/// Two-character Chinese names no post or speech verb vouches for (刘明的, 马烽、, （李翔）):
/// a frequent surname and one given character that ICU's word break left as two lone
/// characters. Weighed, not looked up: the surname's frequency class, how strongly the
/// character names (`GivenNameWeights`: 翔 strongly, 明 weakly, 说 not at all) and the
/// text around the pair (punctuation, 、, a preposition before; 的, 等, a cue after). Pairs
/// the general vocabulary knows as a word (张力, 高度, 王国), or whose given character
/// starts a word with the next one (王|平等), are never names here.
enum UncuedShortNames {
    /// Score a pair needs (chosen on development text, never on the sample issue).
    static let threshold = 2.2
    /// Below a name the document confirms elsewhere (刘福印 over 刘福): the weakest reading.
    static let priority = 3.25

    /// Prepositions and verbs that take a person as their object (向李翔学习, 由马烽主持).
    /// Dashes and middle dots that join the parts of a foreign name (罗德—拉森).
    static let joiners = ScalarSet(PersonExtractor.middleDots.union([0x2014, 0x2013, 0x2015, 0xFF0D, 0x002D]))

    static let personTakers = EntityLexicon.scalarSet("和与同对向给由被让请跟及叫找问帮派陪")

    static func candidate(at start: Int, text: AnalyzedText) -> EntitySpan? {
        guard let scored = score(at: start, text: text), scored >= threshold else { return nil }
        return EntitySpan(start: start, end: start + 2, kind: .person, priority: priority, cued: false)
    }

    /// The evidence for `start..<start+2` being a surname and a given character, or nil
    /// when the shape rules it out.
    static func score(at start: Int, text: AnalyzedText) -> Double? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let given = start + 1, end = start + 2
        guard end <= s.count, text.isHan(at: given), s[given] < 0x10000,
              lexicon.surnames.value(s, start, start + 1) == EntityLexicon.SurnameClass.common.rawValue,
              text.tokenEnd[start] == Int32(given) && text.tokenEnd[given] == Int32(end)
                || text.tokenEnd[start] == Int32(end) else { return nil }
        let weight = Double(lexicon.givenWeights[Int(s[given])]) / 10
        guard weight > -1, !lexicon.numerals.contains(s[given]), !lexicon.nonNameFinals.contains(s[given]),
              !lexicon.givenNeverLast.contains(s[given]) else { return nil }
        // Words of the general vocabulary: the pair itself (张力), the given character with
        // the next (王|平等), the surname with the character before (和|田).
        if PersonExtractor.isGeneralWord(start, end, in: text) || PersonExtractor.isGeneralWord(given, end + 1, in: text)
            || PersonExtractor.isGeneralWord(start - 1, start + 1, in: text) { return nil }
        // A longer word or an idiom over it (金碧辉煌, 何乐而不为), from the character before,
        // the surname or the given character.
        let trie = Lexicon.builtin.trie
        if trie.longestWordLength(scalars: s, at: start) > 2 || trie.longestWordLength(scalars: s, at: given) > 1
            || trie.longestWordLength(scalars: s, at: start - 1) > 1 { return nil }
        // After a number (５００|余册), beside a dash or a middle dot (罗德—拉森): not a name of this shape.
        if start > 0, PersonExtractor.isNumberLike(s[start - 1]) || Self.joiners.contains(s[start - 1]) { return nil }
        if end < s.count, Self.joiners.contains(s[end]) { return nil }
        if lexicon.places.value(s, start, end) != nil || lexicon.notNames.longest(s, at: start) != nil
            || lexicon.addressTitles.longest(s, at: given) != nil || PersonExtractor.isQuoted(start, end, in: s) { return nil }
        var score = (lexicon.topSurnames.contains(s[start]) ? 1.0 : 0.6) + weight
        // ICU's dictionary knows the pair as a word it holds (施琅, 王政): a known name or
        // a word the general vocabulary lacks; weaker.
        if text.tokenEnd[start] == Int32(end) { score -= 0.5 }
        // Before: the start of a line, punctuation, 、, a preposition standing alone.
        if !text.isHan(at: start - 1) {
            score += start > 0 && s[start - 1] == 0x3001 ? 0.8 : 0.5
        } else if personTakers.contains(s[start - 1]) && text.tokenEnd[start - 1] == Int32(start) {
            score += 0.3
        } else if text.tokenEnd[start - 1] == Int32(start) && !lexicon.functionCharacters.contains(s[start - 1]) {
            // A lone character before (铺|张): the surname is most often its word's tail.
            return nil
        }
        // After: punctuation, 、, a speech verb or 同志, 的, 等.
        if !text.isHan(at: end) {
            score += end < s.count && s[end] == 0x3001 ? 0.8 : 0.5
        } else if let cue = lexicon.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) {
            score += 1.2
        } else if s[end] == 0x7684 || s[end] == 0x7B49 {  // 的 等
            score += 0.3
        } else if text.tokenEnd[end] == Int32(end + 1) && !lexicon.functionCharacters.contains(s[end]) {
            // A lone character after that may name (刘|福|印) makes it a three-character
            // name's head; a lone verb or measure (张|平|骑) leaves it weaker.
            if s[end] >= 0x10000 || lexicon.givenWeights[Int(s[end])] >= 0 { return nil }
            score -= 0.4
        }
        return score
    }
}
