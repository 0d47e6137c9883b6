/// Finds figures: a number with its unit and a normalized value. 1100亿元 -> 1.1e11 CNY
/// (money), 20% -> 0.2 (percent), 16163名 -> 16163 persons (count), 72天 -> 72 days
/// (measure). The subject is the phrase right before the figure (城乡居民人均可支配收入),
/// cut at punctuation and at verbs such as 达到/为/增长.
public struct FigureExtractor: MentionExtractor {
    public init() {}

    public struct Figure: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var text: String
        /// money, percent, count, measure.
        public var kind: String
        public var value: Double
        public var unit: String
        public var subject: String
    }

    public func extract(_ text: String) -> [Mention] {
        figures(in: text).map {
            Mention(kind: .figure, category: $0.kind, start: $0.start, end: $0.end, text: $0.text,
                    normalized: "\(Self.format($0.value)) \($0.unit)")
        }
    }

    /// Values print as integers when whole, otherwise in the shortest exact form.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Units: text -> (kind, normalized unit, divisor).
    static let units: [(String, String, String, Double)] = [
        ("美元", "money", "USD", 1), ("欧元", "money", "EUR", 1), ("日元", "money", "JPY", 1), ("港元", "money", "HKD", 1),
        ("元", "money", "CNY", 1), ("块", "money", "CNY", 1),
        ("%", "percent", "ratio", 100), ("％", "percent", "ratio", 100),
        ("名", "count", "persons", 1), ("人次", "count", "person-times", 1), ("人", "count", "persons", 1),
        ("位", "count", "persons", 1), ("户", "count", "households", 1), ("个", "count", "items", 1),
        ("家", "count", "organizations", 1), ("项", "count", "items", 1), ("次", "count", "times", 1),
        ("件", "count", "items", 1), ("所", "count", "institutions", 1), ("座", "count", "items", 1),
        ("条", "count", "items", 1), ("篇", "count", "items", 1), ("场", "count", "events", 1),
        ("期", "count", "sessions", 1), ("批", "count", "batches", 1),
        ("天", "measure", "days", 1), ("年", "measure", "years", 1), ("小时", "measure", "hours", 1),
        ("公里", "measure", "km", 1), ("千米", "measure", "km", 1), ("米", "measure", "m", 1),
        ("平方米", "measure", "m2", 1), ("平方公里", "measure", "km2", 1), ("亩", "measure", "mu", 1),
        ("公顷", "measure", "ha", 1), ("吨", "measure", "t", 1), ("公斤", "measure", "kg", 1),
        ("千克", "measure", "kg", 1), ("斤", "measure", "jin", 1), ("千瓦", "measure", "kW", 1),
        ("倍", "measure", "times", 1),
    ]
    static let subjectStops = ScalarSet(Set("，。；：、！？“”（）《》,.;:!? \n".unicodeScalars.map(\.value)))
    /// Verbs and hedges between a subject and its figure, dropped from the subject's end.
    static let linkingWords = ["了", "比上年增长", "同比增长", "增长", "下降", "提高", "减少", "超过", "突破", "达到", "累计",
                               "总计", "共计", "实现", "完成", "新增", "约为", "为", "是", "达", "约", "近", "共", "有", "占"]

    /// Each unit's scalars and its entry in `units`, made once.
    static let unitScalars: [[UInt32]] = units.map { $0.0.unicodeScalars.map(\.value) }

    public func figures(in text: String) -> [Figure] {
        let s = text.unicodeScalars.map(\.value)
        return figures(in: s, dates: DateNormalizer().extract(scalars: s))
    }

    /// Figures in text given as its Unicode scalar values, outside `dates` (the text's dates,
    /// in order, as `DateNormalizer` finds them).
    func figures(in s: [UInt32], dates: [Mention]) -> [Figure] {
        var result: [Figure] = []
        var nextDate = 0
        var i = 0
        while i < s.count {
            guard Self.isArabic(s[i]) else { i += 1; continue }
            // Dates are in order and `i` only grows: skip the dates that end before it.
            while nextDate < dates.count && dates[nextDate].end <= i { nextDate += 1 }
            let inDate = nextDate < dates.count && dates[nextDate].start <= i
            guard !inDate,
                  i == 0 || !Self.isArabic(s[i - 1]) && s[i - 1] != 0x2E && s[i - 1] != 0xFF0E && !Self.isLatinLetter(s[i - 1]) else { i += 1; continue }
            var j = i
            var digits = ""
            while j < s.count {
                if Self.isArabic(s[j]) { digits.append(Character(Unicode.Scalar(UInt8(DateNormalizer.digit(s[j])! + 48)))); j += 1 }
                else if (s[j] == 0x2E || s[j] == 0xFF0E), j + 1 < s.count, Self.isArabic(s[j + 1]) { digits.append("."); j += 1 }
                else if s[j] == 0x2C || s[j] == 0xFF0C, j + 3 < s.count, Self.isArabic(s[j + 1]), Self.isArabic(s[j + 3]) { j += 1 }
                else { break }
            }
            guard var value = Double(digits) else { i = j; continue }
            while j < s.count, let m = Self.magnitude(s[j]) { value *= m; j += 1 }
            // The longest unit here; the first listed among equally long ones.
            var matched = -1
            for (index, u) in Self.unitScalars.enumerated()
            where j + u.count <= s.count && (matched < 0 || u.count > Self.unitScalars[matched].count) {
                var k = 0
                while k < u.count && s[j + k] == u[k] { k += 1 }
                if k == u.count { matched = index }
            }
            guard matched >= 0 else { i = j; continue }
            let unit = Self.units[matched]
            let end = j + Self.unitScalars[matched].count
            result.append(Figure(start: i, end: end, text: DateNormalizer.string(s, i, end), kind: unit.1,
                                 value: value / unit.3, unit: unit.2, subject: subject(before: i, in: s)))
            i = end
        }
        return result
    }

    /// The multiplier of 万 亿 千 百 (a switch, not a dictionary: it runs after every number).
    static func magnitude(_ v: UInt32) -> Double? {
        switch v {
        case 0x4E07: return 1e4
        case 0x4EBF: return 1e8
        case 0x5343: return 1e3
        case 0x767E: return 1e2
        default: return nil
        }
    }

    /// A number glued to Latin letters is part of a code or name (PM2.5, G20), not a figure.
    static func isLatinLetter(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }

    static func isArabic(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) }

    /// Up to 16 ideographs before the figure, back to punctuation or a digit, without the verb
    /// that links it to the figure (收入达到36188元 -> 收入).
    func subject(before start: Int, in s: [UInt32]) -> String {
        var k = start
        while k > 0 && start - k < 16 && !Self.subjectStops.contains(s[k - 1]) && AnalyzedText.isHan(s[k - 1]) { k -= 1 }
        // Ideographs only, each its own Character: suffixes compare as scalars.
        var end = start
        var trimmed = true
        while trimmed {
            trimmed = false
            for word in Self.linkingScalars where end - k >= word.count && s[(end - word.count)..<end].elementsEqual(word) {
                end -= word.count
                trimmed = true
                break
            }
        }
        return DateNormalizer.string(s, k, end)
    }

    static let linkingScalars: [[UInt32]] = linkingWords.map { $0.unicodeScalars.map(\.value) }
}
