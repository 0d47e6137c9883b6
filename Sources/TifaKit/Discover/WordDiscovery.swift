import Foundation

/// Finds new words in a corpus without a dictionary: n-grams that recur (`minCount`),
/// whose weakest split still has high PMI (`minPMI`), and whose left and right neighbours
/// are varied (`minEntropy`), i.e. a sequence used as a unit in many contexts. Words
/// the tokenizer already produces whole, and sequences starting or ending with a
/// function character, are not reported.
public struct WordDiscovery: Sendable {
    public var minCount = 5
    public var minPMI = 4.0
    public var minEntropy = 1.5
    public var maxLength = 4
    /// Largest n-gram table kept while merging documents (memory bound).
    public var maxEntries = 400_000

    public init() {}

    /// Statistics of one document, ready to be merged.
    public func statistics(of text: [UInt16]) -> NgramStatistics {
        NgramStatistics(text: text, maxLength: maxLength, minCount: 2)
    }

    /// Scores every candidate; `isKnown` says whether the current tokenizer already keeps
    /// a sequence whole. Sorted by count descending, then word, so output is deterministic.
    public func discover(_ statistics: NgramStatistics, isKnown: ([UInt16]) -> Bool) -> [DiscoveredWord] {
        guard statistics.positions > 0 else { return [] }
        let total = Double(statistics.positions)
        var found: [DiscoveredWord] = []
        var values: [Double] = []
        statistics.forEachGram(minCount: minCount) { key, count, leftNeighbours, rightNeighbours in
            let units = NgramStatistics.units(of: key)
            if FunctionCharacters.contains(units.first!) || FunctionCharacters.contains(units.last!) { return }
            if units.contains(where: { $0 == 0x7684 || $0 == 0x4E86 }) { return }  // 的 了 inside: a phrase
            let left = Self.entropy(leftNeighbours, values: &values)
            let right = Self.entropy(rightNeighbours, values: &values)
            guard min(left, right) >= minEntropy else { return }
            var pmi = Double.infinity
            for split in 1..<units.count {
                let a = statistics.count(units[..<split])
                let b = statistics.count(units[split...])
                guard a > 0, b > 0 else { continue }
                pmi = min(pmi, log2(Double(count) * total / (Double(a) * Double(b))))
            }
            guard pmi.isFinite, pmi >= minPMI else { return }
            if isKnown(units) { return }
            found.append(DiscoveredWord(word: String(decoding: units, as: UTF16.self), count: count,
                                        pmi: pmi, leftEntropy: left, rightEntropy: right))
        }
        return found.sorted {
            $0.count != $1.count ? $0.count > $1.count : CodePointOrder.precedes($0.word, $1.word)
        }
    }

    /// Discovery over whole texts (e.g. `tifa tokenize --discover FILE`).
    public func discover(texts: [[UInt16]], tokenizer: Tokenizer) -> [DiscoveredWord] {
        var statistics = NgramStatistics(maxLength: maxLength)
        var scratch = NgramStatistics.Scratch()
        for text in texts {
            statistics.add(text, minCount: 2, scratch: &scratch)
            statistics.prune(maxEntries: maxEntries)
        }
        return discover(statistics, isKnown: { Self.isWhole($0, tokenizer: tokenizer) })
    }

    /// Whether `tokenizer` already handles `units`: keeps it whole, or cuts it only into
    /// words of two or more characters (a phrase of known words, like 经济发展, is not a
    /// new word; a sequence left in single characters, like 衢/州, is).
    public static func isWhole(_ units: [UInt16], tokenizer: Tokenizer) -> Bool {
        guard let tokens = try? tokenizer.tokenize(units) else { return false }
        return tokens.count == 1 || !tokens.contains { $0.length == 1 }
    }

    /// Shannon entropy (bits) of neighbour counts; each run boundary (key 0) counts as a
    /// distinct neighbour, since a word at a boundary says nothing about what sticks to it.
    static func entropy(_ counts: [UInt16: Int32]) -> Double {
        var values: [Double] = []
        return entropy(counts.map { (unit: $0.key, count: $0.value) }[...], values: &values)
    }

    /// The same over (unit, count) pairs; `values` is a reusable buffer. Terms are summed
    /// in ascending order of probability, so the result does not depend on the pairs' order.
    static func entropy(_ counts: NgramStatistics.Neighbours, values: inout [Double]) -> Double {
        values.removeAll(keepingCapacity: true)
        var total = 0.0
        for (unit, count) in counts {
            if unit == 0 {
                for _ in 0..<count { values.append(1) }
            } else {
                values.append(Double(count))
            }
            total += Double(count)
        }
        guard total > 0 else { return 0 }
        values.sort()
        var h = 0.0
        for value in values {
            let p = value / total
            h -= p * log2(p)
        }
        return h
    }
}
