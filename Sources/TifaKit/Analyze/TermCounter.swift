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
        var table = TermTable()
        let total = count(tokens, in: text, into: &table)
        return (terms(of: table), total)
    }

    /// Adds the countable tokens of `text` to `table` (keyed by code units, no String per
    /// token); returns how many there were.
    func count(_ tokens: [Token], in text: [UInt16], into table: inout TermTable) -> Int {
        var ids: [Int32] = []
        return count(tokens, in: text, into: &table, ids: &ids)
    }

    /// The same, writing each countable token's index in `table` to `ids` (in token order):
    /// co-occurrence collection reads them instead of hashing every token again.
    func count(_ tokens: [Token], in text: [UInt16], into table: inout TermTable, ids: inout [Int32]) -> Int {
        var total = 0
        ids.removeAll(keepingCapacity: true)
        text.withUnsafeBufferPointer { buffer in
            for token in tokens where token.kind.isCountable {
                total += 1
                ids.append(Int32(table.add(buffer, start: token.start, end: token.end)))
            }
        }
        return total
    }

    /// The table's terms without stopwords, in frequency order. Terms are folded through
    /// String equality once per distinct term, as counting by String would have.
    func terms(of table: TermTable) -> [TermCount] {
        plainTerms(of: table)?.map(\.term) ?? foldedTerms(of: table)
    }

    /// `terms(of:)` through Strings: terms equal as Strings (canonically equivalent) fold.
    func foldedTerms(of table: TermTable) -> [TermCount] {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(table.count)
        for (term, count) in table.terms() where !stopwords.contains(term) {
            counts[term, default: 0] += count
        }
        return counts.map { TermCount(term: $0.key, count: $0.value) }.sorted(by: Self.frequencyOrder)
    }

    /// `terms(of:)` with each term's id in `table`, when every term is plain
    /// (`TermTable.isPlain`: nearly always): then no two terms are equal as Strings, so
    /// nothing folds, and ties are sorted over code units. Nil otherwise.
    func plainTerms(of table: TermTable) -> [(id: Int, term: TermCount)]? {
        guard table.isPlain() else { return nil }
        var names: [String] = []
        names.reserveCapacity(table.count)
        var kept: [Int] = []
        kept.reserveCapacity(table.count)
        for id in 0..<table.count {
            let term = table.string(id)
            names.append(term)
            if !stopwords.contains(units: table.units(id)) { kept.append(id) }
        }
        let counts = table.counts
        // Sorted by count, then code units, compared first through the first four units
        // packed (`TermTable.plainPrefix`), the whole terms only when those are equal: the
        // same total order as `plainPrecedes`, so the same result, with far fewer loads.
        var keys = kept.map { (count: counts[$0], prefix: table.plainPrefix($0), id: $0) }
        keys.sort { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            return table.plainPrecedes(a.id, b.id)
        }
        return keys.map { (id: $0.id, term: TermCount(term: names[$0.id], count: $0.count)) }
    }

    /// Most frequent first; equal counts in code-point order of the term.
    public static func frequencyOrder(_ a: TermCount, _ b: TermCount) -> Bool {
        if a.count != b.count { return a.count > b.count }
        return CodePointOrder.precedes(a.term, b.term)
    }
}
