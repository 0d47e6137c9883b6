import Foundation

/// Which terms an issue uses more than the rest of the corpus: log-likelihood G2 (Dunning
/// 1993, the keyness statistic of AntConc and quanteda) for significance, and Hardie's log
/// ratio for the size of the effect. G2 alone ranks frequent words first however small the
/// difference; the log ratio says how many times more (in powers of two) the issue uses it.
public struct Keyness: Sendable {
    /// Terms seen fewer times than this in the issue are not listed.
    public var minimumCount: Int
    /// Only terms at least this significant are listed (3.84: p < 0.05, 6.63: p < 0.01).
    public var minimumG2: Double

    public init(minimumCount: Int = 3, minimumG2: Double = 3.84) {
        self.minimumCount = minimumCount
        self.minimumG2 = minimumG2
    }

    /// One term's keyness in one issue.
    public struct Score: Sendable, Hashable {
        public var term: String
        public var count: Int
        /// The count the issue would have if it used the term at the corpus rate.
        public var expected: Double
        public var g2: Double
        /// log2 of the issue's rate over the rest's rate (0.5 added to a zero count).
        public var logRatio: Double
    }

    /// Over-represented terms of an issue against the rest of the corpus, most key first.
    /// `corpus` and `corpusTokens` include the issue itself.
    public func scores(issue terms: [TermCount], issueTokens: Int, corpus: [String: Int], corpusTokens: Int) -> [Score] {
        scores(issue: terms, issueTokens: issueTokens, tokens: corpusTokens) { corpus[$0] }
    }

    /// The same, with the corpus count of a term looked up by `corpusCount`.
    public func scores(issue terms: [TermCount], issueTokens: Int, tokens corpusTokens: Int,
                       corpusCount: (String) -> Int?) -> [Score] {
        scores(terms, issueTokens: issueTokens, tokens: corpusTokens, count: \.count,
               corpusCount: { corpusCount($0.term) }, term: \.term)
    }

    /// The same over candidates of any form (the reduce's packed records): the term's
    /// String is asked for only when its score passes.
    func scores<Candidate>(_ candidates: [Candidate], issueTokens: Int, tokens corpusTokens: Int,
                           count: (Candidate) -> Int, corpusCount: (Candidate) -> Int?,
                           term: (Candidate) -> String) -> [Score] {
        let restTokens = corpusTokens - issueTokens
        guard issueTokens > 0, restTokens > 0 else { return [] }
        var result: [Score] = []
        for candidate in candidates {
            let count = count(candidate)
            guard count >= minimumCount else { continue }
            let rest = max(0, (corpusCount(candidate) ?? count) - count)
            // The log ratio's argument, as `score` computes it: its log is > 0 exactly when it
            // is > 1, so a term the issue does not over-use is dropped before any log.
            guard Self.rateRatio(a: Double(count), b: Double(rest), c: Double(issueTokens), d: Double(restTokens)) > 1
            else { continue }
            let score = Self.score(a: count, b: rest, c: issueTokens, d: restTokens)
            guard score.logRatio > 0, score.g2 >= minimumG2 else { continue }
            result.append(Score(term: term(candidate), count: count, expected: score.expected, g2: score.g2, logRatio: score.logRatio))
        }
        return result.sorted { x, y in
            if x.g2 != y.g2 { return x.g2 > y.g2 }
            return CodePointOrder.precedes(x.term, y.term)
        }
    }

    /// G2 and log ratio for a term seen `a` times in `c` tokens and `b` times in `d` tokens.
    public static func score(a: Int, b: Int, c: Int, d: Int) -> (expected: Double, g2: Double, logRatio: Double) {
        let (a, b, c, d) = (Double(a), Double(b), Double(c), Double(d))
        let e1 = c * (a + b) / (c + d)
        let e2 = d * (a + b) / (c + d)
        var g2 = 0.0
        if a > 0 { g2 += a * log(a / e1) }
        if b > 0 { g2 += b * log(b / e2) }
        g2 *= 2
        let logRatio = log2(rateRatio(a: a, b: b, c: c, d: d))
        return (e1, g2, logRatio)
    }

    /// The issue's rate over the rest's rate (0.5 for a zero count): `logRatio` is its log2.
    @inline(__always)
    private static func rateRatio(a: Double, b: Double, c: Double, d: Double) -> Double {
        ((a == 0 ? 0.5 : a) / c) / ((b == 0 ? 0.5 : b) / d)
    }
}
