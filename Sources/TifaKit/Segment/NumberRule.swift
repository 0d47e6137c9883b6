/// Joins numbers with what belongs to them, so figures and dates count as one term:
/// 2017年, 2月14日, 1100亿元, 20%, 三十五万. A number is an ICU number (ASCII or full-width
/// digits, with ICU's decimal and grouping marks) or a run of Chinese numerals; what may
/// follow it is a date or time unit, a magnitude (万, 亿), a percent or per-mille sign, or
/// a currency after a magnitude. Measure words (个, 次, 条) stay separate, as in the usual
/// segmentation standards. Works in place: it only merges (or gives back what it took),
/// so it never writes ahead of what it has read.
struct NumberRule {
    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        var write = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let numeral = isNumeralWord(token, text)
            // A number starts with a digit: PM2.5 is a name, not a quantity (PM2.5/年均).
            guard (token.kind == .number && (CodeUnitClass.isDigit(text[token.start]) || ChineseNumberSpan.isNumeral(text[token.start])))
                    || numeral else {
                tokens[write] = token
                write += 1
                index += 1
                continue
            }
            var end = token.end
            var next = index + 1
            // Chinese numerals ICU cut apart: 三十 / 五.
            while next < tokens.count, tokens[next].start == end, isNumeralWord(tokens[next], text) || (numeral && tokens[next].kind == .number) {
                end = tokens[next].end
                next += 1
            }
            var joined = end > token.end
            var afterMagnitude = false
            var remainder: Token?
            suffixes: while next < tokens.count, tokens[next].start == end {
                let piece = tokens[next]
                let first = text[piece.start]
                if piece.length == 1 {
                    if CodeUnitClass.isMagnitude(first) && !afterMagnitude {
                        afterMagnitude = true
                    } else if afterMagnitude && Self.isCurrency(first) {
                    } else if Self.isPercent(first) || Self.isDateUnit(first) {
                        end = piece.end
                        next += 1
                        joined = true
                        break suffixes
                    } else {
                        break suffixes
                    }
                    end = piece.end
                    next += 1
                    joined = true
                } else if piece.kind == .word, CodeUnitClass.isMagnitude(first), !afterMagnitude {
                    // ICU's 万人 / 亿元: keep the magnitude (and a currency), leave the rest.
                    let second = text[piece.start + 1]
                    let take = piece.length == 2 && Self.isCurrency(second) ? 2 : 1
                    end = piece.start + take
                    if take < piece.length {
                        remainder = Token(start: end, end: piece.end, kind: .word)
                    }
                    next += 1
                    joined = true
                    break suffixes
                } else {
                    break suffixes
                }
            }
            // A single Chinese numeral with nothing joined is an ordinary word (一, 两).
            if !joined {
                tokens[write] = token
                write += 1
                index += 1
                continue
            }
            tokens[write] = Token(start: token.start, end: end, kind: .number)
            write += 1
            if let remainder {
                tokens[write] = remainder
                write += 1
            }
            index = next
            // Month then day: 2月14日 is one date.
            if remainder == nil, text[end - 1] == 0x6708, index + 1 < tokens.count, tokens[index].start == end,
               tokens[index].kind == .number, tokens[index + 1].length == 1, text[tokens[index + 1].start] == 0x65E5 {
                tokens[write - 1].end = tokens[index + 1].end
                index += 2
            }
        }
        tokens.removeLast(tokens.count - write)
    }

    private func isNumeralWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        // ○ (a circle standing for 〇 in years: 二○○○年) is punctuation to ICU.
        if token.length == 1, text[token.start] == 0x25CB { return true }
        guard token.kind == .word || token.kind == .number else { return false }
        for position in token.start..<token.end where !CodeUnitClass.isChineseNumeral(text[position]) { return false }
        return true
    }

    /// 年 月 日 号 时 分 秒
    @inline(__always)
    static func isDateUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x65F6, 0x5206, 0x79D2: return true
        default: return false
        }
    }

    /// % ％ ‰
    @inline(__always)
    static func isPercent(_ unit: UInt16) -> Bool { unit == 0x25 || unit == 0xFF05 || unit == 0x2030 }

    /// 元 美元 is two units; 元 alone is the currency that follows a magnitude.
    @inline(__always)
    static func isCurrency(_ unit: UInt16) -> Bool { unit == 0x5143 }
}
