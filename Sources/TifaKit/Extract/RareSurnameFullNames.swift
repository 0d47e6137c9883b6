/// Three-character names on a rarer surname (石学海, 季正清, 高玉林) whose given name ICU
/// knows as a word (学海, 正清, 玉林). The surname model distrusts that shape, since a
/// rarer surname is often a word's first character (党|忠诚, 关|爱心); a title right before
/// with a clean end (导演石学海的, 农民季正清，) or a speech verb after (石学海说) still
/// vouches when both given characters are name characters and the given word is no
/// frequent word of the general vocabulary (忠诚 and 爱心 are; 学海 is not).
enum RareSurnameFullNames {
    /// Weight (input-method list) from which a given word counts as an everyday word.
    static let everydayWeight: Float = 200

    static func vouched(start: Int, givenStart: Int, end: Int, titled: Bool, verbAfter: Bool, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard givenStart == start + 1, end == givenStart + 2, titled || verbAfter,
              (givenStart..<end).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) && !lexicon.functionCharacters.contains(s[$0]) }),
              !lexicon.nonNameFinals.contains(s[end - 1]), !lexicon.givenNeverLast.contains(s[end - 1]),
              !PersonExtractor.isFrequentGeneralWord(givenStart, end, in: text, minimumWeight: everydayWeight),
              !PersonExtractor.isGeneralWord(start, givenStart + 1, in: text) else { return false }
        // A clean end: a cue, punctuation or a function word (导演石学海的名字).
        return verbAfter || !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end])
    }
}
