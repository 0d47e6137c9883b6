/// Counts the words and numbers of a tokenized text. Punctuation and whitespace are
/// structure, not terms, so they never reach a frequency table.
public struct TermCounter: Sendable {
    /// Terms left out of the table (still counted in the token total, so rates do not
    /// depend on the stopword list).
    public var stopwords: Stopwords

    public init(stopwords: Stopwords = .builtin) {
        self.stopwords = stopwords
    }

    /// Term counts sorted by count (descending), then by term, so ties never depend on
    /// hashing order, and the number of countable tokens.
    public func count(_ tokens: [Token], in text: [UInt16]) -> (terms: [TermCount], tokens: Int) {
        var counts: [String: Int] = [:]
        var total = 0
        for token in tokens where token.kind.isCountable {
            total += 1
            let term = token.text(in: text)
            if stopwords.contains(term) { continue }
            counts[term, default: 0] += 1
        }
        let terms = counts.map { TermCount(term: $0.key, count: $0.value) }.sorted(by: Self.frequencyOrder)
        return (terms, total)
    }

    /// Most frequent first; equal counts in code-point order of the term.
    public static func frequencyOrder(_ a: TermCount, _ b: TermCount) -> Bool {
        if a.count != b.count { return a.count > b.count }
        return a.term.unicodeScalars.lexicographicallyPrecedes(b.term.unicodeScalars)
    }
}
