/// Joins the parts of one calendar date or clock time into one token, as the MSR standard
/// writes them (a date or time expression is one word there): a year and the month after it
/// (2017年 + 2月14日 -> 2017年2月14日; 今年 + 7月), a month and its day (十二月 + 二十日), a part of the day and the hour after it
/// (上午 + 9时), an hour and its minutes (9时 + 30分), and what closes a year or month
/// (1996年 + 底, 80年代 + 末, 5月 + 上旬). Runs after `NumberRule`, which made the number tokens; the PKU standard
/// keeps the parts apart. Works in place.
struct DateTimeJoin {
    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        let write = tokens.withUnsafeMutableBufferPointer { tokens -> Int in
            var write = 1
            // What the token being built (tokens[write - 1]) ends with, so the next part may join.
            var open = role(tokens[0], text)
            for index in 1..<tokens.count {
                let token = tokens[index]
                let previous = tokens[write - 1]
                let next = role(token, text)
                if previous.end == token.start, Self.joins(open, next) {
                    tokens[write - 1] = Token(start: previous.start, end: token.end, kind: .number)
                    open = next
                    continue
                }
                tokens[write] = token
                write += 1
                open = next
            }
            return write
        }
        tokens.removeLast(tokens.count - write)
    }

    /// What a token can be in a date or time.
    enum Role {
        case none
        /// A number ending in 年 or 年代 (1997年, 一九九七年, 80年代) or 今年 去年 明年 前年.
        case year
        /// A number ending in 月 or 月份 (2月, 十二月), or 本月 上月 下月.
        case month
        /// A month and day (2月14日).
        case monthAndDay
        /// A number ending in 日 or 号 alone (二十日).
        case day
        /// 凌晨 早上 上午 中午 下午 傍晚 晚上 零时.
        case partOfDay
        /// A number ending in 时.
        case hour
        /// A number ending in 分.
        case minute
        /// 底 初 末 standing alone, 上旬 中旬 下旬, 年初 年底 年末.
        case boundary
    }

    static func joins(_ open: Role, _ next: Role) -> Bool {
        switch (open, next) {
        case (.year, .month), (.year, .monthAndDay), (.month, .day), (.partOfDay, .hour), (.hour, .minute), (.year, .boundary), (.month, .boundary): return true
        default: return false
        }
    }

    func role(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Role {
        let last = text[token.end - 1]
        if token.kind == .number, token.length >= 2, Self.isNumberStart(text[token.start]) {
            switch last {
            case 0x5E74: return .year  // 年
            case 0x4EE3: return text[token.end - 2] == 0x5E74 ? .year : .none  // 年代: 80年代末
            case 0x4EFD: return text[token.end - 2] == 0x6708 ? .month : .none  // 月份
            case 0x6708: return .month  // 月
            case 0x65E5, 0x53F7:  // 日 号: a month and day
                for position in token.start..<token.end where text[position] == 0x6708 { return .monthAndDay }
                return .day
            case 0x65F6: return .hour  // 时
            case 0x5206: return .minute  // 分
            default: return .none
            }
        }
        guard token.kind == .word else { return .none }
        if token.length == 1 {
            switch last {
            case 0x5E95, 0x521D, 0x672B: return .boundary  // 底 初 末
            default: return .none
            }
        }
        guard token.length == 2 else { return .none }
        let first = text[token.start]
        switch (first, last) {
        case (0x4ECA, 0x5E74), (0x53BB, 0x5E74), (0x660E, 0x5E74), (0x524D, 0x5E74): return .year  // 今年 去年 明年 前年
        case (0x672C, 0x6708), (0x4E0A, 0x6708), (0x4E0B, 0x6708): return .month  // 本月 上月 下月
        case (0x4E0A, 0x65EC), (0x4E2D, 0x65EC), (0x4E0B, 0x65EC),  // 上旬 中旬 下旬
             (0x5E74, 0x521D), (0x5E74, 0x5E95), (0x5E74, 0x672B):  // 年初 年底 年末
            return .boundary
        case (0x51CC, 0x6668), (0x65E9, 0x4E0A), (0x4E0A, 0x5348), (0x4E2D, 0x5348), (0x4E0B, 0x5348),
             (0x508D, 0x665A), (0x665A, 0x4E0A), (0x96F6, 0x65F6):  // 凌晨 早上 上午 中午 下午 傍晚 晚上 零时
            return .partOfDay
        default: return .none
        }
    }

    /// A digit (ASCII or full width) or a Chinese numeral (○ included: 二○○○年).
    @inline(__always)
    static func isNumberStart(_ unit: UInt16) -> Bool {
        CodeUnitClass.isDigit(unit) || CodeUnitClass.isChineseNumeral(unit) || unit == 0x25CB
    }
}
