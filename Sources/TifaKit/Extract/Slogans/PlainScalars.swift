/// Scalars for which comparing Unicode scalars is the same as comparing Strings: each is
/// a whole Character whatever stands around it (no combining marks, joiners, Hangul
/// jamo, CR) and canonical normalization leaves it alone (no compatibility ideographs,
/// no Ω or Å signs): ASCII, Latin-1 signs, CJK punctuation and ideographs, full-width
/// forms, number forms (Ⅴ), enclosed numbers (①), box drawing and shapes (●). Over text
/// made only of them, `hasSuffix`, `contains` and `==` on scalar arrays give exactly what
/// the String operations (Character by Character, canonical equivalence) give, at a
/// fraction of the cost; slogan rules take this path and fall back to Strings otherwise.
enum PlainScalars {
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xB0, 0xB7, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x2103, 0x2116,
             0x2150...0x218F, 0x2460...0x25FF, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    static func allPlain<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        scalars.allSatisfy(isPlain)
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: ArraySlice<Unicode.Scalar>, _ needle: [Unicode.Scalar]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        let base = haystack.startIndex
        for start in base...(haystack.endIndex - needle.count) where haystack[start] == first {
            var k = 1
            while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Whether `scalars` ends with `suffix`.
    static func hasSuffix<C: BidirectionalCollection>(_ scalars: C, _ suffix: [Unicode.Scalar]) -> Bool
    where C.Element == Unicode.Scalar {
        // From the last scalar back (most candidates differ there): no reversed views.
        var index = scalars.endIndex
        var k = suffix.count
        while k > 0 {
            guard index != scalars.startIndex else { return false }
            scalars.formIndex(before: &index)
            k -= 1
            if scalars[index] != suffix[k] { return false }
        }
        return true
    }

    /// Words as scalar arrays, made once.
    static func words(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }
}
