/// Joins the reduplicated forms of Chinese grammar that no word list can hold, because any
/// word may take them: A不A and A没A questions (能不能, 有没有, 去不去), 一 + a doubled measure
/// word (一个个, 一次次), a doubled character the path left as two lone ones (年年, 家家), and
/// AABB (祖祖辈辈, 干干净净). A form joins only where the tokens already break at both of its
/// ends (the path's words are not cut to make one), and only over ideographs that are no
/// numerals (三三两两 stays with the number rules). Works in place.
struct ReduplicationJoin {
    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        let write = tokens.withUnsafeMutableBufferPointer { tokens -> Int in
            var write = 0
            var index = 0
            while index < tokens.count {
                let start = tokens[index].start
                if Self.isWordLike(tokens[index]), let length = formLength(text, at: start) {
                    // The tokens that make up exactly `length` code units, all words (一个 is a number).
                    var last = index
                    while last < tokens.count, Self.isWordLike(tokens[last]), tokens[last].end < start + length { last += 1 }
                    if last > index, last < tokens.count, Self.isWordLike(tokens[last]), tokens[last].end == start + length {
                        tokens[write] = Token(start: start, end: start + length, kind: .word)
                        write += 1
                        index = last + 1
                        continue
                    }
                }
                tokens[write] = tokens[index]
                write += 1
                index += 1
            }
            return write
        }
        tokens.removeLast(tokens.count - write)
    }

    /// The length of the reduplicated form starting at `position`, if one does.
    func formLength(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Int? {
        let count = text.count
        guard position + 1 < count else { return nil }
        let first = text[position]
        guard Self.isPlainIdeograph(first) || first == 0x4E00 else { return nil }
        // 一 + a doubled measure word.
        if first == 0x4E00 {
            guard position + 2 < count, text[position + 1] == text[position + 2], MeasureWord.isSingle(text[position + 1]) else { return nil }
            return 3
        }
        // A不A, A没A.
        if position + 2 < count, text[position + 2] == first, text[position + 1] == 0x4E0D || text[position + 1] == 0x6CA1 {
            return 3
        }
        guard text[position + 1] == first, !Self.isParticle(first) else { return nil }
        // AABB, else AA.
        if position + 3 < count, text[position + 2] == text[position + 3], text[position + 2] != first,
           Self.isPlainIdeograph(text[position + 2]) {
            return 4
        }
        return 2
    }

    /// 的 地 得 了 着 过: doubled only where two words meet (走过/过, 他的/的确).
    @inline(__always)
    static func isParticle(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x7684, 0x5730, 0x5F97, 0x4E86, 0x7740, 0x8FC7: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWordLike(_ token: Token) -> Bool { token.kind == .word || token.kind == .number }

    /// An ideograph of the basic block that is no numeral.
    @inline(__always)
    static func isPlainIdeograph(_ unit: UInt16) -> Bool {
        (0x4E00...0x9FFF).contains(unit) && !CodeUnitClass.isChineseNumeral(unit)
    }
}
