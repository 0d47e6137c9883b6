/// Three-character names ICU left as three lone characters (和|余|卓|成, 课|姚|祥|明,
/// 冠军|谈|舒|萍) where the general surname model gave up too early: a lone character
/// before the surname is most often the tail of a word the surname continues (铺|张|浪费),
/// but not when it is a function word (和, 与, 同) or when the three characters after it
/// pass every check of `PersonExtractor.isLoneCharacterName` with real name characters;
/// headlines and bylines run together in newspaper text (…纪实|赖林嵩|周美林) put names there.
/// A rarer surname (谈, 左, 宫) in the same shape needs a strongly naming given character.
enum LoneCharacterNameStarts {
    /// Whether a name may start at `start` although a lone character stands right before it.
    static func followsLoneCharacter(start: Int, givenLength: Int, rare: Bool, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard start > 0 else { return true }
        if lexicon.functionCharacters.contains(s[start - 1]) { return true }
        let givenStart = start + 1, end = start + 3
        return !rare && givenLength == 2 && PersonExtractor.isLoneCharacterName(start: start, text: text)
            && (givenStart..<end).allSatisfy { s[$0] < 0x10000 && lexicon.givenWeights[Int(s[$0])] >= 5 }
    }

    /// Whether a rarer one-character surname and two lone given characters at `start` stand
    /// as a name: three lone characters no word spans, a strongly naming character among
    /// the given two, not two alike (方|柱|柱), the surname no preposition taking a person
    /// (向|梁|惠|珍), and no lone name character after them that would make the second
    /// character a frequent surname's start (总设计|师|龙|乐|豪).
    static func rareSurnameName(start: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let givenStart = start + 1, end = start + 3
        guard end <= s.count, PersonExtractor.isLoneCharacterName(start: start, text: text),
              (givenStart..<end).contains(where: { s[$0] < 0x10000 && lexicon.givenWeights[Int(s[$0])] >= 15 }),
              !UncuedShortNames.personTakers.contains(s[start]), s[givenStart] != s[givenStart + 1] else { return false }
        if text.isHan(at: end), text.tokenEnd[end] == Int32(end + 1), s[end] < 0x10000, lexicon.givenWeights[Int(s[end])] >= 5 { return false }
        return true
    }
}
