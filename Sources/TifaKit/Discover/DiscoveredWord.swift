/// A character sequence discovery found to behave like a word in the corpus: it recurs,
/// its characters stick together (PMI) and its neighbours vary (branching entropy).
public struct DiscoveredWord: Sendable, Hashable, Codable {
    public var word: String
    public var count: Int
    /// Pointwise mutual information (log2) of the weakest split of the word.
    public var pmi: Double
    /// Entropy (bits) of the characters seen just before / after the word.
    public var leftEntropy: Double
    public var rightEntropy: Double

    public init(word: String, count: Int, pmi: Double, leftEntropy: Double, rightEntropy: Double) {
        self.word = word
        self.count = count
        self.pmi = pmi
        self.leftEntropy = leftEntropy
        self.rightEntropy = rightEntropy
    }
}
