/// A text prepared for entity extraction: its Unicode scalars (the offsets mentions use)
/// and where ICU's dictionary word break puts word boundaries, so a candidate name that
/// would cut a dictionary word in two (江泽民|主席 vs 江泽民主|席) can be told apart.
public struct AnalyzedText: Sendable {
    public let scalars: [UInt32]
    /// `boundary[i]`: a word boundary falls before scalar `i` (0...count).
    public let boundary: [Bool]
    /// `tokenEnd[i]`: the end of the word starting at scalar `i`, or -1 inside a word.
    public let tokenEnd: [Int32]

    /// Segments `text` with `tokenizer`; without one, every scalar is its own word.
    public init(_ text: String, tokenizer: Tokenizer?) {
        self.init(scalars: text.unicodeScalarArray.map(\.value), tokenizer: tokenizer)
    }

    /// The same for a text given as its Unicode scalar values (made once per paragraph
    /// and shared with the other extractors).
    public init(scalars: [UInt32], tokenizer: Tokenizer?) {
        self.scalars = scalars
        let n = scalars.count
        var boundary = [Bool](repeating: false, count: n + 1)
        var tokenEnd = [Int32](repeating: -1, count: n + 1)
        var segmented = false
        if let tokenizer {
            var astral = 0
            for value in scalars where value >= 0x10000 { astral += 1 }
            let utf16 = [UInt16](unsafeUninitializedCapacity: n + astral) { units, count in
                var u = 0
                for value in scalars {
                    if value < 0x10000 {
                        units[u] = UInt16(truncatingIfNeeded: value)
                        u += 1
                    } else {
                        units[u] = UInt16(truncatingIfNeeded: 0xD800 + ((value - 0x10000) >> 10))
                        units[u + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF))
                        u += 2
                    }
                }
                count = u
            }
            // UTF-16 offset -> scalar offset (they differ only past astral characters).
            var scalarAt: [Int32] = []
            if astral > 0 {
                scalarAt = [Int32](repeating: 0, count: utf16.count + 1)
                var s: Int32 = 0
                var u = 0
                while u < utf16.count {
                    scalarAt[u] = s
                    if UTF16.isLeadSurrogate(utf16[u]), u + 1 < utf16.count {
                        scalarAt[u + 1] = s
                        u += 2
                    } else {
                        u += 1
                    }
                    s += 1
                }
                scalarAt[utf16.count] = s
            }
            // ICU's segments straight into the two tables (no token array). A failure
            // leaves them to the fallback below, which rewrites every entry.
            segmented = boundary.withUnsafeMutableBufferPointer { boundary in
                tokenEnd.withUnsafeMutableBufferPointer { tokenEnd in
                    utf16.withUnsafeBufferPointer { buffer in
                        (try? tokenizer.forEachICUSegment(in: buffer) { start, end in
                            let a = astral > 0 ? Int(scalarAt[start]) : start
                            let b = astral > 0 ? Int(scalarAt[end]) : end
                            boundary[a] = true
                            boundary[b] = true
                            tokenEnd[a] = Int32(b)
                        }) != nil
                    }
                }
            }
        }
        if !segmented {
            for i in 0...n {
                boundary[i] = true
                tokenEnd[i] = Int32(min(i + 1, n))
            }
        }
        boundary[0] = true
        boundary[n] = true
        self.boundary = boundary
        self.tokenEnd = tokenEnd
    }

    public var count: Int { scalars.count }

    /// The characters of `start..<end`.
    public func string(_ start: Int, _ end: Int) -> String {
        DateNormalizer.string(scalars, start, end)
    }

    /// Whether `start..<end` is exactly one dictionary word of ICU's.
    public func isSingleWord(_ start: Int, _ end: Int) -> Bool {
        tokenEnd[start] == Int32(end)
    }

    /// Whether `start..<end` begins and ends on word boundaries.
    public func isAligned(_ start: Int, _ end: Int) -> Bool {
        boundary[start] && boundary[end]
    }

    /// CJK unified ideographs (BMP and extension A) and 〇.
    public static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || value == 0x3007
    }

    public func isHan(at i: Int) -> Bool { i >= 0 && i < scalars.count && Self.isHan(scalars[i]) }
}
