import Foundation

/// Collocations of the corpus's key terms and slogans over sentence co-occurrence: PMI says
/// how much more often two terms share a sentence than chance would have them (it favours
/// rare pairs), log-likelihood G2 how sure that is (it favours frequent ones); tables are
/// ranked by G2 and show both.
public struct CollocationScorer: Sendable {
    /// Pairs seen in fewer sentences than this are not listed.
    public var minimumSentences: Int
    /// Collocates listed per node.
    public var perNode: Int
    /// Nodes: this many of the most frequent nodes.
    public var nodes: Int

    public init(minimumSentences: Int = 3, perNode: Int = 10, nodes: Int = 30) {
        self.minimumSentences = minimumSentences
        self.perNode = perNode
        self.nodes = nodes
    }

    public func score(_ issues: [Cooccurrences]) -> [Collocation] {
        var sentences = 0
        var frequency: [String: Int] = [:]
        var pairs: [String: [String: Int]] = [:]
        for issue in issues {
            sentences += issue.sentences
            for term in issue.sentenceFrequency { frequency[term.term, default: 0] += term.count }
            for pair in issue.pairs { pairs[pair.node, default: [:]][pair.collocate, default: 0] += pair.sentences }
        }
        let chosen = Set(chooseNodes(Set(pairs.keys)) { frequency[$0] ?? 0 })
        return score(pairs: pairs.filter { chosen.contains($0.key) }, sentences: sentences) { frequency[$0] }
    }

    /// The nodes scored: the `nodes` most frequent (sentences they occur in) of the terms
    /// that have pairs, ties in code-point order. Known after the first pass of the reduce,
    /// so the second keeps only these nodes' pairs.
    public func chooseNodes(_ candidates: Set<String>, frequency: (String) -> Int) -> [String] {
        Array(candidates.map { ($0, frequency($0)) }.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : CodePointOrder.precedes(a.0, b.0)
        }.prefix(nodes).map(\.0))
    }

    /// Collocations of the chosen nodes from their summed pairs; `frequency` gives the
    /// sentences a term occurs in over the corpus (nil when not counted).
    public func score(pairs: [String: [String: Int]], sentences: Int, frequency: (String) -> Int?) -> [Collocation] {
        guard sentences > 0 else { return [] }
        var result: [Collocation] = []
        for node in pairs.keys.sorted(by: { CodePointOrder.precedes($0, $1) }) {
            let n = Double(frequency(node) ?? 0)
            var scored: [Collocation] = []
            for (collocate, both) in pairs[node]! where both >= minimumSentences {
                let c = Double(frequency(collocate) ?? both)
                let stats = Self.statistics(both: Double(both), node: n, collocate: c, sentences: Double(sentences))
                guard stats.pmi > 0 else { continue }
                scored.append(Collocation(node: node, collocate: collocate, count: both, pmi: stats.pmi, g2: stats.g2))
            }
            scored.sort { a, b in
                a.g2 != b.g2 ? a.g2 > b.g2 : CodePointOrder.precedes(a.collocate, b.collocate)
            }
            result += scored.prefix(perNode)
        }
        return result
    }

    /// PMI (bits) and G2 of a 2x2 table over sentences.
    public static func statistics(both: Double, node: Double, collocate: Double, sentences: Double) -> (pmi: Double, g2: Double) {
        let pmi = log2(both * sentences / (node * collocate))
        let observed = [both, node - both, collocate - both, sentences - node - collocate + both]
        let rows = [node, sentences - node]
        let columns = [collocate, sentences - collocate]
        var g2 = 0.0
        for (index, o) in observed.enumerated() where o > 0 {
            let expected = rows[index / 2] * columns[index % 2] / sentences
            if expected > 0 { g2 += o * log(o / expected) }
        }
        return (pmi, 2 * g2)
    }
}

/// A node term or slogan and a term that keeps it company.
public struct Collocation: Sendable, Hashable {
    public var node: String
    public var collocate: String
    /// Sentences holding both.
    public var count: Int
    public var pmi: Double
    public var g2: Double
}
