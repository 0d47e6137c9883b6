/// A name that heads a counted group of people: "王甲甲等 6 位同志", "王甲甲等五人",
/// "王甲甲等３名代表". 等 + a number + 位/名/人 says the name before it is one of them,
/// whatever ICU made of the characters (刊发|余某|华 or 发余 glued).
enum GroupCues {
    static let etc: UInt32 = 0x7B49                                // 等
    static let counters = EntityLexicon.scalarSet("位名人")
    static let chineseNumbers = EntityLexicon.scalarSet("一二三四五六七八九十两百几数")
    static let priority = 4.6

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let s = text.scalars
        let lexicon = EntityLexicon.shared
        var result: [EntitySpan] = []
        for i in s.indices where s[i] == etc && i >= 2 && counted(after: i + 1, in: s) {
            for length in [3, 2, 4] where i - length >= 0 {
                let a = i - length
                guard AppointmentExtractor.looksLikeName(text.string(a, i)),
                      !SpacedNames.isFrequentWord(Array(s[a..<i])),
                      let surname = lexicon.surnames.longest(s, at: a, limit: i) else { continue }
                // A three-character name on a frequent surname needs no word boundary before
                // it; shorter ones (which may be a longer name's tail) do.
                let frequent = surname.value != EntityLexicon.SurnameClass.other.rawValue
                guard (length >= 3 && frequent) || text.boundary[a] || !text.isHan(at: a - 1) else { continue }
                result.append(EntitySpan(start: a, end: i, kind: .person, priority: priority, cued: true))
                break
            }
        }
        return result
    }

    /// Whether a count of people starts at `k`: spaces, digits or Chinese numerals, spaces,
    /// then 位, 名 or 人.
    static func counted(after k: Int, in s: [UInt32]) -> Bool {
        var j = k
        while j < s.count && SpacedNames.isSpace(s[j]) { j += 1 }
        let digits = j
        while j < s.count && ((0x30...0x39).contains(s[j]) || (0xFF10...0xFF19).contains(s[j]) || chineseNumbers.contains(s[j])) { j += 1 }
        guard j > digits else { return false }
        while j < s.count && SpacedNames.isSpace(s[j]) { j += 1 }
        return j < s.count && counters.contains(s[j])
    }
}
