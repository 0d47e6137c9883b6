/// The author icon an issue prints before its bylines, learned from the issue itself.
/// PDF extraction turns such an icon into whatever character its font maps it to: a CJK
/// character (姻 in one magazine), a symbol (■, ●, ✎) or a private-use code point (a
/// Wingdings glyph). No character is fixed in advance: an icon is a first character that
/// opens at least `minimumLines` lines of the issue holding nothing but person names
/// after it. An icon repeats with every article; a word's tail wrapped onto the next
/// line (联|姻) is followed by prose, and a line of one name after a stray character is
/// no evidence on its own (see `minimumLines`).
/// Used by the run (`IssueStructurer` -> `LineRoles` -> `Byline`) and by `tifa mentions`
/// (`LayoutNames`), so both read bylines the same way.
enum BylineIcon {
    /// How many lines one icon must open. One line is not enough: a Han character could be
    /// the end of a wrapped word before a name that happens to fill the line, and a symbol
    /// could be a bullet before one list item. The price: an issue with a single icon
    /// byline keeps it as body text (heading and signature rules still apply).
    static let minimumLines = 2
    /// At most this many names behind an icon (a byline, not a roster).
    static let maximumNames = 4

    /// A line "Xname name ...": its icon X and the names after it.
    struct Line: Equatable {
        var icon: UInt32
        var names: [SpacedNames.Span]
    }

    /// The icon and the names of `s` when it reads "Xname name ...": X a character that
    /// can be an icon (`canBeIcon`, and for a Han character: no surname, no word with the
    /// character after it, 学|习心得), then only person names (`SpacedNames.namesOnly`:
    /// one-character pieces pair up into spaced names, "李 乙"), at most `maximumNames`, none
    /// a frequent word of the general vocabulary unless spaced (心得).
    static func line(_ s: [UInt32]) -> Line? {
        var a = 0, b = s.count
        while a < b && SpacedNames.isSpace(s[a]) { a += 1 }
        while b > a && SpacedNames.isSpace(s[b - 1]) { b -= 1 }
        guard b - a >= 3, b - a <= 24, canBeIcon(s[a]) else { return nil }
        if AnalyzedText.isHan(s[a]) {
            guard EntityLexicon.shared.surnames.value(s, a, a + 1) == nil,
                  Lexicon.builtin.trie.logProbability(scalars: s, a, a + 2) == nil else { return nil }
        }
        guard let names = SpacedNames.namesOnly(s, from: a + 1, to: b), names.count <= maximumNames else { return nil }
        if names.contains(where: { $0.name.count == $0.end - $0.start && SpacedNames.isFrequentWord($0.name) }) { return nil }
        return Line(icon: s[a], names: names)
    }

    /// Whether a scalar can stand for an icon: a Han character, a symbol (■ ● □ ✎ ★) or a
    /// private-use code point; never a letter, digit, bracket or punctuation mark.
    static func canBeIcon(_ value: UInt32) -> Bool {
        if AnalyzedText.isHan(value) { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .privateUse: return true
        default: return false
        }
    }

    /// The byline lines of a file (line index -> icon and names): the lines whose icon
    /// opens at least `minimumLines` such lines.
    static func bylines(in lines: [[UInt32]]) -> [Int: Line] {
        var found: [Int: Line] = [:]
        var counts: [UInt32: Int] = [:]
        for (index, s) in lines.enumerated() where cheaplyPossible(s) {
            guard let line = line(s) else { continue }
            found[index] = line
            counts[line.icon, default: 0] += 1
        }
        return found.filter { counts[$0.value.icon]! >= minimumLines }
    }

    /// The icons of an issue's cleaned lines (read from each line as it stood, spaces kept).
    static func icons(of lines: [SourceLine]) -> Set<Unicode.Scalar> {
        var counts: [UInt32: Int] = [:]
        for line in lines {
            // The cleaned line is the raw one without spaces: check its shape before
            // building anything from the raw text.
            let s = line.scalars
            guard (2...24).contains(s.count), canBeIcon(s[0].value), s.dropFirst().allSatisfy({ AnalyzedText.isHan($0.value) }),
                  let found = Self.line(line.raw.unicodeScalars.map(\.value)) else { continue }
            counts[found.icon, default: 0] += 1
        }
        return Set(counts.compactMap { $0.value >= minimumLines ? Unicode.Scalar($0.key) : nil })
    }

    /// A quick look before `line`: short enough, an icon-like first character.
    private static func cheaplyPossible(_ s: [UInt32]) -> Bool {
        guard s.count >= 3, s.count <= 80 else { return false }
        var a = 0
        while a < s.count && SpacedNames.isSpace(s[a]) { a += 1 }
        return a < s.count && canBeIcon(s[a])
    }
}
