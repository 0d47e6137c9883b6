/// Turns an issue's bytes into text, or says exactly why it cannot: a nightly job must
/// name the file and the byte offset, never crash and never guess silently.
public struct TextDecoder: Sendable {
    public init() {}

    /// Why bytes could not be read as text.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        /// Offset of the first offending byte, when there is one.
        public var byteOffset: Int?

        public var description: String {
            byteOffset.map { "\(message) at byte offset \($0)" } ?? message
        }
    }

    /// The decoded text and what encoding it was found in.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: String
    }

    /// Decodes UTF-8 (with or without a byte-order mark).
    public func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw Failure(message: "empty file") }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        if let nul = body.firstIndex(of: 0) {
            throw Failure(message: "binary data (NUL byte), not a text issue", byteOffset: nul)
        }
        if let bad = Self.firstInvalidUTF8(body) {
            throw Failure(message: "invalid UTF-8", byteOffset: bad)
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw Failure(message: "no text (only whitespace)")
        }
        return Decoded(text: text, encoding: "UTF-8")
    }

    /// The offset (in `bytes`' own indices) of the first byte that does not belong to a
    /// well-formed UTF-8 sequence, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if end - i < length { return i }
            let second = bytes[i + 1]
            if second < lower || second > upper { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
