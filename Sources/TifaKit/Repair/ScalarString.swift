extension String {
    /// A String of `scalars`, encoded to UTF-8 straight into the String's storage.
    /// Appending to a `String.UnicodeScalarView` scalar by scalar costs a few hundred
    /// instructions per scalar on Linux; stages that turn scalar arrays back into text
    /// (paragraphs, lines, slogans) use this instead. Same content, same String.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        guard byteCount > 0 else {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}

extension String {
    /// The String's Unicode scalars as an array, decoded straight from its UTF-8: the
    /// same array as `Array(unicodeScalars)`, which walks the scalar view twice (to count,
    /// then to copy) at several times the cost. Stages that split every paragraph of an
    /// issue into scalars (slogans) use this.
    var unicodeScalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { utf8 -> [Unicode.Scalar] in
            // Scalars are the bytes that are not continuation bytes (String is valid UTF-8).
            let count = utf8.count - String.continuationBytes(utf8)
            guard count > 0 else { return [] }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0, n = 0
                while i < utf8.count {
                    let (scalar, length) = String.scalar(inValidUTF8: utf8, at: i)
                    (buffer.baseAddress! + n).initialize(to: scalar)
                    i += length
                    n += 1
                }
                initialized = n
            }
        }
    }
}

extension String {
    /// The scalar whose UTF-8 starts at `i` of `utf8` and its length in bytes. `utf8` must
    /// be valid UTF-8 (a String's) and `i` at a scalar's start.
    @inline(__always)
    static func scalar(inValidUTF8 utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[i])
        let value: UInt32
        let length: Int
        if lead < 0x80 {
            return (Unicode.Scalar(UInt8(lead)), 1)
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                | UInt32(utf8[i + 3] & 0x3F)
            length = 4
        }
        // Valid UTF-8 decodes to a valid scalar value: no check (`Unicode.Scalar` is that
        // value; its failable initializer cost a test and a branch per scalar).
        return (unsafeBitCast(value, to: Unicode.Scalar.self), length)
    }

    /// How many bytes of valid UTF-8 are continuation bytes (10xxxxxx), eight at a time:
    /// a byte's bit 7 set and bit 6 clear is `x & ~(x << 1)` at its bit 7.
    static func continuationBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var i = 0
        while i + 8 <= utf8.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            count += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < utf8.count {
            if utf8[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}

extension String {
    /// Appends the String's UTF-16 code units to `units`, transcoded straight from its
    /// UTF-8: the same units as `units += utf16`, which on Linux goes through the generic
    /// UTF-16 view (an index computation per code unit) at several times the cost. The
    /// counting stages build every article's UTF-16 buffer this way.
    func appendUTF16(to units: inout [UInt16]) {
        var text = self
        text.withUTF8 { utf8 in
            // A scalar takes no more UTF-16 units than UTF-8 bytes: room for the most, then
            // written through a pointer and trimmed.
            let base = units.count
            units.append(contentsOf: repeatElement(0, count: utf8.count))
            let written = units.withUnsafeMutableBufferPointer { out -> Int in
                var i = 0, n = base
                while i < utf8.count {
                    let lead = utf8[i]
                    if lead < 0x80 {
                        out[n] = UInt16(lead)
                        n += 1
                        i += 1
                        continue
                    }
                    let (scalar, length) = String.scalar(inValidUTF8: utf8, at: i)
                    let value = scalar.value
                    if value < 0x10000 {
                        out[n] = UInt16(value)
                        n += 1
                    } else {
                        out[n] = UInt16(0xD800 + ((value - 0x10000) >> 10))
                        out[n + 1] = UInt16(0xDC00 + ((value - 0x10000) & 0x3FF))
                        n += 2
                    }
                    i += length
                }
                return n
            }
            units.removeLast(units.count - written)
        }
    }
}
