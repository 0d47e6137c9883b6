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
        self.init(scalars: text.unicodeScalars.map(\.value), tokenizer: tokenizer)
    }

    /// The same for a text given as its Unicode scalar values (made once per paragraph
    /// and shared with the other extractors).
    public init(scalars: [UInt32], tokenizer: Tokenizer?) {
        self.scalars = scalars
        let n = scalars.count
        var boundary = [Bool](repeating: false, count: n + 1)
        var tokenEnd = [Int32](repeating: -1, count: n + 1)
        var tokens: [Token]? = nil
        var utf16: [UInt16] = []
        if let tokenizer {
            utf16.reserveCapacity(n)
            for value in scalars {
                if value < 0x10000 {
                    utf16.append(UInt16(truncatingIfNeeded: value))
                } else {
                    utf16.append(UInt16(truncatingIfNeeded: 0xD800 + ((value - 0x10000) >> 10)))
                    utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (value & 0x3FF)))
                }
            }
            tokens = try? tokenizer.icuTokens(utf16)
        }
        if let tokens {
            if utf16.count == n {
                // No astral characters: UTF-16 offsets are scalar offsets.
                for token in tokens {
                    boundary[token.start] = true
                    boundary[token.end] = true
                    tokenEnd[token.start] = Int32(token.end)
                }
                boundary[0] = true
                boundary[n] = true
                self.boundary = boundary
                self.tokenEnd = tokenEnd
                return
            }
            // UTF-16 offset -> scalar offset (they differ only past astral characters).
            var scalarAt = [Int32](repeating: 0, count: utf16.count + 1)
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
            for token in tokens {
                let a = Int(scalarAt[token.start]), b = Int(scalarAt[token.end])
                boundary[a] = true
                boundary[b] = true
                tokenEnd[a] = Int32(b)
            }
        } else {
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
