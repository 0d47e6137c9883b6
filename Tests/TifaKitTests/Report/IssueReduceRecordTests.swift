import XCTest
@testable import TifaKit

/// The second pass read from packed records (by bytes, `SecondPassLookup`) gives what
/// `CorpusStatistics.secondPass` gives from the analyses themselves (through Strings).
final class IssueReduceRecordTests: XCTestCase {
    private func assertSameReductions(_ issues: [IssueAnalysis], expectPlain: Bool?,
                                      file: StaticString = #filePath, line: UInt = #line) {
        var settings = CorpusStatistics.Settings()
        settings.collocations.nodes = 50
        var totals = CorpusTotals(appointmentsKept: settings.appointmentsListed)
        for issue in issues { totals.add(issue) }
        let statistics = CorpusStatistics(totals: totals, settings: settings)
        XCTAssertFalse(statistics.followed.isEmpty, file: file, line: line)
        let lookup = SecondPassLookup(statistics)
        for issue in issues {
            guard let record = IssueReduceRecord.make(issue, settings: settings) else {
                return XCTFail("record of \(issue.issue) does not read back", file: file, line: line)
            }
            if let expectPlain { XCTAssertEqual(record.plain && lookup.plain, expectPlain, issue.issue, file: file, line: line) }
            let expected = statistics.secondPass(issue)
            let reduced = record.reduce(with: statistics, lookup: lookup)
            XCTAssertEqual(reduced.keyTerms, expected.keyTerms, issue.issue, file: file, line: line)
            XCTAssertEqual(reduced.counts, expected.counts, issue.issue, file: file, line: line)
            let pairs = reduced.namedPairs(nodes: lookup.nodeNames, collocates: lookup.termNames)
            XCTAssertEqual(Set(pairs), Set(expected.pairs), issue.issue, file: file, line: line)
            XCTAssertEqual(pairs.count, expected.pairs.count, issue.issue, file: file, line: line)
            if expectPlain == true { XCTAssertNotNil(reduced.numbered, issue.issue, file: file, line: line) }
        }
    }

    func testRecordsOfTheFixtureCorpusReduceAsTheAnalysesDo() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        XCTAssertFalse(summary.issues.flatMap(\.cooccurrences.pairs).isEmpty)
        assertSameReductions(summary.issues, expectPlain: true)
    }

    /// An invented issue: terms, slogans, people and pairs from `words`, counts from the seed.
    private func issue(_ name: String, _ words: [String], seed: Int) -> IssueAnalysis {
        let terms = words.enumerated().map { TermCount(term: $1, count: 1 + ($0 * 7 + seed * 3) % 9, articles: 1) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }
        var analysis = IssueAnalysis(issue: name, file: name + ".txt", chars: 1000, tokens: 400 + seed, terms: terms)
        analysis.slogans = words.prefix(3).map {
            SloganTally(slogan: "坚持" + $0, category: .quoted, count: 2 + seed, quoted: 1, articles: 1, article: 1, line: 1)
        }
        analysis.entities = words.suffix(2).map {
            EntityTally(type: .person, name: $0 + "同志", count: 1 + seed, articles: 1, article: 1, line: 2)
        }
        var pairs: [Cooccurrences.Pair] = []
        for node in words.prefix(4) {
            for collocate in words.suffix(3) where collocate != node {
                pairs.append(Cooccurrences.Pair(node: node, collocate: collocate, sentences: 1 + seed))
            }
        }
        analysis.cooccurrences = Cooccurrences(sentences: 50, pairs: pairs)
        return analysis
    }

    func testTextThatIsNotPlainReducesAsStringsCompare() {
        // 豈 as the CJK compatibility ideograph U+F900 and as U+8C48, é composed and not,
        // and fields that need escaping: equal Strings, different bytes.
        let words = ["党建", "\u{F900}", "\u{8C48}", "caf\u{E9}", "cafe\u{301}", "a\tb", "back\\slash", "改革", "发展"]
        let issues = (0..<4).map { issue("issue-\($0)", $0 % 2 == 0 ? words : words.reversed(), seed: $0) }
        assertSameReductions(issues, expectPlain: false)
    }

    func testPlainTextWithEscapedFieldsReducesByBytes() {
        let words = ["党建", "基层", "line\nbreak", "tab\there", "back\\slash", "改革", "发展", "治理", "创新"]
        let issues = (0..<5).map { issue("issue-\($0)", Array(words.dropFirst($0 % 3)), seed: $0) }
        assertSameReductions(issues, expectPlain: true)
    }

    func testPairsOfANodeThatComeBackAfterAnotherNodeReduceAsTheAnalysesDo() {
        // Pairs are written grouped by node; a node's pairs that are not next to each other
        // (X, Y, X) still go to X's one group, plain text or not.
        for words in [["党建", "改革", "发展", "治理", "创新", "基层"],
                      ["党建", "\u{F900}", "caf\u{E9}", "改革", "cafe\u{301}", "\u{8C48}", "a\tb"]] {
            let issues = (0..<3).map { seed -> IssueAnalysis in
                var analysis = issue("issue-\(seed)", words, seed: seed)
                let interleaved = analysis.cooccurrences.pairs.enumerated()
                    .sorted { ($0.offset % 2, $0.offset) < ($1.offset % 2, $1.offset) }.map(\.element)
                XCTAssertNotEqual(interleaved.map(\.node), analysis.cooccurrences.pairs.map(\.node))
                analysis.cooccurrences = Cooccurrences(sentences: 50, pairs: interleaved)
                return analysis
            }
            assertSameReductions(issues, expectPlain: nil)
        }
    }

    func testADamagedRecordIsNotRead() throws {
        let settings = CorpusStatistics.Settings()
        var bytes = IssueReduceRecord.encode(issue("issue-1", ["党建", "改革", "发展"], seed: 1), stamp: "s", settings: settings)
        XCTAssertNotNil(IssueReduceRecord.decode(bytes, stamp: "s", settings: settings))
        XCTAssertNil(IssueReduceRecord.decode(bytes, stamp: "other", settings: settings))
        let digit = try XCTUnwrap(bytes.lastIndex { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "8") })
        bytes[digit] += 1  // a count changed, lengths intact
        XCTAssertNil(IssueReduceRecord.decode(bytes, stamp: "s", settings: settings))
        XCTAssertNil(IssueReduceRecord.decode(Array(bytes.dropLast()), stamp: "s", settings: settings))
    }

    /// The node index of a record is searched by halves: every key present is found on its
    /// own line, and keys absent (prefixes, extensions, before the first, after the last) are not.
    func testSortedIndexLinesAreFoundByBinarySearchExactlyAsByAScan() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = ["党", "建", "a", "\\t", "工作", "b", "乡村", "z"]
        for round in 0..<50 {
            var keys = Set<String>()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                keys.insert((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined())
            }
            var escaped: [[UInt8]] = keys.map { key in
                var bytes: [UInt8] = []
                EscapedKeyTable.appendEscaped(key, to: &bytes)
                return bytes
            }
            escaped.sort { $0.lexicographicallyPrecedes($1) }
            var text: [UInt8] = Array("head\n".utf8)
            let start = text.count
            for (position, key) in escaped.enumerated() { text += key + Array("\t\(position)\t\(position + 1)\n".utf8) }
            let range = start..<text.count
            var probes = escaped
            for key in escaped { probes.append(Array(key.dropLast())); probes.append(key + [UInt8(ascii: "q")]) }
            probes += [[], [0x00], [0xFF, 0xFF]]
            text.withUnsafeBufferPointer { buffer in
                for probe in probes {
                    let found = probe.withUnsafeBufferPointer { IssueReduceRecord.sortedLine(buffer, range, key: $0) }
                    if let position = escaped.firstIndex(of: probe) {
                        let line = Array(probe) + Array("\t\(position)\t\(position + 1)\n".utf8)
                        XCTAssertEqual(found.map { Array(buffer[$0]) }, line, "round \(round)")
                    } else {
                        XCTAssertNil(found, "round \(round): \(probe)")
                    }
                }
            }
        }
    }

    /// The key-term section written straight as bytes is what the renderers make of
    /// `ReportBuilder.keyTermBlocks`: escapes, numbers (negative, large, not finite), more
    /// terms than a page shows, none at all.
    func testKeyTermSectionsAsBytesMatchTheRenderers() {
        var generator = SystemRandomNumberGenerator()
        let terms = ["党建", "a<b>&\"'", "x|y*_`[]#()\\", "乡村\n振兴", "\u{1}ctl", ""]
        let values: [Double] = [0, 0.004, 0.005, 1.5, 12345.678, -0.001, -2.5, 1e15, .infinity, -.infinity, .nan]
        for round in 0..<60 {
            let count = round == 0 ? 0 : Int.random(in: 1...30, using: &generator)
            let scores = (0..<count).map { _ in
                Keyness.Score(term: terms.randomElement(using: &generator)!, count: Int.random(in: -3...100_000, using: &generator),
                              expected: values.randomElement(using: &generator)!, g2: values.randomElement(using: &generator)!,
                              logRatio: Double.random(in: -5...5, using: &generator))
            }
            let issue = round % 2 == 0 ? "issue-0007" : "期<刊>|1"
            let builder = ReportBuilder()
            var html: [UInt8] = [], markdown: [UInt8] = []
            IssueReduceRecord.appendKeyTermsHTML(issue, scores, to: &html)
            IssueReduceRecord.appendKeyTermsMarkdown(issue, scores, to: &markdown)
            XCTAssertEqual(String(decoding: html, as: UTF8.self),
                           HTMLRenderer.render(blocks: builder.keyTermBlocks(issue, scores, headingLevel: 2)), "round \(round)")
            XCTAssertEqual(String(decoding: markdown, as: UTF8.self),
                           MarkdownRenderer.render(blocks: builder.keyTermBlocks(issue, scores, headingLevel: 4)), "round \(round)")
        }
    }
}
