/// Collects, sentence by sentence, which counted terms occur together. A sentence ends at
/// 。！？；, their ASCII forms, or a line break (paragraphs never share a sentence).
public struct CooccurrenceCounter: Sendable {
    public var stopwords: Stopwords
    /// How many of the most frequent terms are nodes.
    public var topTerms: Int
    /// At most this many collocates are kept per node (the most frequent).
    public var collocatesPerNode: Int

    public init(stopwords: Stopwords = .builtin, topTerms: Int = 20, collocatesPerNode: Int = 40) {
        self.stopwords = stopwords
        self.topTerms = topTerms
        self.collocatesPerNode = collocatesPerNode
    }

    /// The distinct counted terms (stopwords aside) of each sentence of a tokenized text.
    public func sentences(_ tokens: [Token], in text: [UInt16]) -> [Set<String>] {
        var result: [Set<String>] = []
        var current: Set<String> = []
        for token in tokens {
            switch token.kind {
            case .word, .number:
                let term = token.text(in: text)
                if !stopwords.contains(term) { current.insert(term) }
            case .punctuation, .whitespace:
                if Self.endsSentence(text[token.start..<token.end]) {
                    if !current.isEmpty { result.append(current) }
                    current = []
                }
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Co-occurrences over the sentences of an issue. `nodes` adds terms (the issue's
    /// slogans) to its most frequent ones.
    public func count(_ sentences: [Set<String>], terms: [TermCount], extraNodes: Set<String>) -> Cooccurrences {
        var frequency: [String: Int] = [:]
        for sentence in sentences {
            for term in sentence { frequency[term, default: 0] += 1 }
        }
        var nodes = Set(terms.lazy.filter { $0.term.unicodeScalars.count >= 2 && !self.stopwords.contains($0.term) }
            .prefix(topTerms).map(\.term))
        nodes.formUnion(extraNodes.filter { frequency[$0] != nil })
        nodes = nodes.filter { !Self.isNumeric($0) }
        var pairCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for node in sentence where nodes.contains(node) {
                for collocate in sentence where collocate != node && !Self.isNumeric(collocate) {
                    pairCounts[node, default: [:]][collocate, default: 0] += 1
                }
            }
        }
        var pairs: [Cooccurrences.Pair] = []
        for node in pairCounts.keys.sorted(by: Self.codePointOrder) {
            let collocates = pairCounts[node]!.map { TermCount(term: $0.key, count: $0.value) }
                .sorted(by: TermCounter.frequencyOrder).prefix(collocatesPerNode)
            pairs += collocates.map { Cooccurrences.Pair(node: node, collocate: $0.term, sentences: $0.count) }
        }
        let sentenceFrequency = frequency.map { TermCount(term: $0.key, count: $0.value) }.sorted(by: TermCounter.frequencyOrder)
        return Cooccurrences(sentences: sentences.count, sentenceFrequency: sentenceFrequency, pairs: pairs)
    }

    /// Numbers (2017年, 20%) share sentences with everything; they are never collocates.
    static func isNumeric(_ term: String) -> Bool {
        guard let first = term.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first)
    }

    static func endsSentence(_ units: ArraySlice<UInt16>) -> Bool {
        units.contains { $0 == 0x3002 || $0 == 0xFF01 || $0 == 0xFF1F || $0 == 0xFF1B || $0 == 0x21 || $0 == 0x3F || $0 == 0x3B || $0 == 0x0A }
    }

    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
