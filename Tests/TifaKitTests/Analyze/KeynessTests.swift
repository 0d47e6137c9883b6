import XCTest
@testable import TifaKit

final class KeynessTests: XCTestCase {
    func testG2MatchesAHandComputedValue() {
        // a=10 in c=1000, b=10 in d=9000: E1 = 2, E2 = 18.
        let score = Keyness.score(a: 10, b: 10, c: 1000, d: 9000)
        XCTAssertEqual(score.expected, 2, accuracy: 1e-9)
        let expected = 2 * (10 * log(10.0 / 2) + 10 * log(10.0 / 18))
        XCTAssertEqual(score.g2, expected, accuracy: 1e-9)
        XCTAssertEqual(score.logRatio, log2((10.0 / 1000) / (10.0 / 9000)), accuracy: 1e-9)
    }

    func testZeroInTheRestUsesHalfACount() {
        let score = Keyness.score(a: 4, b: 0, c: 100, d: 100)
        XCTAssertEqual(score.logRatio, log2(4.0 / 0.5), accuracy: 1e-9)
        XCTAssertGreaterThan(score.g2, 0)
    }

    func testListsOnlyFrequentOverRepresentedTermsMostKeyFirst() {
        let issue = [TermCount(term: "乡村振兴", count: 30), TermCount(term: "的", count: 50),
                     TermCount(term: "稀有", count: 2), TermCount(term: "干部", count: 5)]
        let corpus = ["乡村振兴": 32, "的": 500, "稀有": 2, "干部": 100]
        let scores = Keyness().scores(issue: issue, issueTokens: 1000, corpus: corpus, corpusTokens: 10000)
        XCTAssertEqual(scores.first?.term, "乡村振兴")
        XCTAssertFalse(scores.contains { $0.term == "稀有" }, "below the minimum count")
        XCTAssertFalse(scores.contains { $0.term == "干部" }, "under-represented")
        XCTAssertEqual(scores.map(\.g2), scores.map(\.g2).sorted(by: >))
    }

    func testASingleIssueCorpusHasNoKeyness() {
        XCTAssertTrue(Keyness().scores(issue: [TermCount(term: "a", count: 9)], issueTokens: 9, corpus: ["a": 9], corpusTokens: 9).isEmpty)
    }

    /// The scores skip the logs of a term whose rate is not above the rest's; what they list
    /// must be what filtering every term's full score gives, ties of the rates included.
    func testTermsNotOverRepresentedAreDroppedExactlyAsTheirLogRatioSays() {
        var generator = SystemRandomNumberGenerator()
        let keyness = Keyness(minimumCount: 1, minimumG2: 0)
        for round in 0..<200 {
            let issueTokens = Int.random(in: 1...5000, using: &generator)
            let restTokens = round % 4 == 0 ? issueTokens * Int.random(in: 1...9, using: &generator)
                                            : Int.random(in: 1...50000, using: &generator)
            var terms: [TermCount] = []
            var corpus: [String: Int] = [:]
            for index in 0..<40 {
                let count = Int.random(in: 1...max(1, issueTokens / 10), using: &generator)
                // Every fourth term at exactly the issue's rate in the rest (ratio 1: log ratio 0).
                let rest = index % 4 == 0 && (count * restTokens) % issueTokens == 0 ? count * restTokens / issueTokens
                                                                                     : Int.random(in: 0...count * 20, using: &generator)
                terms.append(TermCount(term: "t\(index)", count: count))
                corpus["t\(index)"] = count + rest
            }
            let listed = keyness.scores(issue: terms, issueTokens: issueTokens, corpus: corpus, corpusTokens: issueTokens + restTokens)
            let expected = terms.filter { term in
                let score = Keyness.score(a: term.count, b: corpus[term.term]! - term.count, c: issueTokens, d: restTokens)
                return score.logRatio > 0 && score.g2 >= 0
            }.map(\.term)
            XCTAssertEqual(Set(listed.map(\.term)), Set(expected), "round \(round)")
        }
    }
}
