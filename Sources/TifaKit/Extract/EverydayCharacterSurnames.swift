/// Real surnames whose character is far more often an everyday word or a word's part
/// (水, 山, 秋, 红, 代, 简, 游) and compound surnames that are also words (司空, 第五):
/// `SurnameLexicon.everyday`. The general surname model would read 代表团, 简明版 or
/// 水平高 as names, so a name on them is read only here, in one shape: the surname stands
/// alone as ICU's word and starts no word of the general vocabulary (代表, 简明) nor ends
/// one (指挥家), two name characters follow, and a strong cue vouches: a title or credit
/// right before it (记者果永年, 会长贝立荣), 选举…为, a byline bracket, or a cue after it
/// when the name opens the clause (游明华当选). A surname that is also a preposition or an
/// adverb (从, 由, 才) needs one of the cues before it.
enum EverydayCharacterSurnames {
    /// Surnames read as a function word at a clause's start (从科雷先生, 由国务部长).
    static let functionLike = EntityLexicon.scalarSet("从由过有才能於后自将在和")

    static func candidate(at start: Int, text: AnalyzedText, extractor: PersonExtractor) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var found: EntitySpan? = nil
        for surname in lexicon.everydaySurnames.matchLengths(s, at: start) {
            let givenStart = start + surname.length
            let end = givenStart + 2
            guard end <= s.count, text.tokenEnd[start] == Int32(givenStart),
                  (givenStart..<end).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) && !lexicon.functionCharacters.contains(s[$0]) }),
                  !PersonExtractor.isGeneralWord(start, givenStart + 1, in: text), !PersonExtractor.isGeneralWord(start, end, in: text),
                  !PersonExtractor.isGeneralWord(start - 1, givenStart, in: text), !PersonExtractor.isGeneralWord(start - 2, givenStart, in: text),
                  let scored = extractor.score(start: start, surnameLength: surname.length,
                                               surnameClass: EntityLexicon.SurnameClass.other.rawValue, givenLength: 2, text: text),
                  scored.span.cued, scored.score >= extractor.threshold else { continue }
            let titled = lexicon.titlesBefore.longest(s, at: start) != nil
            let elected = start >= 2 && s[start - 2] == 0x9009 && s[start - 1] == 0x4E3E  // 选举
            let bracketed = start > 0 && (s[start - 1] == 0xFF08 || s[start - 1] == 0x28)
            let opensClause = !text.isHan(at: start - 1) && !(surname.length == 1 && functionLike.contains(s[start]))
            guard titled || elected || bracketed || opensClause else { continue }
            found = scored.span
        }
        return found
    }
}
