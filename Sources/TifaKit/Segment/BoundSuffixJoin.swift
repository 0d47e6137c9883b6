/// Joins a bound suffix that the path left alone to the word before it: 性 化 率 制 论 界 者
/// (开发性, 系列化, 出生率, 承包制, 认识论, 工业界, 劳动者). These characters are rarely
/// words of their own in modern prose, so one standing alone after a word of two or more
/// ideographs is that word's suffix; after a single character (or nothing) it is left
/// alone, and so is one followed by another lone ideograph (以上/率/下, 规章/制/度: the path
/// found no word there, and the suffix reading is a guess). Works in place.
struct BoundSuffixJoin {
    /// 性 化 率 制 论 界 者
    @inline(__always)
    static func isBoundSuffix(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x6027, 0x5316, 0x7387, 0x5236, 0x8BBA, 0x754C, 0x8005: return true
        default: return false
        }
    }

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        var write = 1
        for index in 1..<tokens.count {
            let token = tokens[index]
            let previous = tokens[write - 1]
            if token.length == 1, token.kind == .word, Self.isBoundSuffix(text[token.start]),
               previous.kind == .word, previous.end == token.start, previous.length >= 2, previous.length <= 3,
               CodeUnitClass.isIdeograph(text[previous.start]), CodeUnitClass.isIdeograph(text[previous.end - 1]),
               !(index + 1 < tokens.count && tokens[index + 1].length == 1 && tokens[index + 1].kind == .word
                 && CodeUnitClass.isIdeograph(text[tokens[index + 1].start])) {
                tokens[write - 1].end = token.end
                continue
            }
            tokens[write] = token
            write += 1
        }
        tokens.removeLast(tokens.count - write)
    }
}
