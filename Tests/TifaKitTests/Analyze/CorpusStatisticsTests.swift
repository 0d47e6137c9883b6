import XCTest
@testable import TifaKit

final class CorpusStatisticsTests: XCTestCase {
    /// An invented issue whose every word co-occurs with every other.
    private func issue(_ name: String, _ words: [String], seed: Int) -> IssueAnalysis {
        let terms = words.enumerated().map { TermCount(term: $1, count: 3 + ($0 + seed) % 5, articles: 1) }
        var analysis = IssueAnalysis(issue: name, file: name + ".txt", chars: 500, tokens: 200, terms: terms)
        var pairs: [Cooccurrences.Pair] = []
        for node in words {
            for collocate in words where collocate != node {
                pairs.append(Cooccurrences.Pair(node: node, collocate: collocate, sentences: 1 + (seed + node.count) % 3))
            }
        }
        analysis.cooccurrences = Cooccurrences(sentences: 40, sentenceFrequency: words.map { TermCount(term: $0, count: 6) },
                                               pairs: pairs)
        return analysis
    }

    func testNumberedAndStringPairsSumAsStringsDo() {
        // Plain issues may add their pairs by number, the others as Strings (here 豈 as the
        // compatibility ideograph U+F900 equals U+8C48 as a String); in any mix, the
        // collocations equal those of the all-String second pass.
        let plain = ["党建", "基层", "改革", "\u{8C48}", "治理"]
        let other = ["党建", "\u{F900}", "改革", "发展", "治理"]
        var settings = CorpusStatistics.Settings()
        settings.collocations = CollocationScorer(minimumSentences: 1)
        // Kinds: 0 plain by number, 1 other as Strings, 2 plain without 豈 as Strings.
        for kinds in [[0, 1, 0, 1], [1, 0, 1, 0], [0, 0, 1, 1], [2, 0, 1], [2, 0, 0, 1, 2]] {
            let issues = kinds.enumerated().map { index, kind in
                issue("issue-\(index)", kind == 0 ? plain : kind == 1 ? other : Array(plain.filter { $0 != "\u{8C48}" }), seed: index)
            }
            let expected = CorpusStatistics(issues: issues, settings: settings)
            XCTAssertFalse(expected.collocations.isEmpty)
            var totals = CorpusTotals(appointmentsKept: settings.appointmentsListed)
            for issue in issues { totals.add(issue) }
            var statistics = CorpusStatistics(totals: totals, settings: settings)
            let nodes = statistics.chosenNodes.sorted()
            let collocates = plain + other
            statistics.namePairs(nodes: nodes, collocates: collocates)
            for (issue, kind) in zip(issues, kinds) {
                var reduction = statistics.secondPass(issue)
                if kind == 0 {
                    reduction.numbered = reduction.pairs.map { pair in
                        CorpusStatistics.NumberedPair(node: Int32(nodes.firstIndex(of: pair.node)!),
                                                      collocate: Int32(collocates.firstIndex(of: pair.collocate)!),
                                                      sentences: pair.sentences)
                    }
                    reduction.pairs = []
                }
                statistics.add(reduction)
            }
            statistics.finish()
            XCTAssertEqual(statistics.collocations, expected.collocations, "\(kinds)")
            // Spelled the same too (String equality alone would not tell U+F900 from U+8C48).
            let spelled = { (list: [Collocation]) in list.map { Array($0.node.utf8) + [0] + Array($0.collocate.utf8) } }
            XCTAssertEqual(spelled(statistics.collocations), spelled(expected.collocations), "\(kinds)")
        }
    }
}
