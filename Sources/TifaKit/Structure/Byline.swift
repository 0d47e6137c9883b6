/// Reads author names from a byline or signature. PDF extraction spaces the characters
/// of two-character names to the width of three ("徐 宾"), so one-character pieces pair
/// up into names while longer pieces are names of their own: "杨 辉 叶 青" -> 杨辉, 叶青;
/// "朱君才 徐 俊" -> 朱君才, 徐俊.
public enum Byline {
    /// Authors of a line starting with one of the byline icons (`BylineIcon`), or
    /// nil when the line is not a byline (a word wrapped so that its last character starts
    /// a line, 联|姻, is followed by prose, not names).
    public static func authors(ofBylineLine raw: String, icons: Set<Unicode.Scalar>) -> [String]? {
        guard !icons.isEmpty else { return nil }
        var scalars = Substring(raw).unicodeScalars.drop { CharacterClass.isSpace($0) }
        guard let first = scalars.first, icons.contains(first) else { return nil }
        scalars = scalars.dropFirst()
        return names(Substring(scalars))
    }

    /// Names in `text` when it holds nothing but names (Han characters and spaces, each
    /// piece at most five characters, at most eight names); nil otherwise.
    public static func names(_ text: Substring) -> [String]? {
        let pieces = text.unicodeScalars.split(whereSeparator: { CharacterClass.isSpace($0) })
        guard !pieces.isEmpty, pieces.count <= 16 else { return nil }
        for piece in pieces {
            guard piece.count <= 5, piece.allSatisfy(isNameScalar) else { return nil }
        }
        var names: [String] = []
        var singles: [Unicode.Scalar] = []
        func flushSingles() {
            var i = 0
            while i < singles.count {
                // Pairs, but an odd run ends with a three-character name (王 小 明).
                let take = singles.count - i == 3 ? 3 : min(2, singles.count - i)
                names.append(string(singles[i..<(i + take)]))
                i += take
            }
            singles.removeAll()
        }
        for piece in pieces {
            if piece.count == 1 {
                singles.append(piece.first!)
            } else {
                flushSingles()
                names.append(string(piece[...]))
            }
        }
        flushSingles()
        guard names.count <= 8 else { return nil }
        return names
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || scalar == "·"
    }

    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        String(scalars: Array(scalars))
    }
}
