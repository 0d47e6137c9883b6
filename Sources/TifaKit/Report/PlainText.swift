/// Text whose every scalar is ASCII, a CJK unified ideograph, common CJK or general
/// punctuation, a number form (Ⅴ), an enclosed number (①, ㈠) or a geometric shape (○):
/// scalars with no canonical decomposition, combining class 0, that never compose with a
/// neighbour. Two
/// such strings are equal as Swift Strings (canonical equivalence) exactly when their
/// UTF-8 bytes are equal, so the reduce may compare and hash their bytes.
enum PlainText {
    static func isPlain(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x7F, 0xB7, 0x2010...0x2027, 0x2030...0x205E, 0x2150...0x218B, 0x2460...0x24FF,
                 0x25A0...0x25FF, 0x3000...0x3029, 0x3030...0x303F, 0x3200...0x32FF, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                continue
            default:
                return false
            }
        }
        return true
    }
}
