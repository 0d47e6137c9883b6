/// Joins person names ICU leaves in pieces: a surname standing alone followed by one or
/// two single ideographs that cannot be function words (徐/宾 -> 徐宾, 叶/骏 -> 叶骏).
/// ICU knows common words, so a surname it leaves alone next to lone characters is most
/// often the start of a name it does not know.
/// Works in place on the token array.
struct NameJoiner {
    let surnames: SurnameTable

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        let write = tokens.withUnsafeMutableBufferPointer { tokens -> Int in
            var write = 0
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                guard token.kind == .word, surnames.isSurname(token, text),
                      index + 1 < tokens.count, isGivenNameCharacter(tokens[index + 1], after: token, text) else {
                    tokens[write] = token
                    write += 1
                    index += 1
                    continue
                }
                var end = tokens[index + 1].end
                var next = index + 2
                if next < tokens.count, isGivenNameCharacter(tokens[next], after: tokens[index + 1], text),
                   !(next + 1 < tokens.count && isGivenNameCharacter(tokens[next + 1], after: tokens[next], text)) {
                    end = tokens[next].end
                    next += 1
                }
                tokens[write] = Token(start: token.start, end: end, kind: .word)
                write += 1
                index = next
            }
            return write
        }
        tokens.removeLast(tokens.count - write)
    }

    /// A lone ideograph right after `previous` that is not a function word, nor an
    /// administrative unit other than 镇 (石/埂/村 is a village, not 石埂村 the person).
    @inline(__always)
    private func isGivenNameCharacter(_ token: Token, after previous: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        let unit = text[token.start]
        return token.start == previous.end && token.length == 1 && token.kind == .word
            && CodeUnitClass.isIdeograph(unit) && !FunctionCharacters.contains(unit)
            && !(PlaceNameJoin.isUnit(unit) && unit != 0x9547)
    }
}

/// Surnames as a direct table over code units (single-character surnames) plus a small
/// list of two-character ones (欧阳, 司马 ...).
public struct SurnameTable: Sendable {
    private var single: [Bool]
    /// Two-character surnames packed (first unit high), sorted; `doubleFirst` marks their
    /// first units, so most two-character words are ruled out by one load (a `Set` hashed
    /// every one of them).
    private var double: [UInt32]
    private var doubleFirst: [Bool]

    public init(_ surnames: [String]) {
        single = [Bool](repeating: false, count: 65536)
        doubleFirst = [Bool](repeating: false, count: 65536)
        var double: Set<UInt32> = []
        for surname in surnames {
            let units = Array(surname.utf16)
            if units.count == 1 { single[Int(units[0])] = true }
            if units.count == 2 {
                double.insert(UInt32(units[0]) << 16 | UInt32(units[1]))
                doubleFirst[Int(units[0])] = true
            }
        }
        self.double = double.sorted()
    }

    /// Whether one code unit is a one-character surname.
    func isSurname(_ unit: UInt16) -> Bool { single[Int(unit)] }

    @inline(__always)
    func isSurname(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        switch token.length {
        case 1: return single[Int(text[token.start])]
        case 2:
            guard doubleFirst[Int(text[token.start])] else { return false }
            let key = UInt32(text[token.start]) << 16 | UInt32(text[token.start + 1])
            var low = 0, high = double.count
            while low < high {
                let middle = (low + high) / 2
                if double[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < double.count && double[low] == key
        default: return false
        }
    }
}

/// Characters that are almost always words of their own (particles, prepositions,
/// conjunctions, common verbs of saying and being): never the second half of a name.
enum FunctionCharacters {
    private static let table: [Bool] = {
        var table = [Bool](repeating: false, count: 65536)
        for unit in "的了在是和与及或等对把被也都就又还为从向到说将并而但却且之其这那有个们我你他她它不没很最更已曾所以于由给让使跟同以上下中内外里前后年月日时个次位名些每各该此"
            .utf16 { table[Int(unit)] = true }
        return table
    }()

    @inline(__always)
    static func contains(_ unit: UInt16) -> Bool { table[Int(unit)] }
}
