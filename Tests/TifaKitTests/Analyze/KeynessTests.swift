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
}
