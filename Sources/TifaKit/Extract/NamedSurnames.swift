/// A surname the text names as such, for a person whose full name it does not give:
/// 姓 before it (一个姓王的工人, 姓欧阳的老师) or after it (一位李姓居民, 赵姓家族). The surname is
/// the person's mention. Not inside words of 姓 (百姓, 姓名, 同姓) and not before a word
/// the surname starts (姓|高|度 is no surname named).
enum NamedSurnames {
    static let priority = 4.0

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var spans: [EntitySpan] = []
        for k in 0..<s.count where s[k] == Self.surnameWord {
            // 姓 standing alone (not 百姓, 姓名, 老百姓, 同姓).
            guard text.tokenEnd[k] == Int32(k + 1), text.boundary[k] else { continue }
            // After 姓: 姓王的, 姓欧阳，.
            if let surname = lexicon.surnames.longest(s, at: k + 1) {
                let end = k + 1 + surname.length
                if text.boundary[end] || !text.isHan(at: end), !text.isHan(at: end) || s[end] == 0x7684 || lexicon.functionCharacters.contains(s[end]),  // 的
                   text.tokenEnd[k + 1] == Int32(end) {
                    spans.append(EntitySpan(start: k + 1, end: end, kind: .person, priority: priority, cued: true))
                }
            }
            // Before 姓: 一位李姓居民, 史姓家族 (one-character surnames; a compound one rarely so).
            if k >= 1, text.tokenEnd[k - 1] == Int32(k), lexicon.surnames.value(s, k - 1, k) != nil,
               !text.isHan(at: k - 2) || text.boundary[k - 1] && (lexicon.functionCharacters.contains(s[k - 2]) || Self.measures.contains(s[k - 2])
                                                              || text.tokenEnd[k - 2] < 0) {
                spans.append(EntitySpan(start: k - 1, end: k, kind: .person, priority: priority, cued: true))
            }
        }
        return spans
    }

    static let surnameWord: UInt32 = 0x59D3  // 姓
    /// Measures that count people before a named surname (一位|李姓, 两户|王姓).
    static let measures = EntityLexicon.scalarSet("位个名户家")
}
