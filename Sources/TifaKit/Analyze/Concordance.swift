/// Keyword in context: every occurrence of a term in a paragraph with the text around it.
/// Quotation marks, the enumeration comma and spaces are skipped when matching, the way
/// slogans are counted, so 四个意识 also finds “四个”意识.
public struct Concordance: Sendable {
    /// Characters of context on each side.
    public var width: Int

    public init(width: Int = 20) {
        self.width = max(1, width)
    }

    public struct Line: Sendable, Hashable {
        public var left: String
        public var match: String
        public var right: String
    }

    /// Occurrences of `term` in `text`, left to right, not overlapping.
    public func lines(of term: String, in text: String) -> [Line] {
        let key = Array(SloganNormalizer.normalize(term).unicodeScalars)
        guard !key.isEmpty else { return [] }
        let view = TransparentText(text)
        let (s, search, origin) = (view.scalars, view.search, view.origin)
        var result: [Line] = []
        var index = 0
        while index + key.count <= search.count {
            if search[index] == key[0], Array(search[index..<(index + key.count)]) == key {
                let first = origin[index]
                let last = origin[index + key.count - 1]
                result.append(Line(left: view.text(max(0, first - width)..<first),
                                   match: view.text(first..<(last + 1)),
                                   right: view.text((last + 1)..<min(s.count, last + 1 + width))))
                index += key.count
            } else {
                index += 1
            }
        }
        return result
    }
}
