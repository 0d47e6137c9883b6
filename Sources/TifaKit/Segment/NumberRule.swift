/// Joins numbers with what belongs to them, so figures and dates count as one term:
/// 2017年, 2月14日, 1100亿元, 20%, 三十五万. A number is an ICU number (ASCII or full-width
/// digits, with ICU's decimal and grouping marks) or a run of Chinese numerals; what may
/// follow it is a date or time unit, a magnitude (万, 亿), a percent or per-mille sign, or
/// a currency after a magnitude. Under the MSR standard (`joinsMeasureWords`) a measure word
/// or unit joins too, with 多/余 before it and an ordinal 第 in front (三十五个, 30多家,
/// 第一个, 5公里, 21世纪), and after the quantifiers 每 and 各 (每个, 各项); under PKU's it
/// stays apart. Works in place: it only merges (or
/// gives back what it took), so it never writes ahead of what it has read.
struct NumberRule {
    /// The lexicon: a word that a unit was cut from must leave a word behind (5家企业 ->
    /// 5家 + 企业; 3年级 stays 3 + 年级).
    let trie: LexiconTrie
    let joinsMeasureWords: Bool

    init(trie: LexiconTrie = LexiconTrie(), joinsMeasureWords: Bool = false) {
        self.trie = trie
        self.joinsMeasureWords = joinsMeasureWords
    }

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        var write = 0
        var index = 0
        while index < tokens.count {
            // Most tokens start no number: every rule below needs an ICU number, or a first
            // unit that is a Chinese numeral (○ included), 第, 每 or 各. Tested once here
            // instead of through `numberSpan` per token.
            if tokens[index].kind != .number, tokens[index].length > 0 {
                let first = text[tokens[index].start]
                if first != 0x7B2C, first != 0x6BCF, first != 0x5404, !CodeUnitClass.isChineseNumeral(first) {
                    tokens[write] = tokens[index]
                    write += 1
                    index += 1
                    continue
                }
            }
            // An ordinal: 第 and a number that takes a measure word (第一个, 第3次).
            if joinsMeasureWords, tokens[index].length == 1, text[tokens[index].start] == 0x7B2C,
               index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end,
               let span = numberSpan(tokens, at: index + 1, text), span.tookMeasure {
                emit(span, from: tokens[index].start, &tokens, &write, &index, text)
                continue
            }
            // 每 or 各 quantify as a numeral does: 每个, 各项 (a lone measure word after them).
            if joinsMeasureWords, tokens[index].length == 1, text[tokens[index].start] == 0x6BCF || text[tokens[index].start] == 0x5404,
               index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end, tokens[index + 1].length == 1,
               tokens[index + 1].kind == .word, MeasureWord.isSingle(text[tokens[index + 1].start]) {
                tokens[write] = Token(start: tokens[index].start, end: tokens[index + 1].end, kind: .word)
                write += 1
                index += 2
                continue
            }
            // 第 and a word that is already a quantity (一个 of the lexicon): 第一个.
            if joinsMeasureWords, tokens[index].length == 1, text[tokens[index].start] == 0x7B2C,
               index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end, isQuantityWord(tokens[index + 1], text) {
                tokens[write] = Token(start: tokens[index].start, end: tokens[index + 1].end, kind: .number)
                write += 1
                index += 2
                continue
            }
            guard let span = numberSpan(tokens, at: index, text) else {
                tokens[write] = tokens[index]
                write += 1
                index += 1
                continue
            }
            emit(span, from: tokens[index].start, &tokens, &write, &index, text)
        }
        tokens.removeLast(tokens.count - write)
        if joinsMeasureWords { joinMagnitudeUnits(&tokens, text) }
    }

    /// Under MSR, a number with a magnitude takes the measure word or unit after it, with
    /// 多 or 余 between (6万 + 名, 3.4亿 + 吨, 3万 + 多 + 个, 480 + 余万 + 立方米, 800 + 多 +
    /// 万元): the
    /// quantity is one token as 35个 is. Nothing joins unless a unit closes it.
    private func joinMagnitudeUnits(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        var write = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .number, index + 1 < tokens.count {
                let last = text[token.end - 1]
                var next = index + 1
                var hasMagnitude = CodeUnitClass.isMagnitude(last)
                if next < tokens.count, tokens[next].start == tokens[next - 1].end, tokens[next].kind == .word {
                    let piece = tokens[next]
                    let first = text[piece.start]
                    let approximate = first == 0x591A || first == 0x4F59  // 多 余
                    if approximate, piece.length == 1, hasMagnitude || CodeUnitClass.isDigit(last) {
                        next += 1
                    } else if !hasMagnitude, approximate, piece.length == 2, CodeUnitClass.isMagnitude(text[piece.start + 1]),
                              CodeUnitClass.isDigit(last) {
                        hasMagnitude = true
                        next += 1
                    }
                }
                // Without a magnitude yet, the unit may carry it: 800 + 多 + 万元.
                if next < tokens.count, tokens[next].start == tokens[next - 1].end,
                   hasMagnitude ? isUnitWord(tokens[next], text) : isMagnitudeUnitWord(tokens[next], text), next > index + 1 || hasMagnitude {
                    tokens[write] = Token(start: token.start, end: tokens[next].end, kind: .number)
                    write += 1
                    index = next + 1
                    continue
                }
            }
            tokens[write] = token
            write += 1
            index += 1
        }
        tokens.removeLast(tokens.count - write)
    }

    /// A word token that is a magnitude and a unit (万元, 亿吨).
    private func isMagnitudeUnitWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.kind == .word, token.length >= 2, CodeUnitClass.isMagnitude(text[token.start]) else { return false }
        if token.length == 2 { return MeasureWord.isSingle(text[token.start + 1]) }
        return MeasureWord.longerLength(text, at: token.start + 1, end: token.end) == token.length - 1
    }

    /// A word token that is one measure word or unit (名, 吨, 立方米).
    private func isUnitWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.kind == .word else { return false }
        if token.length == 1 { return MeasureWord.isSingle(text[token.start]) }
        return MeasureWord.longerLength(text, at: token.start, end: token.end) == token.length
    }

    /// A number with what it took: it ends at `end`, the next untouched token is `next`,
    /// and `remainder` is what is left of a token a unit was cut from.
    private struct Span {
        var end: Int
        var next: Int
        var remainder: Token?
        var tookMeasure: Bool
    }

    private func emit(_ span: Span, from start: Int, _ tokens: inout [Token], _ write: inout Int, _ index: inout Int,
                      _ text: UnsafeBufferPointer<UInt16>) {
        tokens[write] = Token(start: start, end: span.end, kind: .number)
        write += 1
        if let remainder = span.remainder {
            tokens[write] = remainder
            write += 1
        }
        index = span.next
        // Month then day: 2月14日 is one date.
        if span.remainder == nil, text[span.end - 1] == 0x6708, index + 1 < tokens.count, tokens[index].start == span.end,
           tokens[index].kind == .number, tokens[index + 1].length == 1, text[tokens[index + 1].start] == 0x65E5 {
            tokens[write - 1].end = tokens[index + 1].end
            index += 2
        }
    }

    /// The number starting at token `index` and what joins it, or nil when nothing does
    /// (a single Chinese numeral with nothing joined is an ordinary word: 一, 两).
    private func numberSpan(_ tokens: [Token], at index: Int, _ text: UnsafeBufferPointer<UInt16>) -> Span? {
        let token = tokens[index]
        let numeral = isNumeralWord(token, text)
        let ordinal = joinsMeasureWords && isOrdinalWord(token, text)
        // A number starts with a digit: PM2.5 is a name, not a quantity (PM2.5/年均).
        guard (token.kind == .number && (CodeUnitClass.isDigit(text[token.start]) || ChineseNumberSpan.isNumeral(text[token.start])))
                || numeral || ordinal else { return nil }
        var end = token.end
        var next = index + 1
        // Chinese numerals ICU cut apart: 三十 / 五.
        while !ordinal, next < tokens.count, tokens[next].start == end,
              isNumeralWord(tokens[next], text) || (numeral && tokens[next].kind == .number) {
            end = tokens[next].end
            next += 1
        }
        var joined = end > token.end
        var afterMagnitude = false
        var closed = false
        var remainder: Token?
        suffixes: while !ordinal, next < tokens.count, tokens[next].start == end {
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
                    closed = true
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
                closed = true
                break suffixes
            } else {
                break suffixes
            }
        }
        var tookMeasure = false
        if !closed, remainder == nil, let unit = unitSpan(tokens, from: next, at: end, text) {
            end = unit.end
            next = unit.next
            remainder = unit.remainder
            joined = true
            tookMeasure = unit.isMeasure
        }
        guard joined else { return nil }
        return Span(end: end, next: next, remainder: remainder, tookMeasure: tookMeasure)
    }

    /// A unit right at `start` (token `next` starts there): a date unit cut from a word
    /// (5年前 -> 5年 + 前), or under MSR a measure word with 多/余 before it. The tokens it
    /// covers must be words; if it ends inside one, the rest must be a lexicon word or a
    /// locative (前 后 来 内 间 底 初 末 中 里).
    private func unitSpan(_ tokens: [Token], from next: Int, at start: Int, _ text: UnsafeBufferPointer<UInt16>)
        -> (end: Int, next: Int, remainder: Token?, isMeasure: Bool)? {
        guard next < tokens.count, tokens[next].start == start, tokens[next].kind == .word else { return nil }
        let limit = text.count
        var position = start
        var isMeasure = false
        if Self.isDateUnit(text[position]) {
            // A lone date unit was taken above; here it is the head of a longer word.
            guard tokens[next].length > 1 else { return nil }
            position += 1
            if joinsMeasureWords, MeasureWord.longerLength(text, at: start, end: min(limit, start + 4)) > 1 {
                position = start + MeasureWord.longerLength(text, at: start, end: min(limit, start + 4))
                isMeasure = true
            }
        } else if joinsMeasureWords {
            if text[position] == 0x591A || text[position] == 0x4F59 { position += 1 }  // 多 余
            guard position < limit else { return nil }
            let longer = MeasureWord.longerLength(text, at: position, end: min(limit, position + 4))
            if longer > 0 {
                position += longer
            } else if MeasureWord.isSingle(text[position]) || (position > start && Self.isDateUnit(text[position])) {
                position += 1
            } else {
                return nil
            }
            isMeasure = true
        } else {
            return nil
        }
        // Walk the tokens the unit covers.
        var index = next
        while index < tokens.count, tokens[index].end < position {
            guard tokens[index].kind == .word else { return nil }
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let last = tokens[index]
        if last.end == position { return (position, index + 1, nil, isMeasure) }
        let rest = Array(text[position..<last.end])
        guard (rest.count == 1 && Self.isLocative(rest[0])) || (rest.count > 1 && trie.contains(rest)) else { return nil }
        return (position, index + 1, Token(start: position, end: last.end, kind: .word), isMeasure)
    }

    private func isNumeralWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        // ○ (a circle standing for 〇 in years: 二○○○年) is punctuation to ICU.
        if token.length == 1, text[token.start] == 0x25CB { return true }
        guard token.kind == .word || token.kind == .number else { return false }
        for position in token.start..<token.end where !CodeUnitClass.isChineseNumeral(text[position]) { return false }
        return true
    }

    /// Chinese numerals and a one-character measure word as one word (一个, 两项).
    private func isQuantityWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.length >= 2, token.kind == .word || token.kind == .number, MeasureWord.isSingle(text[token.end - 1]) else { return false }
        for position in token.start..<token.end - 1 where !CodeUnitClass.isChineseNumeral(text[position]) { return false }
        return true
    }

    /// 第 and Chinese numerals as one word (第一, 第十五): it joins a measure word only.
    private func isOrdinalWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.length >= 2, token.kind == .word || token.kind == .number, text[token.start] == 0x7B2C else { return false }
        for position in token.start + 1..<token.end where !CodeUnitClass.isChineseNumeral(text[position]) { return false }
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

    /// 前 后 来 内 间 底 初 末 中 里: what follows a span of time (5年前, 10年来).
    @inline(__always)
    static func isLocative(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x524D, 0x540E, 0x6765, 0x5185, 0x95F4, 0x5E95, 0x521D, 0x672B, 0x4E2D, 0x91CC: return true
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
