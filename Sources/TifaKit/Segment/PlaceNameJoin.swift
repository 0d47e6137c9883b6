import Foundation
/// Joins a place name the lexicon does not know to the administrative unit after it:
/// 莱/州/市 -> 莱州市, 秭/归/县 -> 秭归县, 起/凤/镇 -> 起凤镇. The best path leaves an unknown
/// name as lone characters; a lone 省 市 县 镇 乡 村 right after two of them is that name's
/// unit, as in every segmentation standard. A word of two characters before the unit joins
/// only when the unit is 县 镇 乡 村 (桐庐县, 专业村: names and kinds of villages), not 市 省
/// (北京/市 stays as the lexicon cut it). Characters
/// that are words of grammar (这 那 每 各 全 本 该, numerals, pronouns, prepositions, verbs of
/// motion: 到/县, 全/县/市) never start a name, and two-character words that point at a
/// place instead of naming it (这个, 每个, 回到, 来到) never join. Works in place.
struct PlaceNameJoin {
    /// 省 市 县 镇 乡 村 (not 区: 山区, 灾区, 沟壑区 name kinds of areas, not places)
    @inline(__always)
    static func isUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x7701, 0x5E02, 0x53BF, 0x9547, 0x4E61, 0x6751: return true
        default: return false
        }
    }

    /// 县 镇 乡 村: units a two-character word may join.
    @inline(__always)
    static func isRuralUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x53BF, 0x9547, 0x4E61, 0x6751: return true
        default: return false
        }
    }

    /// Characters that are grammar, not part of a name.
    private static let grammar: Set<UInt16> = Set(
        ("的了着过地得在是和与及或等对把被也都就又还为从向到说将并而但却且之其这那有个们我你他她它不没很最更已曾所以于由给让使跟同"
         + "上下中内外里前后年月日时次位名些每各该此全本原新老小某两一二三四五六七八九十百千万几多半整进出回来去入离往至赴达抵经")
            .utf16)
    /// Two-character words that point at a place or move to it instead of naming it.
    private static let pointers: Set<[UInt16]> = Set([
        "这个", "那个", "每个", "一个", "各个", "整个", "两个", "几个", "这些", "那些", "我们", "他们", "全国", "所在", "当地",
        "本地", "外地", "部分", "大批", "许多", "一些", "来到", "回到", "走进", "进入", "离开", "到达", "前往", "深入", "走出", "返回", "调到", "下到", "住在",
        "生活", "工作", "全体", "所有", "其他", "其它", "附近", "周边", "邻近", "相邻",
    ].map { Array($0.utf16) })

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        var write = 0
        for index in 0..<tokens.count {
            let token = tokens[index]
            if token.length == 1, token.kind == .word, Self.isUnit(text[token.start]), write >= 1 {
                let previous = tokens[write - 1]
                if write >= 2, isNameCharacter(previous, text), isNameCharacter(tokens[write - 2], text),
                   tokens[write - 2].end == previous.start, previous.end == token.start {
                    tokens[write - 2] = Token(start: tokens[write - 2].start, end: token.end, kind: .word)
                    write -= 1
                    continue
                }
                if (Self.isRuralUnit(text[token.start]) || ProcessInfo.processInfo.environment["TIFA_X_CITY"] != nil), previous.end == token.start, isNameWord(previous, text) {
                    tokens[write - 1] = Token(start: previous.start, end: token.end, kind: .word)
                    continue
                }
            }
            tokens[write] = token
            write += 1
        }
        tokens.removeLast(tokens.count - write)
    }

    /// A lone ideograph the path could not place that is no word of grammar.
    private func isNameCharacter(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.length == 1, token.kind == .word else { return false }
        let unit = text[token.start]
        return CodeUnitClass.isIdeograph(unit) && !Self.grammar.contains(unit) && !Self.isUnit(unit)
    }

    /// A word of two ideographs that may name a county, town or village.
    private func isNameWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.length == 2, token.kind == .word else { return false }
        let first = text[token.start], second = text[token.start + 1]
        guard CodeUnitClass.isIdeograph(first), CodeUnitClass.isIdeograph(second) else { return false }
        if Self.grammar.contains(second) || Self.isUnit(second) { return false }
        return !Self.pointers.contains([first, second])
    }
}
