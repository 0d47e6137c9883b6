/// Words discovered issue by issue, summed over the corpus for `new_words.csv`: count is
/// the total over the issues that found the word; PMI and entropies are averages weighted
/// by those counts, so a word found in many issues is scored by all of them.
public enum NewWordSummary {
    public static func merge(_ issues: [IssueAnalysis]) -> [DiscoveredWord] {
        var sums = Sums()
        for issue in issues { sums.add(issue.newWords) }
        return sums.words()
    }

    /// Running sums, fed one issue at a time in issue order (the streaming reduce).
    public struct Sums: Sendable {
        /// Per word: total count and the count-weighted sums of its scores.
        var sums: [String: (count: Int, pmi: Double, left: Double, right: Double)] = [:]

        public init() {}

        public mutating func add(_ words: [DiscoveredWord]) {
            for word in words {
                var sum = sums[word.word] ?? (0, 0, 0, 0)
                let weight = Double(word.count)
                sum.count += word.count
                sum.pmi += word.pmi * weight
                sum.left += word.leftEntropy * weight
                sum.right += word.rightEntropy * weight
                sums[word.word] = sum
            }
        }

        /// The merged words, most frequent first.
        public func words() -> [DiscoveredWord] {
            sums.map { word, sum in
                let total = Double(sum.count)
                return DiscoveredWord(word: word, count: sum.count, pmi: sum.pmi / total,
                                      leftEntropy: sum.left / total, rightEntropy: sum.right / total)
            }.sorted {
                $0.count != $1.count ? $0.count > $1.count : CodePointOrder.precedes($0.word, $1.word)
            }
        }
    }
}
