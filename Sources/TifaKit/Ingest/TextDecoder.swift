/// Turns an issue's bytes into text, or says exactly why it cannot: a nightly job must
/// name the file and the byte offset, never crash and never guess silently.
///
/// Accepted: UTF-8 (with or without byte-order mark), UTF-16 LE/BE with a byte-order mark
/// or without one when the bytes read unmistakably as UTF-16 text, and GB18030 (which
/// covers GBK and GB2312, the legacy encodings of Chinese offices).
/// A few malformed sequences (at most `tolerance`, and at most one per thousand bytes)
/// become U+FFFD with a warning; more than that, NUL bytes outside UTF-16, or nothing
/// but whitespace, reject the file.
public struct TextDecoder: Sendable {
    /// Malformed sequences accepted (each replaced by U+FFFD, each reported) before a file
    /// counts as undecodable. PDF extractors sometimes emit one stray byte; a wrong guess
    /// of encoding produces hundreds.
    public var tolerance: Int

    public init(tolerance: Int = 3) {
        self.tolerance = tolerance
    }

    /// Why bytes could not be read as text.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        /// Offset of the first offending byte, when there is one.
        public var byteOffset: Int?

        public init(message: String, byteOffset: Int? = nil) {
            self.message = message
            self.byteOffset = byteOffset
        }

        public var description: String {
            byteOffset.map { "\(message) at byte offset \($0)" } ?? message
        }
    }

    /// The decoded text, the encoding it was found in, and what was replaced on the way.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
        public var encoding: String
        /// One line per malformed sequence that became U+FFFD (with its byte offset).
        public var warnings: [String]

        public init(text: String, encoding: String, warnings: [String] = []) {
            self.text = text
            self.encoding = encoding
            self.warnings = warnings
        }
    }

    public func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.isEmpty { throw Failure(message: "empty file") }
        let decoded: Decoded
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            decoded = try decodeUTF16(bytes)
        } else {
            var body = bytes[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
            if let nul = body.firstIndex(of: 0) {
                // UTF-16 without a byte-order mark has NUL bytes in every ASCII character
                // (line ends included); binary data does not read as text that way.
                if let guessed = Self.decodeUTF16WithoutBOM(bytes[...]) {
                    decoded = guessed
                } else {
                    throw Failure(message: "binary data (NUL byte), not a text issue", byteOffset: nul)
                }
            } else {
                do {
                    decoded = try decodeUTF8OrLegacy(body)
                } catch {
                    // UTF-16 of pure Chinese text can lack NUL bytes; try it before giving up.
                    guard bytes.count >= 8, let guessed = Self.decodeUTF16WithoutBOM(bytes[...]) else { throw error }
                    decoded = guessed
                }
            }
        }
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw Failure(message: "no text (only whitespace)")
        }
        return decoded
    }

    /// UTF-16 with a byte-order mark; unpaired surrogates count as malformed.
    func decodeUTF16(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        let little = bytes[0] == 0xFF
        let name = little ? "UTF-16LE" : "UTF-16BE"
        let body = bytes[2...]
        if body.count % 2 != 0 {
            throw Failure(message: "\(name) text with an odd number of bytes (truncated)", byteOffset: bytes.count - 1)
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(little ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var bad: [Int] = []
        var i = 0
        while i < units.count {
            let unit = units[i]
            if UTF16.isLeadSurrogate(unit), i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) {
                i += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { bad.append(2 + 2 * i) }
            if unit == 0 { throw Failure(message: "binary data (NUL character in \(name))", byteOffset: 2 + 2 * i) }
            i += 1
        }
        try checkTolerance(bad.count, firstOffset: bad.first, byteCount: bytes.count, encoding: name)
        return Decoded(text: String(decoding: units, as: UTF16.self), encoding: name,
                       warnings: bad.map { "malformed \(name) replaced by U+FFFD at byte offset \($0)" })
    }

    /// UTF-8 when it is (nearly) valid; otherwise GB18030 when the bytes are not mostly
    /// UTF-8, convert cleanly and read as Chinese; otherwise the UTF-8 error, which names
    /// the first bad byte.
    func decodeUTF8OrLegacy(_ body: ArraySlice<UInt8>) throws(Failure) -> Decoded {
        // Valid UTF-8 (nearly every issue): the standard library's validation, which makes
        // the String in the same pass, instead of scanning the bytes first (both follow
        // Unicode's well-formedness table; the scan below is for damaged files).
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        let scan = Self.scanUTF8(body, keep: tolerance + 1)
        if scan.invalidCount == 0 {
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8")
        }
        // Real UTF-8 with a few damaged bytes has many good multi-byte sequences; GBK text
        // has almost none (its byte pairs are rarely well-formed UTF-8).
        let mostlyUTF8 = scan.multiByteCount >= scan.invalidCount
        if mostlyUTF8, tolerates(scan.invalidCount, of: body.count) {
            return Decoded(text: String(decoding: body, as: UTF8.self), encoding: "UTF-8",
                           warnings: scan.invalidOffsets.map { "invalid UTF-8 replaced by U+FFFD at byte offset \($0)" })
        }
        if !mostlyUTF8, let legacy = CharsetConverter.convert(body, from: "GB18030"),
           tolerates(legacy.invalidCount, of: body.count), Self.readsAsChinese(legacy.text) {
            let base = body.startIndex
            return Decoded(text: legacy.text, encoding: "GB18030",
                           warnings: legacy.invalidOffsets.map { "malformed GB18030 replaced by U+FFFD at byte offset \(base + $0)" })
        }
        var what = mostlyUTF8 ? "invalid UTF-8" : "invalid UTF-8 (and not GB18030/GBK either)"
        if scan.invalidCount <= 3, Self.isTruncatedAtEnd(body, from: scan.invalidOffsets[0]) {
            what = "truncated multi-byte UTF-8 sequence at the end of the file (cut off while copying?)"
            throw Failure(message: what, byteOffset: scan.invalidOffsets[0])
        }
        throw Failure(message: scan.invalidCount > 1 ? "\(what), \(scan.invalidCount) bad bytes, the first" : what,
                      byteOffset: scan.invalidOffsets[0])
    }

    /// Whether the bytes from `offset` to the end are the beginning of one UTF-8 sequence
    /// cut short: a lead byte followed by fewer continuation bytes than it announces.
    static func isTruncatedAtEnd(_ bytes: ArraySlice<UInt8>, from offset: Int) -> Bool {
        let tail = bytes[offset...]
        guard let lead = tail.first, tail.count < 4 else { return false }
        let wanted: Int
        switch lead {
        case 0xC2...0xDF: wanted = 2
        case 0xE0...0xEF: wanted = 3
        case 0xF0...0xF4: wanted = 4
        default: return false
        }
        return tail.count < wanted && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// UTF-16 without a byte-order mark, when the bytes leave no doubt: an even length,
    /// the NUL bytes of ASCII characters (line ends included) mostly on one side of the
    /// pairs, which gives the byte order; no NUL or lone surrogate in the text; nearly
    /// every character a letter, CJK character, punctuation or line end; and line ends
    /// present, or (no NUL byte at all) mostly CJK. Binary data and a text file with a
    /// stray NUL fail these; nil then.
    static func decodeUTF16WithoutBOM(_ bytes: ArraySlice<UInt8>) -> Decoded? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0 { evenZeros += 1 }
            if bytes[index + 1] == 0 { oddZeros += 1 }
            index += 2
        }
        let orders: [Bool]  // true: little-endian
        if evenZeros == 0, oddZeros == 0 {
            orders = [true, false]
        } else if oddZeros >= 2, evenZeros * 2 <= oddZeros {
            orders = [true]
        } else if evenZeros >= 2, oddZeros * 2 <= evenZeros {
            orders = [false]
        } else {
            return nil
        }
        for little in orders {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = bytes.startIndex
            while i < bytes.endIndex {
                let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
                units.append(little ? a | b << 8 : a << 8 | b)
                i += 2
            }
            guard let shape = utf16TextShape(units) else { continue }
            // With NUL bytes, they must come from line ends; without, the text must be Chinese.
            let convincing = evenZeros + oddZeros > 0 ? shape.hasLineEnd : shape.cjkPercent >= 50
            guard convincing else { continue }
            return Decoded(text: String(decoding: units, as: UTF16.self), encoding: little ? "UTF-16LE" : "UTF-16BE")
        }
        return nil
    }

    /// How `units` read as text: nil when they hold a NUL or lone surrogate, or when fewer
    /// than 95% of the characters are letters, digits, CJK, punctuation or white space.
    static func utf16TextShape(_ units: [UInt16]) -> (cjkPercent: Int, hasLineEnd: Bool)? {
        var i = 0, total = 0, plausible = 0, cjk = 0
        var lineEnd = false
        while i < units.count {
            let unit = units[i]
            var value = UInt32(unit)
            if UTF16.isLeadSurrogate(unit) {
                guard i + 1 < units.count, UTF16.isTrailSurrogate(units[i + 1]) else { return nil }
                value = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00)
                i += 1
            } else if UTF16.isTrailSurrogate(unit) || unit == 0 {
                return nil
            }
            i += 1
            total += 1
            switch value {
            case 0x0A, 0x0D:
                plausible += 1
                lineEnd = true
            case 0x09, 0x20...0x7E, 0xA0...0x24F, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFFEF:
                plausible += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2FA1F:
                plausible += 1
                cjk += 1
            default:
                break
            }
        }
        // Random or binary pairs rarely pass: over half of all code units are not text.
        guard total > 0, plausible * 100 >= total * 95 else { return nil }
        return (cjk * 100 / total, lineEnd)
    }

    /// At most `tolerance` malformed sequences, and at most one per thousand bytes.
    func tolerates(_ count: Int, of byteCount: Int) -> Bool {
        count <= tolerance && count * 1000 <= byteCount
    }

    func checkTolerance(_ count: Int, firstOffset: Int?, byteCount: Int, encoding: String) throws(Failure) {
        if !tolerates(count, of: byteCount) {
            throw Failure(message: "invalid \(encoding) (\(count) malformed sequences)", byteOffset: firstOffset)
        }
    }

    /// ICU's charset detector's view of some bytes: its confidence in GB18030 and its
    /// best guess. `tifa` decides by conversion; this is for diagnostics and tests.
    static func detectedCharset(_ body: ArraySlice<UInt8>) -> (gb18030: Int, best: String) {
        let answer = CharsetConverter.confidence(body, charset: "GB18030")
        return (answer.wanted, answer.best)
    }

    /// Most non-ASCII scalars are Han ideographs or CJK punctuation: what a real Chinese
    /// text decoded with the right charset looks like (a wrong guess gives rare symbols).
    static func readsAsChinese(_ text: String) -> Bool {
        var nonASCII = 0, chinese = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x2018...0x201D: chinese += 1
            default: break
            }
        }
        return nonASCII == 0 || chinese * 10 >= nonASCII * 7
    }

    /// How well-formed some bytes are as UTF-8: bad bytes (the first `keep` offsets, in
    /// `bytes`' own indices) and good multi-byte sequences.
    static func scanUTF8(_ bytes: ArraySlice<UInt8>, keep: Int) -> (invalidCount: Int, invalidOffsets: [Int], multiByteCount: Int) {
        var offsets: [Int] = []
        var invalid = 0, multiByte = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = validSequenceLength(bytes, at: i)
            if length == 0 {
                if offsets.count < keep { offsets.append(i) }
                invalid += 1
                i += 1
            } else {
                if length > 1 { multiByte += 1 }
                i += length
            }
        }
        return (invalid, offsets, multiByte)
    }

    /// Offsets (in `bytes`' own indices) of malformed UTF-8 bytes, at most `limit`.
    static func invalidUTF8Offsets(_ bytes: ArraySlice<UInt8>, limit: Int) -> [Int] {
        scanUTF8(bytes, keep: limit).invalidOffsets
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence,
    /// or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        invalidUTF8Offsets(bytes, limit: 1).first
    }

    /// Length of the well-formed sequence starting at `i`, or 0 when it is malformed.
    static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int {
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
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
        default: return 0
        }
        if bytes.endIndex - i < length { return 0 }
        let second = bytes[i + 1]
        if second < lower || second > upper { return 0 }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
