/// Joins a place name the lexicon does not know to its administrative suffix: two lone
/// characters that are not function characters, then a lone 县 市 村 乡 or 镇 (莱/州/市 ->
/// 莱州市, 秭/归/县 -> 秭归县), as the MSR standard keeps place names whole. Only when
/// exactly two lone characters precede it: a longer run of lone characters is no evidence
/// of where the name starts, and a known word before the suffix (这个/县, 重点/县) is left
/// alone. The PKU standard cuts the suffix off anyway. Works in place.
struct PlaceSuffixJoin {
    /// 县 市 村 乡 镇
    @inline(__always)
    static func isPlaceSuffix(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x53BF, 0x5E02, 0x6751, 0x4E61, 0x9547: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isLoneCharacter(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        token.kind == .word && token.length == 1 && CodeUnitClass.isIdeograph(text[token.start])
            && !FunctionCharacters.contains(text[token.start]) && !isPlaceSuffix(text[token.start])
    }

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 2 else { return }
        var write = 0
        for index in 0..<tokens.count {
            let token = tokens[index]
            if token.kind == .word, token.length == 1, Self.isPlaceSuffix(text[token.start]), write >= 2,
               Self.isLoneCharacter(tokens[write - 1], text), Self.isLoneCharacter(tokens[write - 2], text),
               !(write >= 3 && Self.isLoneCharacter(tokens[write - 3], text)) {
                tokens[write - 2] = Token(start: tokens[write - 2].start, end: token.end, kind: .word)
                write -= 1
                continue
            }
            tokens[write] = token
            write += 1
        }
        tokens.removeLast(tokens.count - write)
    }
}
