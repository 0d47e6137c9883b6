/// Classes of UTF-16 code units the segmentation layers decide on. Working on code units
/// (not `Character`) keeps the hot loops free of grapheme breaking.
public enum CodeUnitClass {
    /// A CJK ideograph of the BMP (or 〇), or half of a surrogate pair: the supplementary
    /// planes that hold text are almost all ideographs (extensions B to H).
    @inline(__always)
    public static func isIdeograph(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x3007, 0xD800...0xDFFF: return true
        default: return false
        }
    }

    /// An ASCII or full-width decimal digit.
    @inline(__always)
    public static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit)
    }

    /// An ASCII or full-width Latin letter.
    @inline(__always)
    public static func isLatinLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    /// A Chinese numeral character (digits, 十百千 and 两/几 used as numbers; 万/亿 are
    /// magnitudes handled as suffixes).
    @inline(__always)
    public static func isChineseNumeral(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x96F6, 0x3007, 0x25CB, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E, 0x5343, 0x4E24, 0x51E0:
            // 零 〇 ○ 一 二 三 四 五 六 七 八 九 十 百 千 两 几
            return true
        default:
            return false
        }
    }

    /// 万 or 亿: magnitudes that belong to the number before them.
    @inline(__always)
    public static func isMagnitude(_ unit: UInt16) -> Bool { unit == 0x4E07 || unit == 0x4EBF }
}
