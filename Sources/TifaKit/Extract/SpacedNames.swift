import Foundation

/// Names as rosters, bylines and signature lines print them. Typesetters justify a
/// two-character name to the width of a three-character one with a space between surname
/// and given name ("薛 伟" beside "彭海生"); where the layout says "names here" (a roster
/// list, a byline, a signature) such a pair is read as the name 薛伟. Outside those
/// layouts a spaced pair is left alone ("中 国" in a letter-spaced heading).
enum SpacedNames {
    /// Whether `value` is a space or a tab (what PDF extraction puts between letters).
    static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0
    }

    /// The name written in `s[a..<b]` (spaces at either end ignored): a run of two to four
    /// Han characters, or one Han character, spaces, one Han character. Returns where the
    /// name starts and ends in `s` and its characters without the space; nil when the
    /// stretch is not shaped so or is not name-shaped (`isNameShaped`).
    /// `lenient`: beside other names of a list, a given name may hold a character that is
    /// a function word elsewhere (王土你).
    static func name(in s: [UInt32], from a: Int, to b: Int, lenient: Bool = false) -> (start: Int, end: Int, name: [UInt32])? {
        var start = a, end = b
        while start < end && isSpace(s[start]) { start += 1 }
        while end > start && isSpace(s[end - 1]) { end -= 1 }
        guard end > start else { return nil }
        var compact: [UInt32] = []
        var k = start
        var gaps = 0
        while k < end {
            if isSpace(s[k]) {
                gaps += 1
                while k < end && isSpace(s[k]) { k += 1 }
                continue
            }
            guard AnalyzedText.isHan(s[k]) else { return nil }
            compact.append(s[k])
            k += 1
        }
        // A space only inside a two-character name, between its two characters.
        if gaps > 0 && (gaps > 1 || compact.count != 2) { return nil }
        guard isNameShaped(compact, lenient: lenient) else { return nil }
        return (start, end, compact)
    }

    /// A Chinese name's shape: a surname (single or compound), then one or two characters,
    /// none a function word (numerals may name: 洪一舟), not a post or a form of address (王主任), the
    /// whole not a place of the gazetteer or a word the lexicon says is no name.
    static func isNameShaped(_ name: [UInt32], lenient: Bool = false) -> Bool {
        let lexicon = EntityLexicon.shared
        guard (2...4).contains(name.count), name.allSatisfy(AnalyzedText.isHan),
              let surname = lexicon.surnames.longest(name, at: 0) else { return false }
        let given = name.count - surname.length
        guard (1...2).contains(given) else { return false }
        for k in surname.length..<name.count where !lenient && lexicon.functionCharacters.contains(name[k]) {
            return false
        }
        if lexicon.places.value(name, 0, name.count) != nil || lexicon.notNames.value(name, 0, name.count) != nil { return false }
        return lexicon.titlesAfter.value(name, surname.length, name.count) == nil
            && lexicon.addressTitles.value(name, surname.length, name.count) == nil
    }

    /// A name found in a line: where it starts and ends (a space inside included) and its
    /// characters without the space.
    struct Span: Equatable {
        var start: Int
        var end: Int
        var name: [UInt32]
    }

    /// The names of `s[a..<b]` when it holds nothing but names separated by spaces: pieces
    /// of Han characters, a one-character piece paired with the next one-character piece
    /// into a spaced name ("李 乙"), each name-shaped (`name(in:from:to:)`); nil otherwise.
    static func namesOnly(_ s: [UInt32], from a: Int, to b: Int) -> [Span]? {
        var pieces: [(Int, Int)] = []
        var k = a
        while k < b {
            if isSpace(s[k]) { k += 1; continue }
            var j = k
            while j < b && !isSpace(s[j]) {
                guard AnalyzedText.isHan(s[j]) else { return nil }
                j += 1
            }
            pieces.append((k, j))
            k = j
        }
        guard !pieces.isEmpty else { return nil }
        var names: [Span] = []
        var p = 0
        while p < pieces.count {
            var (start, end) = pieces[p]
            if end - start == 1 {
                guard p + 1 < pieces.count, pieces[p + 1].1 - pieces[p + 1].0 == 1 else { return nil }
                end = pieces[p + 1].1
                p += 1
            }
            guard let found = name(in: s, from: start, to: end) else { return nil }
            names.append(Span(start: found.start, end: found.end, name: found.name))
            p += 1
        }
        return names
    }

    /// `s[a..<b]` without its spaces, as a String: how a spaced name is counted.
    static func compacted(_ s: [UInt32], _ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in a..<b where !isSpace(s[k]) { if let scalar = Unicode.Scalar(s[k]) { out.append(scalar) } }
        return String(out)
    }

    /// Whether `name` is also a frequent word of the general vocabulary (舒畅, 方面, 张力):
    /// a list of nothing but such words is no roster.
    static func isFrequentWord(_ name: [UInt32]) -> Bool {
        let trie = Lexicon.builtin.trie
        guard name.count >= 2, let logProbability = trie.logProbability(scalars: name, 0, name.count) else { return false }
        return logProbability >= trie.ruleWordLogProbability + log(500 / 2000)
    }
}
