/// A foreign name read one character too long (克林顿本|月, 谢瓦尔德纳泽本|月, 桑特以|及,
/// 洛林·马泽尔用|汉语): its last character starts a word of the general vocabulary with
/// what follows (本月, 本报, 以及), or, after a middle dot, is no transliteration character
/// and starts such a word (德桑蒂斯开|着, 科雷来|了). The character goes back to that word.
/// Only transliterated names (all transliteration characters but the last, or dotted) of
/// three or more characters, and only characters that so often open the next word
/// (`openers`: 本, 以, 来, 用, 开 ...): 罗斯特|别 keeps its 特.
enum ForeignNameEnds {
    static let openers = EntityLexicon.scalarSet("本以来用开当会随访发于")

    static func trimmed(_ span: EntitySpan, in text: AnalyzedText) -> EntitySpan {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard span.kind == .person, span.length >= 3, span.end < s.count, text.isHan(at: span.end) else { return span }
        let last = span.end - 1
        let dotted = (span.start..<last).contains { PersonExtractor.middleDots.contains(s[$0]) }
        guard openers.contains(s[last]), !PersonExtractor.middleDots.contains(s[last - 1]),
              (span.start..<last).allSatisfy({ lexicon.transliteration.contains(s[$0]) || PersonExtractor.middleDots.contains(s[$0]) }),
              dotted || lexicon.transliteration.contains(s[last]),
              PersonExtractor.isGeneralWord(last, span.end + 1, in: text),
              // The whole name is no famous one (内塔尼亚胡).
              lexicon.famousPersons.longest(s, at: span.start)?.length != span.length else { return span }
        var shorter = span
        shorter.end = last
        return shorter
    }
}
