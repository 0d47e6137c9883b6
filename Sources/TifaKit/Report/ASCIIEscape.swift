/// The byte walk behind HTML and Markdown escaping. Every character those formats replace
/// is ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so escaping can work on
/// UTF-8 bytes (appending scalar by scalar cost most of a report's rendering) and hand
/// text back untouched, without a copy, when it holds nothing to escape.
enum ASCIIEscape {
    /// `text` with each byte for which `needsEscape` holds written by `replace` into the
    /// output (other bytes are copied).
    @inline(__always)
    static func escape(_ text: String, needsEscape: (UInt8) -> Bool,
                       replace: (UInt8, inout [UInt8]) -> Void) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if needsEscape(byte) { replace(byte, &out) } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The same appended to `out` as UTF-8 (renderers that build bytes, not Strings).
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8], needsEscape: (UInt8) -> Bool,
                       replace: (UInt8, inout [UInt8]) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else { return out.append(contentsOf: bytes) }
            for byte in bytes {
                if needsEscape(byte) { replace(byte, &out) } else { out.append(byte) }
            }
        }
    }
}
