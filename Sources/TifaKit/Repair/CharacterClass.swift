/// Coarse script classes that decide where PDF-inserted whitespace goes and how wrapped
/// lines are joined. Chinese text has no spaces between words, so any whitespace that
/// touches a CJK character is damage; between two Latin words it is real.
public enum CharacterClass: Sendable, Equatable {
    /// Han ideographs, CJK punctuation, kana, full-width forms.
    case cjk
    /// Whitespace of any kind.
    case space
    /// Everything else: Latin letters, digits, ASCII punctuation, other scripts.
    case other

    public init(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        // Most scalars of the text are ideographs of the URO: answered before the chain of
        // ranges below (same class as there).
        if v >= 0x4E00 && v <= 0x9FFF {
            self = .cjk
            return
        }
        switch v {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            self = .space
        case 0x2E80...0x2FDF,  // radicals
             0x3001...0x303F,  // CJK symbols and punctuation (not U+3000 space)
             0x3040...0x30FF,  // kana
             0x3100...0x312F, 0x31A0...0x31BF,  // bopomofo
             0x3200...0x33FF,  // enclosed CJK, compatibility
             0x3400...0x4DBF, 0x4E00...0x9FFF,  // ideographs (Ext A, URO)
             0xF900...0xFAFF,  // compatibility ideographs
             0xFE30...0xFE4F,  // vertical / compatibility forms
             0xFF01...0xFF60, 0xFFE0...0xFFE6,  // full-width forms
             0x20000...0x3134F:  // ideographs, Ext B and beyond
            self = .cjk
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7:
            // Curly quotes, em dash, ellipsis and middle dot are set full-width in
            // Chinese text: treat them as CJK so the spaces around them go.
            self = .cjk
        default:
            self = .other
        }
    }

    /// True for scalars whose class is `.space`.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass(scalar) == .space
    }
}
