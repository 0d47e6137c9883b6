/// The form a formulation is counted under: quotation marks and the enumeration comma
/// inside it removed, so “四个”意识, 四个“意识” and 四个意识 are one slogan and
/// 五不能、六不宜 is 五不能六不宜.
public enum SloganNormalizer {
    /// Quotation marks of every style Chinese text uses.
    public static let quoteMarks: Set<Unicode.Scalar> = ["“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'", "＂", "＇"]

    /// Membership in `quoteMarks`, as a switch (this runs for every character).
    @inline(__always)
    public static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'", "＂", "＇": return true
        default: return false
        }
    }

    /// Marks that are removed when matching (quotes and 、).
    @inline(__always)
    public static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        // Most scalars of a text are URO ideographs: none is a mark or a space, answered
        // before the space test classifies the scalar.
        if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return false }
        return scalar == "、" || isQuoteMark(scalar) || CharacterClass.isSpace(scalar)
    }

    public static func normalize(_ text: String) -> String {
        // Most texts have nothing to drop: the same String back, none made. Otherwise the
        // kept scalars encoded at once (filtering the scalar view appended them one by one).
        guard text.unicodeScalars.contains(where: isTransparent) else { return text }
        return String(scalars: text.unicodeScalars.lazy.filter { !isTransparent($0) })
    }
}
