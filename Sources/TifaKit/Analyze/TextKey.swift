/// A String as a dictionary key, equal exactly when the Strings are equal, hashed without
/// String's normalizing hash when it can be: over text of plain scalars (`PlainScalars`:
/// canonical normalization leaves it alone) the hash feeds the UTF-8 bytes and the
/// terminator that String's hash feeds after normalizing, so it is the same hash, at a
/// fraction of the cost (String hashing runs the NFC machinery, about 1,000 instructions
/// for a short CJK term). Any other text is hashed as a String. Corpus totals keyed by
/// term are summed over every term of every issue through this.
struct TextKey: Hashable, Sendable {
    let string: String

    init(_ string: String) {
        self.string = string
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.string == b.string
    }

    func hash(into hasher: inout Hasher) {
        var text = string
        let plain = text.withUTF8 { utf8 -> Bool in
            guard Self.isPlain(utf8) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
            return true
        }
        if plain {
            hasher.combine(0xFF as UInt8)  // String's terminator
        } else {
            hasher.combine(string)
        }
    }

    /// Whether every scalar of valid UTF-8 is plain.
    @inline(__always)
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < utf8.count {
            let (scalar, length) = String.scalar(inValidUTF8: utf8, at: i)
            guard PlainScalars.isPlain(scalar) else { return false }
            i += length
        }
        return true
    }
}
