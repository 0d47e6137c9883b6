/// Party congresses and plenums, found by their fixed shapes wherever they stand:
/// 十九大 / 党的十九大, 十八届六中全会, 六中全会, 第七次党代会, 十二届全国人大五次会议.
public enum MeetingPattern {
    /// A meeting found at some offset: its extent and the form it is counted under.
    public struct Match: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var normalized: String
    }

    /// All meetings in `scalars`, left to right, not overlapping.
    public static func matches(in scalars: [Unicode.Scalar]) -> [Match] {
        var result: [Match] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // Every meeting starts with a numeral or 第: skip the rest cheaply.
            if scalar != "第" && !ChineseNumerals.isDigit(scalar) {
                index += 1
                continue
            }
            if let match = match(at: index, in: scalars) {
                result.append(match)
                index = match.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// The meeting that starts exactly at `start`, if any.
    public static func match(at start: Int, in s: [Unicode.Scalar]) -> Match? {
        // A meeting never starts in the middle of a number (二十九大 is not 十九大).
        if start > 0, ChineseNumerals.isDigit(s[start - 1]) || (s[start - 1] == "第" && s[start] != "第") {
            return nil
        }
        if s[start] == "第" { return congressSession(at: start, in: s) }
        guard ChineseNumerals.isDigit(s[start]) else { return nil }
        let run = numeralRun(at: start, in: s)
        guard run > start else { return nil }
        // 十八届六中全会 / 十八届中央委员会第六次全体会议 / 十二届全国人大五次会议
        if run < s.count, s[run] == "届" {
            if let plenum = plenum(at: run + 1, in: s) {
                return Match(start: start, end: plenum, normalized: text(s, start, plenum))
            }
            if let session = peopleCongress(at: run + 1, in: s) {
                return Match(start: start, end: session, normalized: text(s, start, session))
            }
            return nil
        }
        // 六中全会
        if let plenum = plenum(at: start, in: s) {
            return Match(start: start, end: plenum, normalized: text(s, start, plenum))
        }
        // 十九大, 二十大: an ordinal of two or more numerals that starts with 十 or 二十.
        if run < s.count, s[run] == "大", run - start >= 2 {
            let ordinal = s[start] == "十" || (s[start] == "二" || s[start] == "三") && s[start + 1] == "十"
            let plain = !s[start..<run].contains { "百千万零〇".unicodeScalars.contains($0) }
            if ordinal && plain {
                return Match(start: start, end: run + 1, normalized: text(s, start, run + 1))
            }
        }
        return nil
    }

    /// `N中全会` starting at `start`; returns the end offset.
    static func plenum(at start: Int, in s: [Unicode.Scalar]) -> Int? {
        let run = numeralRun(at: start, in: s)
        guard run > start else { return nil }
        if has(s, at: run, "中全会") { return run + 3 }
        return nil
    }

    /// `全国人大N次会议` / `全国政协N次会议` / `省人大N次会议` after `N届`.
    static func peopleCongress(at start: Int, in s: [Unicode.Scalar]) -> Int? {
        var index = start
        for prefix in ["全国", "省", "市", "县"] where has(s, at: index, prefix) {
            index += prefix.unicodeScalars.count
            break
        }
        guard has(s, at: index, "人大") || has(s, at: index, "政协") else { return nil }
        index += 2
        let run = numeralRun(at: index, in: s)
        guard run > index, has(s, at: run, "次会议") else { return nil }
        return run + 3
    }

    /// `第N次党代会`, `第N次党员代表大会`, `第N次全国代表大会`.
    static func congressSession(at start: Int, in s: [Unicode.Scalar]) -> Match? {
        let run = numeralRun(at: start + 1, in: s)
        guard run > start + 1, run < s.count, s[run] == "次" else { return nil }
        var index = run + 1
        if has(s, at: index, "全国") { index += 2 }
        for (surface, normal) in [("党代会", "党代会"), ("党员代表大会", "党代会"), ("代表大会", "代表大会")]
        where has(s, at: index, surface) {
            let end = index + surface.unicodeScalars.count
            let normalized = text(s, start, run + 1) + (has(s, at: run + 1, "全国") ? "全国" : "") + normal
            return Match(start: start, end: end, normalized: normalized)
        }
        return nil
    }

    static func numeralRun(at start: Int, in s: [Unicode.Scalar]) -> Int {
        var index = start
        while index < s.count, ChineseNumerals.isDigit(s[index]), s[index] != "两" { index += 1 }
        return index
    }

    static func has(_ s: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < s.count, s[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    static func text(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        String(scalars: s[start..<end])
    }
}
