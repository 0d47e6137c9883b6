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
