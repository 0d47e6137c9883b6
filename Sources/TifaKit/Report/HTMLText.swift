/// Escapes corpus text for HTML and SVG: every `<`, `>`, `&` and quote becomes an entity,
/// so a corpus line `<script>alert(1)</script>` stays text.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        // Over UTF-8 bytes: every character replaced is ASCII, and no byte of a multi-byte
        // sequence is ASCII (appending scalar by scalar cost most of a report's rendering).
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                // Control characters other than tab and line ends have no place in a page.
                case 0..<0x20 where byte != 0x09 && byte != 0x0A: out.append(UInt8(ascii: " "))
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
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
