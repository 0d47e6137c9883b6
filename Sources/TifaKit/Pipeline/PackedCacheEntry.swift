import Foundation

/// The bytes of a cache entry: one line of JSON (the envelope and the small parts of the
/// analysis), then the bulky lists (terms, sentence frequencies, co-occurrence pairs,
/// entities, slogans, figures) as sections of tab-separated lines, each section preceded
/// by its byte length on a line of its own. A nightly run with little new decodes every
/// entry; Foundation's JSON decoder spends most of that time on these thousands of keyed
/// objects and escaped strings, which the packed sections skip. In a field, `\`, tab, line
/// feed and carriage return are written `\\`, `\t`, `\n`, `\r`.
enum PackedCacheEntry {
    /// The entry's bytes.
    static func encode(_ entry: AnalysisCache.Entry, json: (AnalysisCache.Entry) throws -> [UInt8]) rethrows -> [UInt8] {
        var head = entry
        let analysis = entry.analysis
        head.analysis.terms = []
        head.analysis.cooccurrences.sentenceFrequency = []
        head.analysis.cooccurrences.pairs = []
        head.analysis.entities = []
        head.analysis.slogans = []
        head.analysis.figures = []
        var out = try json(head)
        out.append(UInt8(ascii: "\n"))
        var writer = Writer()
        for term in analysis.terms { writer.record(term.term, term.count, term.articles) }
        writer.endSection(into: &out)
        for term in analysis.cooccurrences.sentenceFrequency { writer.record(term.term, term.count, term.articles) }
        writer.endSection(into: &out)
        for pair in analysis.cooccurrences.pairs {
            writer.field(pair.node); writer.field(pair.collocate); writer.field(pair.sentences); writer.endRecord()
        }
        writer.endSection(into: &out)
        for entity in analysis.entities {
            writer.field(entity.type.rawValue); writer.field(entity.name); writer.field(entity.count)
            writer.field(entity.articles); writer.field(entity.article); writer.field(entity.line)
            for role in entity.roles { writer.field(role) }
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for slogan in analysis.slogans {
            writer.field(slogan.slogan); writer.field(slogan.category.rawValue); writer.field(slogan.count)
            writer.field(slogan.quoted); writer.field(slogan.articles); writer.field(slogan.article); writer.field(slogan.line)
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for figure in analysis.figures {
            writer.field(figure.article); writer.field(figure.line); writer.field(figure.kind); writer.field(figure.text)
            writer.field(figure.value); writer.field(figure.unit); writer.field(figure.subject)
            writer.endRecord()
        }
        writer.endSection(into: &out)
        return out
    }

    /// The entry, or nil if the bytes are not a whole entry of this layout.
    /// `lean` skips the sentence frequencies and figures (left empty).
    static func decode(_ bytes: [UInt8], lean: Bool = false,
                       json: (ArraySlice<UInt8>) -> AnalysisCache.Entry?) -> AnalysisCache.Entry? {
        bytes.withUnsafeBufferPointer { buffer -> AnalysisCache.Entry? in
            guard let lineEnd = buffer.firstIndex(of: UInt8(ascii: "\n")),
                  var entry = json(bytes[0..<lineEnd]) else { return nil }
            var reader = Reader(buffer: buffer, position: lineEnd + 1)
            guard let terms = reader.section({ Self.termCount($0) }),
                  let frequencies = lean ? (reader.skipSection() ? [] : nil) : reader.section({ Self.termCount($0) }),
                  let pairs = reader.section({ fields -> Cooccurrences.Pair? in
                      guard fields.count == 3, let sentences = fields.int(2) else { return nil }
                      return Cooccurrences.Pair(node: fields.string(0), collocate: fields.string(1), sentences: sentences)
                  }),
                  let entities = reader.section({ fields -> EntityTally? in
                      guard fields.count >= 6, let type = Mention.Kind(rawValue: fields.string(0)),
                            let count = fields.int(2), let articles = fields.int(3), let article = fields.int(4),
                            let line = fields.int(5) else { return nil }
                      return EntityTally(type: type, name: fields.string(1), count: count,
                                         roles: (6..<fields.count).map { fields.string($0) },
                                         articles: articles, article: article, line: line)
                  }),
                  let slogans = reader.section({ fields -> SloganTally? in
                      guard fields.count == 7, let category = SloganCategory(rawValue: fields.string(1)),
                            let count = fields.int(2), let quoted = fields.int(3), let articles = fields.int(4),
                            let article = fields.int(5), let line = fields.int(6) else { return nil }
                      return SloganTally(slogan: fields.string(0), category: category, count: count, quoted: quoted,
                                         articles: articles, article: article, line: line)
                  }),
                  let figures = lean ? (reader.skipSection() ? [] : nil) : reader.section({ fields -> FigureRow? in
                      guard fields.count == 7, let article = fields.int(0), let line = fields.int(1) else { return nil }
                      return FigureRow(article: article, line: line, kind: fields.string(2), text: fields.string(3),
                                       value: fields.string(4), unit: fields.string(5), subject: fields.string(6))
                  }),
                  reader.position == buffer.count
            else { return nil }
            entry.analysis.terms = terms
            entry.analysis.cooccurrences.sentenceFrequency = frequencies
            entry.analysis.cooccurrences.pairs = pairs
            entry.analysis.entities = entities
            entry.analysis.slogans = slogans
            entry.analysis.figures = figures
            return entry
        }
    }

    /// The JSON line of an entry whose six sections are all there (lengths checked, lines
    /// not parsed), or nil.
    static func headLine(_ bytes: [UInt8]) -> ArraySlice<UInt8>? {
        bytes.withUnsafeBufferPointer { buffer -> ArraySlice<UInt8>? in
            guard let lineEnd = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            var reader = Reader(buffer: buffer, position: lineEnd + 1)
            for _ in 0..<6 { guard reader.skipSection() else { return nil } }
            return reader.position == buffer.count ? bytes[0..<lineEnd] : nil
        }
    }

    private static func termCount(_ fields: Fields) -> TermCount? {
        guard fields.count == 3, let count = fields.int(1), let articles = fields.int(2) else { return nil }
        return TermCount(term: fields.string(0), count: count, articles: articles)
    }

    /// Builds one section's lines, then appends it with its length.
    struct Writer {
        private var body: [UInt8] = []
        private var fieldsInRecord = 0

        mutating func field(_ text: String) {
            separate()
            PackedCacheEntry.appendEscaped(text, to: &body)
        }

        mutating func field(_ number: Int) {
            separate()
            PackedCacheEntry.appendDecimal(number, to: &body)
        }

        /// `value` as lowercase hexadecimal digits without leading zeros (`String(value, radix: 16)`).
        mutating func field(hex value: UInt64) {
            separate()
            var digits: (UInt64, UInt64) = (0, 0)
            let count = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
                var rest = value
                var count = 0
                repeat {
                    let digit = UInt8(truncatingIfNeeded: rest & 0xF)
                    scratch[15 - count] = digit < 10 ? 48 + digit : 87 + digit
                    rest >>= 4
                    count += 1
                } while rest != 0
                return count
            }
            withUnsafeBytes(of: &digits) { raw in
                for index in (16 - count)..<16 { body.append(raw[index]) }
            }
        }

        mutating func record(_ text: String, _ first: Int, _ second: Int) {
            field(text); field(first); field(second); endRecord()
        }

        mutating func endRecord() {
            body.append(UInt8(ascii: "\n"))
            fieldsInRecord = 0
        }

        mutating func endSection(into out: inout [UInt8]) {
            out.append(contentsOf: String(body.count).utf8)
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: body)
            body.removeAll(keepingCapacity: true)
        }

        private mutating func separate() {
            if fieldsInRecord > 0 { body.append(UInt8(ascii: "\t")) }
            fieldsInRecord += 1
        }
    }

    /// `text` as a field stores it: UTF-8 with `\\`, tab, LF and CR escaped, so a field
    /// never holds the separators. The second pass of the reduce looks keys up in this
    /// spelling (EscapedKeyTable), so there is one definition of it.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        // Most fields need no escape: one scan, one copy (not an append per byte).
        let copied = text.withUTF8 { utf8 -> Bool in
            // One comparison for most bytes (CJK UTF-8 is all >= 0x80): only bytes up to the
            // backslash can be one of the four.
            for byte in utf8 where byte <= UInt8(ascii: "\\") && (byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) { return false }
            out.append(contentsOf: utf8)
            return true
        }
        if copied { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            default: out.append(byte)
            }
        }
    }

    /// `number` in decimal, as `String(number)` spells it, without making the String.
    static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var rest = number.magnitude
            var count = 0
            repeat {
                scratch[23 - count] = 48 + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                count += 1
            } while rest != 0
            if number < 0 {
                scratch[23 - count] = UInt8(ascii: "-")
                count += 1
            }
            return count
        }
        // Byte by byte: appending a slice of raw bytes went through the generic
        // element-by-element path (~250 instructions for a two-digit number).
        withUnsafeBytes(of: &digits) { raw in
            for index in (24 - count)..<24 { out.append(raw[index]) }
        }
    }

    /// The bytes `appendEscaped` wrote, back. Runs between backslashes are copied whole
    /// (pages are long, escapes rare); a lone last backslash is kept.
    static func unescaped(_ slice: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var position = 0
        while position < slice.count {
            var end = slice.count
            if let base = slice.baseAddress, let found = memchr(base + position, Int32(UInt8(ascii: "\\")), slice.count - position) {
                end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: slice[position..<end]))
            position = end
            guard position < slice.count else { break }
            guard position + 1 < slice.count else { bytes.append(slice[position]); break }
            switch slice[position + 1] {
            case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "n"): bytes.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
            default: bytes.append(slice[position + 1])
            }
            position += 2
        }
        return bytes
    }

    /// The fields of one line: byte ranges into the entry, read on demand.
    struct Fields {
        let buffer: UnsafeBufferPointer<UInt8>
        /// Where each field starts and ends, and whether it holds an escape: the first
        /// `count` entries are this line's (the arrays are reused from line to line:
        /// `removeAll(keepingCapacity:)` three times a line cost more than reading it).
        private var starts: [Int] = []
        private var ends: [Int] = []
        private var escaped: [Bool] = []
        private(set) var count = 0

        init(buffer: UnsafeBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        /// Adds the line's next field.
        mutating func append(start: Int, end: Int, escaped isEscaped: Bool) {
            if count < starts.count {
                starts[count] = start
                ends[count] = end
                escaped[count] = isEscaped
            } else {
                starts.append(start)
                ends.append(end)
                escaped.append(isEscaped)
            }
            count += 1
        }

        /// Starts the next line.
        mutating func removeAll() {
            count = 0
        }

        func string(_ index: Int) -> String {
            precondition(index < count, "field \(index) of a line of \(count)")
            let slice = UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]])
            guard escaped[index] else { return String(decoding: slice, as: UTF8.self) }
            return String(decoding: bytes(index), as: UTF8.self)
        }

        /// The bytes of field `index`, unescaped (for text only copied on: no String made).
        func bytes(_ index: Int) -> [UInt8] {
            precondition(index < count, "field \(index) of a line of \(count)")
            let slice = UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]])
            guard escaped[index] else { return Array(slice) }
            return PackedCacheEntry.unescaped(slice)
        }

        /// Whether field `index` is `text` (without making a String).
        func equals(_ index: Int, _ text: String) -> Bool {
            precondition(index < count, "field \(index) of a line of \(count)")
            guard !escaped[index] else { return string(index) == text }
            var text = text
            return text.withUTF8 { utf8 in
                utf8.count == ends[index] - starts[index]
                    && UnsafeBufferPointer(rebasing: buffer[starts[index]..<ends[index]]).elementsEqual(utf8)
            }
        }

        func int(_ index: Int) -> Int? {
            precondition(index < count, "field \(index) of a line of \(count)")
            var position = starts[index]
            let end = ends[index]
            var negative = false
            if position < end, buffer[position] == UInt8(ascii: "-") {
                negative = true
                position += 1
            }
            guard position < end, end - position <= 18 else { return nil }
            var value = 0
            while position < end {
                let digit = Int(buffer[position]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
                position += 1
            }
            return negative ? -value : value
        }

        /// Field `index` read as 1 to 16 hexadecimal digits (what `Writer.field(hex:)` writes).
        func hex(_ index: Int) -> UInt64? {
            precondition(index < count, "field \(index) of a line of \(count)")
            let start = starts[index], end = ends[index]
            guard end > start, end - start <= 16 else { return nil }
            var value: UInt64 = 0
            for position in start..<end {
                let byte = buffer[position]
                let digit: UInt8
                switch byte {
                case 48...57: digit = byte - 48
                case 97...102: digit = byte - 87
                case 65...70: digit = byte - 55
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            }
            return value
        }
    }

    /// Reads sections in order.
    struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var position: Int

        /// Steps over the next section; false if it is cut short.
        mutating func skipSection() -> Bool {
            guard let length = sectionLength() else { return false }
            guard length == 0 || buffer[position + length - 1] == UInt8(ascii: "\n") else { return false }
            position += length
            return true
        }

        /// Reads a section's length line; the position is then at the section's first byte.
        private mutating func sectionLength() -> Int? {
            var length = 0
            var digits = 0
            while position < buffer.count, buffer[position] != UInt8(ascii: "\n") {
                let digit = Int(buffer[position]) - 48
                guard digit >= 0, digit <= 9, digits < 18 else { return nil }
                length = length * 10 + digit
                digits += 1
                position += 1
            }
            guard digits > 0, position < buffer.count, buffer.count - (position + 1) >= length else { return nil }
            position += 1
            return length
        }

        /// The records of the next section, or nil if it is cut short or a line does not parse.
        mutating func section<T>(_ make: (Fields) -> T?) -> [T]? {
            guard let length = sectionLength() else { return nil }
            let end = position + length
            var result: [T] = []
            guard length > 0, let base = buffer.baseAddress else { return result }
            var fields = Fields(buffer: buffer)
            // Lines, fields and escapes found with memchr: records hold whole rendered pages,
            // which a byte-by-byte loop walked at several instructions a byte.
            func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int? {
                guard to > from, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            }
            while position < end {
                guard let lineEnd = find(UInt8(ascii: "\n"), position, end) else { return nil }
                var fieldStart = position
                while true {
                    let fieldEnd = find(UInt8(ascii: "\t"), fieldStart, lineEnd) ?? lineEnd
                    fields.append(start: fieldStart, end: fieldEnd,
                                  escaped: find(UInt8(ascii: "\\"), fieldStart, fieldEnd) != nil)
                    if fieldEnd == lineEnd { break }
                    fieldStart = fieldEnd + 1
                }
                guard let value = make(fields) else { return nil }
                result.append(value)
                fields.removeAll()
                position = lineEnd + 1
            }
            return result
        }
    }
}
