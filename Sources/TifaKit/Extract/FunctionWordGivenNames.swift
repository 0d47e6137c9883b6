/// Three-character names whose middle character is most often a function word (刘我成,
/// 邓在军, 李为昌, 黄再军): parents do choose 在, 为, 我, 再 ... for a given name, but the
/// surname model rejects a function word inside one and ICU leaves such a name as three
/// lone characters. Only with a cue: a title or credit before and a clean end (县委副书记刘我成。,
/// 导演邓在军担任), or a speech verb or 同志 after (李为昌说). The name is then confirmed
/// and found in the rest of the document without its cue.
enum FunctionWordGivenNames {
    /// Function words that are also chosen as the first character of a given name
    /// (general knowledge of naming practice).
    static let nameBearing = ScalarSet(EntityLexicon.scalarSet("在为我再又也自从而更于以"))

    static func candidate(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let middle = start + 1, last = start + 2, end = start + 3
        guard end <= s.count, nameBearing.contains(s[middle]), text.isHan(at: last),
              lexicon.surnames.value(s, start, middle) == EntityLexicon.SurnameClass.common.rawValue,
              // Three lone characters: a word ICU knows (为民, 在场, 再次) is that word.
              text.tokenEnd[start] == Int32(middle), text.tokenEnd[middle] == Int32(last), text.tokenEnd[last] == Int32(end),
              lexicon.givenFrequent.contains(s[last]), !lexicon.givenNever.contains(s[last]),
              !lexicon.functionCharacters.contains(s[last]), !lexicon.numerals.contains(s[last]),
              !lexicon.givenNeverLast.contains(s[last]), !lexicon.nonNameFinals.contains(s[last]),
              // The middle character with the next (在|田里 is no name; 自|力 更生 neither).
              !PersonExtractor.isGeneralWord(middle, end, in: text), !PersonExtractor.isGeneralWord(last, end + 1, in: text)
        else { return nil }
        let title = lexicon.titlesBefore.longest(s, at: start)
        var cued = false
        var role = title.map { text.string(start - $0.length, start) }
        if let cue = lexicon.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) {
            cued = true
        } else if let post = lexicon.titlesAfter.longest(s, at: end), text.boundary[end + post.length] || !text.isHan(at: end + post.length) {
            cued = true
            if role == nil { role = text.string(end, end + post.length) }
        } else if title != nil {
            // A clean end: punctuation, a function word, or a word of two or more characters.
            cued = !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end]) || text.tokenEnd[end] >= Int32(end + 2)
        }
        guard cued else { return nil }
        return EntitySpan(start: start, end: end, kind: .person, priority: 4.5, cued: true, role: role)
    }
}
