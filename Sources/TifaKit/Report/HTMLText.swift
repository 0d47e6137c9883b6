/// Escapes corpus text for HTML and SVG: every `<`, `>`, `&` and quote becomes an entity,
/// so a corpus line `<script>alert(1)</script>` stays text.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        ASCIIEscape.escape(text, needsEscape: needsEscape) { byte, out in
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
