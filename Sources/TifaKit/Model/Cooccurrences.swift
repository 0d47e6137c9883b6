/// Which terms share sentences in one issue: what collocations (PMI, log-likelihood) are
/// computed from once issues are summed. Kept for the key terms (its most frequent
/// terms and the slogans its tokenizer keeps whole) so the cache stays small.
public struct Cooccurrences: Sendable, Hashable, Codable {
    /// Sentences in the article text.
    public var sentences: Int = 0
    /// For every counted term: the number of sentences it occurs in.
    @PackedTermCounts public var sentenceFrequency: [TermCount] = []
    /// (node, collocate, sentences with both), sorted by node then count then collocate.
    @PackedPairs public var pairs: [Pair] = []

    public struct Pair: Sendable, Hashable, Codable {
        public var node: String
        public var collocate: String
        public var sentences: Int

        public init(node: String, collocate: String, sentences: Int) {
            self.node = node
            self.collocate = collocate
            self.sentences = sentences
        }

        // Encoded as `["node", "collocate", n]` to keep cache entries small.
        public init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            node = try container.decode(String.self)
            collocate = try container.decode(String.self)
            sentences = try container.decode(Int.self)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(node)
            try container.encode(collocate)
            try container.encode(sentences)
        }
    }

    public init(sentences: Int = 0, sentenceFrequency: [TermCount] = [], pairs: [Pair] = []) {
        self.sentences = sentences
        self.sentenceFrequency = sentenceFrequency
        self.pairs = pairs
    }
}
