/// What a token is, from ICU's rule status plus a look at the characters ICU leaves
/// unclassified. Statistics count `word` and `number`; the rest is structure.
public enum TokenKind: UInt8, Sendable, Codable, Hashable {
    /// Letters, kana or ideographs (ICU statuses 200..<500).
    case word
    /// Digits, possibly with separators (ICU statuses 100..<200).
    case number
    /// Punctuation, symbols and anything else ICU gives status 0 that is not blank.
    case punctuation
    /// Spaces, tabs and line ends.
    case whitespace

    /// Whether frequency tables count this kind of token.
    public var isCountable: Bool { self == .word || self == .number }
}

/// A token is a range of UTF-16 code units in the text it came from: no copy of the
/// characters, so tokenizing a large issue allocates one array, not one string per token.
public struct Token: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    public var length: Int { end - start }

    /// The token's characters in `text` (the UTF-16 buffer it was cut from).
    public func text(in text: [UInt16]) -> String {
        String(decoding: text[start..<end], as: UTF16.self)
    }
}
