import XCTest
@testable import TifaKit

final class CooccurrenceCounterTests: XCTestCase {
    func testKthLargestIsWhatSortingGives() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let size = Int.random(in: 1...60, using: &generator)
            // Small counts (the histogram) and, every fourth round, large ones (the sort).
            let high = round % 4 == 0 ? 1_000_000 : 12
            let counts = (0..<size).map { _ in Int.random(in: 0...high, using: &generator) }
            for k in 1...size {
                XCTAssertEqual(CooccurrenceCounter.kthLargest(k, of: counts), counts.sorted(by: >)[k - 1], "\(counts) k=\(k)")
            }
        }
    }

    func testTopBreaksTiesInGivenOrder() {
        let counts = [5, 3, 3, 3, 1]
        let top = CooccurrenceCounter.top(3, of: [0, 1, 2, 3, 4], count: { counts[$0] }, precedes: { $0 > $1 })
        XCTAssertEqual(top, [0, 3, 2])
    }

    func testSentencesCountPairsAndArticles() throws {
        var table = TermTable()
        let counter = TermCounter(stopwords: .none)
        let cooccurrence = CooccurrenceCounter(stopwords: .none, topTerms: 2, collocatesPerNode: 5)
        var collected = CooccurrenceCounter.Collected()
        let tokenizer = try Tokenizer()
        for text in ["改革发展。改革创新。", "发展创新，改革。"] {
            let (utf16, tokens) = try tokenizer.tokenize(text)
            _ = counter.count(tokens, in: utf16, into: &table)
            cooccurrence.collect(tokens, in: utf16, table: table, into: &collected)
        }
        let result = cooccurrence.count(collected, table: table, extraNodes: [])
        XCTAssertEqual(result.sentences, 3)
        let pair = result.pairs.first { $0.node == "改革" && $0.collocate == "创新" }
        XCTAssertEqual(pair?.sentences, 2)
        let reform = Array("改革".utf16).withUnsafeBufferPointer { table.index($0, start: 0, end: 2) }
        XCTAssertEqual(reform.map { Int(collected.articleFrequency[$0]) }, 2)
    }

    /// The ids the counting hands over give what looking every token up gives.
    func testCollectWithCountedIdsMatchesLookup() throws {
        let counter = TermCounter(stopwords: .none)
        let cooccurrence = CooccurrenceCounter(stopwords: Stopwords(["的"]), topTerms: 3, collocatesPerNode: 5)
        var (tableA, tableB) = (TermTable(), TermTable())
        var (lookedUp, handed) = (CooccurrenceCounter.Collected(), CooccurrenceCounter.Collected())
        let tokenizer = try Tokenizer()
        var ids: [Int32] = []
        for text in ["改革的APP𠀀𠀀。APP改革，2017年！", "创新APP的改革。\n改革\t发展？", ""] {
            let (utf16, tokens) = try tokenizer.tokenize(text)
            let a = counter.count(tokens, in: utf16, into: &tableA)
            cooccurrence.collect(tokens, in: utf16, table: tableA, into: &lookedUp)
            let b = counter.count(tokens, in: utf16, into: &tableB, ids: &ids)
            XCTAssertEqual(a, b)
            XCTAssertEqual(ids.count, b)
            cooccurrence.collect(tokens, in: utf16, table: tableB, ids: ids, into: &handed)
        }
        XCTAssertEqual(lookedUp.sentences, handed.sentences)
        XCTAssertEqual(lookedUp.articleFrequency, handed.articleFrequency)
        XCTAssertEqual(lookedUp.stopState, handed.stopState)
        XCTAssertFalse(handed.sentences.isEmpty)
    }

    func testCloseKeepsDistinctSortedIdsAndEmpties() {
        var sentences: [[Int32]] = []
        var current: [Int32] = []
        CooccurrenceCounter.close(&current, into: &sentences)
        XCTAssertEqual(sentences, [], "an empty sentence is not kept")
        current = [7, 3, 7, 0, 3]
        CooccurrenceCounter.close(&current, into: &sentences)
        XCTAssertEqual(sentences, [[0, 3, 7]])
        XCTAssertEqual(current, [])
        current = [5]
        CooccurrenceCounter.close(&current, into: &sentences)
        XCTAssertEqual(sentences, [[0, 3, 7], [5]])
    }

    /// Several nodes (rows of the flat pair counts) over non-CJK, astral and stopword terms.
    func testPairCountsPerNodeWithStopwordsAndAstralTerms() throws {
        var table = TermTable()
        let counter = TermCounter(stopwords: .none)
        let cooccurrence = CooccurrenceCounter(stopwords: Stopwords(["的"]), topTerms: 3, collocatesPerNode: 5)
        var collected = CooccurrenceCounter.Collected()
        let tokenizer = try Tokenizer()
        for text in ["改革的APP𠀀𠀀。APP改革。", "创新APP的改革。"] {
            let (utf16, tokens) = try tokenizer.tokenize(text)
            _ = counter.count(tokens, in: utf16, into: &table)
            cooccurrence.collect(tokens, in: utf16, table: table, into: &collected)
        }
        let result = cooccurrence.count(collected, table: table, extraNodes: [])
        XCTAssertEqual(result.sentences, 3)
        XCTAssertFalse(result.pairs.contains { $0.node == "的" || $0.collocate == "的" })
        XCTAssertEqual(result.pairs.first { $0.node == "改革" && $0.collocate == "APP" }?.sentences, 3)
        XCTAssertEqual(result.pairs.first { $0.node == "APP" && $0.collocate == "改革" }?.sentences, 3)
        XCTAssertEqual(result.pairs.first { $0.node == "改革" && $0.collocate == "创新" }?.sentences, 1)
        XCTAssertNil(result.pairs.first { $0.node == "改革" && $0.collocate == "改革" })
    }
}
