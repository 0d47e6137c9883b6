/// Finds dates written with 年/月/日 in Arabic or full-width digits or Chinese numerals
/// and normalizes them to ISO 8601, keeping partial dates partial: 2017年2月14日 ->
/// 2017-02-14, 2017年2月 -> 2017-02, 一九九八年 -> 1998. A bare month-day (2月14日)
/// has no year and normalizes to --02-14.
public struct DateNormalizer: MentionExtractor {
    public init() {}

    public func extract(_ text: String) -> [Mention] {
        extract(scalars: text.unicodeScalars.map(\.value))
    }

    /// Dates in text given as its Unicode scalar values (offsets in them), in order and
    /// not overlapping.
    public func extract(scalars s: [UInt32]) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < s.count {
            // Every date starts with a digit or 十.
            guard Self.digit(s[i]) != nil || s[i] == 0x5341, let found = date(in: s, at: i) else { i += 1; continue }
            result.append(Mention(kind: .date, category: "date", start: i, end: found.end,
                                  text: Self.string(s, i, found.end), normalized: found.iso))
            i = found.end
        }
        return result
    }

    /// The text of `s[a..<b]` (scalar values of a String, so all valid).
    static func string(_ s: [UInt32], _ a: Int, _ b: Int) -> String {
        String(scalars: s[a..<b].lazy.map { Unicode.Scalar($0) ?? "\u{FFFD}" })
    }

    /// The value of a digit: ASCII, full-width, or a Chinese numeral (〇一二...九 and 零).
    static func digit(_ v: UInt32) -> Int? {
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0xFF10...0xFF19: return Int(v - 0xFF10)
        // A switch, not a dictionary: this runs for every character of an issue.
        case 0x3007, 0x96F6: return 0
        case 0x4E00: return 1
        case 0x4E8C: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        default: return nil
        }
    }

    /// A number at `i`: digits, or Chinese 十-compounds (十二, 二十三) for months and days.
    static func number(_ s: [UInt32], _ i: Int) -> (value: Int, end: Int, digits: Int)? {
        var j = i
        var value = 0
        while j < s.count, let d = digit(s[j]), j - i < 4 {
            value = value * 10 + d
            j += 1
        }
        if j > i, j < s.count, s[j] == 0x5341 {  // 二十, 二十三
            guard j - i == 1 else { return nil }
            var v = value * 10
            j += 1
            if j < s.count, let d = digit(s[j]) { v += d; j += 1 }
            return (v, j, 2)
        }
        if j == i, i < s.count, s[i] == 0x5341 {  // 十, 十二
            j = i + 1
            var v = 10
            if j < s.count, let d = digit(s[j]), d > 0 { v += d; j += 1 }
            return (v, j, 2)
        }
        return j > i ? (value, j, j - i) : nil
    }

    func date(in s: [UInt32], at i: Int) -> (end: Int, iso: String)? {
        if i > 0, Self.digit(s[i - 1]) != nil { return nil }
        guard let first = Self.number(s, i) else { return nil }
        var j = first.end
        var year: Int? = nil, month: Int? = nil, day: Int? = nil
        if j < s.count, s[j] == 0x5E74, first.digits == 4 {  // 年
            year = first.value
            j += 1
            if let m = Self.number(s, j), m.end < s.count, s[m.end] == 0x6708, (1...12).contains(m.value) {  // 月
                month = m.value
                j = m.end + 1
            }
        } else if j < s.count, s[j] == 0x6708, (1...12).contains(first.value) {
            month = first.value
            j += 1
        } else {
            return nil
        }
        if month != nil, let d = Self.number(s, j), d.end < s.count, s[d.end] == 0x65E5 || s[d.end] == 0x53F7, (1...31).contains(d.value) {  // 日 号
            day = d.value
            j = d.end + 1
        }
        if year == nil && day == nil { return nil }  // a bare "3月" is too often a duration or a count
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var iso = year.map { String($0) } ?? "-"
        if let month { iso += "-" + two(month) }
        if let day { iso += "-" + two(day) }
        return (j, iso)
    }
}
