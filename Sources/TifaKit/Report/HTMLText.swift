/// Escapes corpus text for HTML and SVG: every `<`, `>`, `&` and quote becomes an entity,
/// so a corpus line `<script>alert(1)</script>` stays text.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        ASCIIEscape.escape(text, needsEscape: needsEscape, replace: replace)
    }

    /// `escape(text)` appended to `out` as UTF-8.
    static func append(_ text: String, to out: inout [UInt8]) {
        ASCIIEscape.append(text, to: &out, needsEscape: needsEscape, replace: replace)
    }

    @inline(__always)
    private static func replace(_ byte: UInt8, _ out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        // Control characters other than tab and line ends have no place in a page.
        default: out.append(UInt8(ascii: " "))
        }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0..<0x20: return byte != 0x09 && byte != 0x0A
        default: return false
        }
    }
}
