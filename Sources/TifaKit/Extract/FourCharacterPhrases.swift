/// Four lone characters between clause punctuation (、雷厉风行、, 的龙腾虎跃。): a
/// four-character phrase that neither ICU's dictionary nor the general vocabulary knows,
/// not an uncued three-character name and a one-character word after it. Only uncued
/// readings are dropped: a cue (雷厉风说) or a confirmation elsewhere in the document
/// still makes the name.
enum FourCharacterPhrases {
    static func holds(_ span: EntitySpan, in text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let start = span.start, end = span.end
        guard span.kind == .person, !span.cued, span.length == 3, end < s.count, text.isHan(at: end),
              (start...end).allSatisfy({ text.tokenEnd[$0] == Int32($0 + 1) }),
              !lexicon.functionCharacters.contains(s[end]), !localizers.contains(s[end]) else { return false }
        // Clause punctuation after the run (not a colon: 王某问：), clause punctuation or 的
        // before it: a name and a one-character verb (赵某带着, （徐某作）) go on differently,
        // and a localizer after a name (击败王某后，) is no phrase's last character.
        func clausePunctuation(_ k: Int) -> Bool { k >= 0 && k < s.count && clauseMarks.contains(s[k]) }
        return clausePunctuation(end + 1) && (clausePunctuation(start - 1) || start > 0 && s[start - 1] == 0x7684 && text.tokenEnd[start - 1] == Int32(start))
    }

    static let clauseMarks = EntityLexicon.scalarSet("、，。；！？,;!?")
    static let localizers = EntityLexicon.scalarSet("后前时中里上下内外间")
}
