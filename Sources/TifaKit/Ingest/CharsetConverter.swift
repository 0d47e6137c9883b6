import CICU

/// ICU's charset detection and conversion behind plain Swift types: the decoder asks it
/// how GB18030-like some bytes look and turns legacy or UTF-16 bytes into text, learning
/// where each malformed sequence sits so the user can be told the byte offset.
enum CharsetConverter {
    /// What a conversion produced.
    struct Converted: Sendable, Equatable {
        var text: String
        /// How many byte sequences were malformed (each became U+FFFD).
        var invalidCount: Int
        /// Offsets (from the start of the converted bytes) of the first malformed sequences.
        var invalidOffsets: [Int]
    }

    /// ICU's confidence (0-100) that `bytes` are in `charset`, and ICU's best guess.
    static func confidence(_ bytes: ArraySlice<UInt8>, charset: String) -> (wanted: Int, best: String, bestConfidence: Int) {
        let sample = bytes.prefix(1 << 16)  // detection needs a sample, not the whole file
        var best = [CChar](repeating: 0, count: 64)
        var bestConfidence: Int32 = 0
        let wanted = Array(sample).withUnsafeBufferPointer { buffer in
            cicu_charset_confidence(buffer.baseAddress, Int32(buffer.count), charset, &best, Int32(best.count), &bestConfidence)
        }
        let name = String(decoding: best.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (Int(wanted), name, Int(bestConfidence))
    }

    /// Converts `bytes` from `charset` (an ICU converter name) to text; nil when ICU has
    /// no such converter or the input is too large for one call.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String, maxOffsets: Int = 8) -> Converted? {
        guard bytes.count < Int(Int32.max) - 2 else { return nil }
        var out = [UInt16](repeating: 0, count: bytes.count + 2)
        var offsets = [Int32](repeating: 0, count: maxOffsets)
        var invalid: Int32 = 0
        var error: Int32 = 0
        let written = Array(bytes).withUnsafeBufferPointer { source in
            cicu_convert_to_utf16(charset, source.baseAddress, Int32(source.count), &out, Int32(out.count),
                                  &offsets, Int32(maxOffsets), &invalid, &error)
        }
        guard written >= 0 else { return nil }
        let text = String(decoding: out[..<Int(written)], as: UTF16.self)
        return Converted(text: text, invalidCount: Int(invalid),
                         invalidOffsets: offsets.prefix(min(Int(invalid), maxOffsets)).map(Int.init))
    }
}
