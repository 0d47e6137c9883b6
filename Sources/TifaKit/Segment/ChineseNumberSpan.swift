/// Numbers and dates written in Chinese numerals, offered to the best path as one word:
/// 三十五, 一九九七年, 十二月, 三十一日, 二〇〇〇年, 百分之五十, 三分之一. A word-frequency list
/// cannot hold every number, so without this the path cuts them into whatever pieces it
/// knows (一九九/七年, 三十/一日). The span is only a candidate: the path still compares it
/// with the lexicon's words, so 一定, 统一 or 十分 stay what they are.
enum ChineseNumberSpan {
    /// 零 〇 ○ 一 二 三 四 五 六 七 八 九 十 百 千 万 亿 两 (几 only after one of them: 十几).
    @inline(__always)
    static func isNumeral(_ unit: UInt16) -> Bool {
        CodeUnitClass.isChineseNumeral(unit) && unit != 0x51E0 || CodeUnitClass.isMagnitude(unit)
    }

    /// 年 月 日 号 时 分 秒: a date or time unit closes the number.
    @inline(__always)
    static func isDateUnit(_ unit: UInt16) -> Bool { NumberRule.isDateUnit(unit) }

    /// The length of the number starting at `start` (ending at or before `limit`), or 0:
    /// two numerals or more, or one followed by a date unit; a fraction (N分之N, 百分之N)
    /// is one number; a date or time unit is taken along.
    static func length(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> Int {
        var end = numerals(text, from: start, limit: limit)
        if end == start { return 0 }
        // 分之: 三分之一, 百分之五十.
        if end + 2 < limit, text[end] == 0x5206, text[end + 1] == 0x4E4B {
            let denominatorEnd = numerals(text, from: end + 2, limit: limit)
            if denominatorEnd > end + 2 { return denominatorEnd - start }
        }
        if end < limit, isDateUnit(text[end]) {
            end += 1
        } else if end - start < 2 {
            return 0
        }
        return end - start
    }

    /// The end of the run of numerals at `start` (几 continues a run, never starts one).
    @inline(__always)
    private static func numerals(_ text: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, isNumeral(text[end]) || (end > start && text[end] == 0x51E0) { end += 1 }
        return end
    }
}
