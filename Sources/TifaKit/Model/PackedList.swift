/// Term lists stored in the cache as one string of `term<TAB>count<TAB>articles` lines
/// instead of thousands of small JSON arrays: decoding a cache entry is the main cost of a
/// nightly run with nothing new, and one long string decodes many times faster. Terms
/// are word and number tokens, which never hold a tab or a line break.
@propertyWrapper
public struct PackedTermCounts: Sendable, Hashable, Codable {
    public var wrappedValue: [TermCount]

    public init(wrappedValue: [TermCount]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: Decoder) throws {
        let packed = try decoder.singleValueContainer().decode(String.self)
        wrappedValue = PackedLines.parse(packed) { fields in
            guard fields.count >= 2, let count = Int(fields[1]) else { return nil }
            return TermCount(term: String(fields[0]), count: count, articles: fields.count > 2 ? Int(fields[2]) ?? 0 : 0)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var packed = ""
        packed.reserveCapacity(wrappedValue.count * 12)
        for term in wrappedValue {
            packed += term.term
            packed += "\t"
            packed += String(term.count)
            if term.articles != 0 {
                packed += "\t"
                packed += String(term.articles)
            }
            packed += "\n"
        }
        var container = encoder.singleValueContainer()
        try container.encode(packed)
    }
}

/// Co-occurrence pairs packed the same way: `node<TAB>collocate<TAB>sentences` lines.
@propertyWrapper
public struct PackedPairs: Sendable, Hashable, Codable {
    public var wrappedValue: [Cooccurrences.Pair]

    public init(wrappedValue: [Cooccurrences.Pair]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: Decoder) throws {
        let packed = try decoder.singleValueContainer().decode(String.self)
        wrappedValue = PackedLines.parse(packed) { fields in
            guard fields.count == 3, let sentences = Int(fields[2]) else { return nil }
            return Cooccurrences.Pair(node: String(fields[0]), collocate: String(fields[1]), sentences: sentences)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var packed = ""
        for pair in wrappedValue {
            packed += pair.node + "\t" + pair.collocate + "\t" + String(pair.sentences) + "\n"
        }
        var container = encoder.singleValueContainer()
        try container.encode(packed)
    }
}

/// Splits packed lines into tab-separated fields without walking Characters.
enum PackedLines {
    static func parse<T>(_ packed: String, _ make: ([Substring]) -> T?) -> [T] {
        var result: [T] = []
        let whole = Substring(packed)
        let utf8 = whole.utf8
        var fields: [Substring] = []
        var fieldStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                // Tabs and line feeds are ASCII, so these indices fall on character boundaries.
                fields.append(whole[fieldStart..<index])
                fieldStart = utf8.index(after: index)
                if byte == UInt8(ascii: "\n") {
                    if let value = make(fields) { result.append(value) }
                    fields.removeAll(keepingCapacity: true)
                }
            }
            index = utf8.index(after: index)
        }
        return result
    }
}
