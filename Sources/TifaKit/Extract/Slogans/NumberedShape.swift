/// The shapes of numbered formulations, judged from the characters alone. A phrase that
/// alternates numerals and single characters (三会一课, 两学一做, 一岗双责, 三送二听一沟通)
/// is a formulation wherever it stands; one that merely starts with a numeral (四个意识,
/// 两新) is one only when the text marks it (quotes) or it is known.
public enum NumberedShape {
    /// Whether `s` (a whole phrase) reads as a numbered formulation rather than a count,
    /// an ordinal or a common word.
    public static func isNumberedPhrase(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 2, s.count <= 12, let first = s.first, ChineseNumerals.isNumeral(first) else { return false }
        guard s.allSatisfy(isHan) else { return false }
        if startsWithNonCountingWord(s) { return false }
        let run = numeralRunEnd(s, from: 0)
        if run == s.count {
            // All numerals: 五四三, 一二三四 are formulations; 十九, 三百五十 are numbers.
            return s.count >= 3 && !s.contains { "百千万亿零〇".unicodeScalars.contains($0) }
        }
        // A numeral and a measure word and nothing else is a quantity: 两名, 一批, 三个;
        // so is 一 with a measure word before anything (一个乡镇, 一次性), and a fraction.
        let rest = String(scalars: s[run...])
        if ChineseNumerals.measureWords.contains(rest) { return false }
        if ChineseNumerals.functionCharacters.contains(s[run]) { return false }
        if run == 1, s[0] == "一", startsWithMeasureWord(s[1...]) { return false }
        if containsFraction(s[run...]) { return false }
        // A multi-digit number followed by anything (三百名, 二十多个) is a quantity too.
        if run >= 2, s[0..<run].contains(where: { "十百千万".unicodeScalars.contains($0) }), !isAlternating(s) {
            return false
        }
        return true
    }

    /// A numeral that counts something (两年, 一次性奖励, 三分之一): a quantity, neither a
    /// numbered formulation nor a catchword.
    public static func isQuantity(_ s: [Unicode.Scalar]) -> Bool {
        guard let first = s.first, ChineseNumerals.isNumeral(first), !startsWithNonCountingWord(s) else { return false }
        let run = numeralRunEnd(s, from: 0)
        guard run < s.count else { return false }
        let rest = String(scalars: s[run...])
        if ChineseNumerals.measureWords.contains(rest) || containsFraction(s[run...]) { return true }
        if ChineseNumerals.functionCharacters.contains(s[run]) { return true }
        return run == 1 && s[0] == "一" && startsWithMeasureWord(s[1...])
    }

    /// 三会一课, 两学一做, 一岗双责, 三送二听一沟通, 多规合一: at least two groups of a single
    /// numeral followed by one or two other characters (the last may be a lone 一 after 合/归).
    public static func isAlternating(_ s: [Unicode.Scalar]) -> Bool {
        isAlternating(s[...])
    }

    /// The same over a slice (windows of a paragraph are tested without copying them).
    static func isAlternating(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard s.count >= 4, s.allSatisfy(isHan) else { return false }
        if containsFraction(s) { return false }
        var index = s.startIndex
        var groups = 0
        while index < s.endIndex {
            guard ChineseNumerals.isNumeral(s[index]) else { return false }
            index += 1
            if index == s.endIndex {
                // 多规合一, 三日合一: a final 一 after 合 or 归 closes the phrase.
                return groups >= 1 && s[index - 1] == "一" && (s[index - 2] == "合" || s[index - 2] == "归")
            }
            let groupStart = index
            // 一是, 二要: list markers; 一方百姓: a common word (百姓) that starts with a numeral.
            if ChineseNumerals.functionCharacters.contains(s[index]) { return false }
            if startsWithNonCountingWord(s[(index - 1)...]) { return false }
            while index < s.endIndex, !ChineseNumerals.isNumeral(s[index]), index - groupStart < 2 { index += 1 }
            if index == groupStart { return false }
            if counters.contains(s[groupStart]) { return false }
            groups += 1
            // Within a group of two, the second may not be a numeral; a third non-numeral
            // means the phrase has run on into ordinary text.
            if index < s.endIndex, !ChineseNumerals.isNumeral(s[index]) { return false }
        }
        return groups >= 2
    }

    /// Pure counters: 一个一个, 三番五次, 一次两次 count, they do not abbreviate.
    static let counters: Set<Unicode.Scalar> = ["个", "次", "些", "番", "遍", "倍", "名", "位", "年", "天"]

    static func startsWithMeasureWord(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        if PlainScalars.allPlain(s.prefix(2)) {
            return measureWordScalars.contains { s.prefix(2).starts(with: $0) }
        }
        let text = String(scalars: s.prefix(2))
        return ChineseNumerals.measureWords.contains { text.hasPrefix($0) }
    }

    static func numeralRunEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < s.count, ChineseNumerals.isNumeral(s[index]) { index += 1 }
        return index
    }

    static func startsWithNonCountingWord<C: Collection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
        guard let first = s.first, ChineseNumerals.isNumeral(first), let words = nonCountingByFirst[first] else { return false }
        return words.contains { s.starts(with: $0) }
    }

    /// Whether 分之 (a fraction: 三分之一) occurs in `s`.
    static func containsFraction(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        if PlainScalars.allPlain(s) { return PlainScalars.contains(s, fraction) }
        return String(scalars: s).contains("分之")
    }

    static let fraction: [Unicode.Scalar] = ["分", "之"]
    static let measureWordScalars = PlainScalars.words(ChineseNumerals.measureWords.sorted())

    /// `ChineseNumerals.nonCountingWords` as scalars, made once (this runs per window).
    static let nonCountingScalars: [[Unicode.Scalar]] = ChineseNumerals.nonCountingWords.map { Array($0.unicodeScalars) }

    /// The same grouped by first scalar: a window is compared with the few words that
    /// start like it, not with all of them.
    static let nonCountingByFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: nonCountingScalars.filter { !$0.isEmpty },
                                                                                      by: { $0[0] })

    /// Han ideographs (the URO, Extension A and the supplementary planes).
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
        default: return false
        }
    }
}
