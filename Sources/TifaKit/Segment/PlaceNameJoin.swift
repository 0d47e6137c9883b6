/// Joins a place name the lexicon does not know to the administrative unit after it:
/// 莱/州/市 -> 莱州市, 秭/归/县 -> 秭归县, 起/凤/镇 -> 起凤镇. The best path leaves an unknown
/// name as lone characters; a lone 省 市 县 镇 乡 村 right after two of them is that name's
/// unit, as in every segmentation standard. Characters that are words of grammar (这 那 每
/// 各 全 本 该 新 老, numerals, pronouns, prepositions, verbs of motion: 到/县, 全/县/市)
/// never start a name, and nothing joins inside a longer run of lone characters (带/富/治/村:
/// the path could not read it, and where a name would start is a guess). A word before the
/// unit never joins it: in Party prose a lone 村 or 县 after a verb is the start of the next
/// word (推行/村/务, 深化/县/级), not a name's end. Works in place.
struct PlaceNameJoin {
    /// 省 市 县 镇 乡 村 (not 区: 山区, 灾区, 沟壑区 name kinds of areas, not places)
    @inline(__always)
    static func isUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x7701, 0x5E02, 0x53BF, 0x9547, 0x4E61, 0x6751: return true
        default: return false
        }
    }

    /// Characters that are grammar, not part of a name.
    private static let grammar: Set<UInt16> = Set(
        ("的了着过地得在是和与及或等对把被也都就又还为从向到说将并而但却且之其这那有个们我你他她它不没很最更已曾所以于由给让使跟同"
         + "上下中内外里前后年月日时次位名些每各该此全本原新老小某两一二三四五六七八九十百千万几多半整进出回来去入离往至赴达抵经")
            .utf16)

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        var write = 0
        for index in 0..<tokens.count {
            let token = tokens[index]
            if token.length == 1, token.kind == .word, Self.isUnit(text[token.start]), write >= 1 {
                let previous = tokens[write - 1]
                // A lone character of no grammar before the name: a run of lone characters
                // the path could not read, where the name's start is a guess (带/富/治/村).
                let confused = write >= 3 && isNameCharacter(tokens[write - 3], text) && tokens[write - 3].end == tokens[write - 2].start
                if write >= 2, !confused, isNameCharacter(previous, text), isNameCharacter(tokens[write - 2], text),
                   tokens[write - 2].end == previous.start, previous.end == token.start {
                    tokens[write - 2] = Token(start: tokens[write - 2].start, end: token.end, kind: .word)
                    write -= 1
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
}
