/// The person of an appointment notice (任免): "王甲甲同志任…", "王甲甲同志兼任…",
/// "王甲甲同志提名为…", "免去王甲甲同志的…职务". The frame — a clause's start (or 免去, or
/// the 职务 that closed the notice before) and 同志 with the notice's verb after it — says
/// "a name" so strongly that the name may hold characters that rarely end a name
/// elsewhere (前, 书, 长: 何某前, 詹某书), which the surname model refuses without it.
enum AppointmentNames {
    static let comrade: [UInt32] = [0x540C, 0x5FD7]   // 同志
    static let remove: [UInt32] = [0x514D, 0x53BB]    // 免去
    static let duty: [UInt32] = [0x804C, 0x52A1]      // 职务
    /// What follows 同志 in a notice: 任, 兼任, 提名, 不再担任; 的 only after 免去.
    static let verbs = PhraseTrie(["任 兼任 提名 不再担任 试用期"])
    static let priority = 4.7

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 2
        while i + 2 < s.count {
            defer { i += 1 }
            guard s[i] == comrade[0], s[i + 1] == comrade[1] else { continue }
            let after = i + 2
            let verb = verbs.longest(s, at: after) != nil
            let of = s[after] == 0x7684  // 的
            guard verb || of else { continue }
            for length in [3, 2, 4] where i - length >= 0 {
                let a = i - length
                let removed = a >= 2 && s[a - 2] == remove[0] && s[a - 1] == remove[1]
                guard (removed && (of || verb)) || (verb && opensNotice(at: a, in: s)),
                      AppointmentExtractor.looksLikeName(text.string(a, i)) else { continue }
                result.append(EntitySpan(start: a, end: i, kind: .person, priority: priority, cued: true))
                break
            }
        }
        return result
    }

    /// Whether a notice's name may start at `a`: the text's start, after punctuation or a
    /// list's 、, or right after the 职务 that closed the notice before (notices run together).
    static func opensNotice(at a: Int, in s: [UInt32]) -> Bool {
        if a == 0 || !AnalyzedText.isHan(s[a - 1]) { return true }
        return a >= 2 && s[a - 2] == duty[0] && s[a - 1] == duty[1]
    }
}
