import XCTest
@testable import TifaKit

/// Cache entries must give back exactly the analysis stored: every field, any text.
final class PackedCacheEntryTests: XCTestCase {
    private func roundTrip(_ analysis: IssueAnalysis) throws -> IssueAnalysis? {
        let cache = AnalysisCache(folder: try Fixtures.temporaryFolder() + "/cache")
        try cache.store(analysis, contentHash: "h", analyzer: "v")
        return cache.load(issue: analysis.issue, contentHash: "h", analyzer: "v")
    }

    func testAnalysesOfRealIssuesComeBackWhole() throws {
        let analyzer = try IssueAnalyzer()
        var seen = (entities: 0, figures: 0, slogans: 0, pairs: 0)
        for relative in ["corpus/issue-001.txt", "corpus-entities/issue-101.txt"] {
            let path = Fixtures.path(relative)
            let file = SourceFile(path: path)
            let analysis = try analyzer.analyze(text: try Fixtures.read(relative), file: file)
            XCTAssertFalse(analysis.terms.isEmpty, relative)
            seen.entities += analysis.entities.count
            seen.figures += analysis.figures.count
            seen.slogans += analysis.slogans.count
            seen.pairs += analysis.cooccurrences.pairs.count
            XCTAssertEqual(try roundTrip(analysis), analysis, relative)
        }
        XCTAssertTrue(seen.entities > 0 && seen.figures > 0 && seen.slogans > 0 && seen.pairs > 0, "\(seen)")
    }

    func testAwkwardTextAndNumbersComeBackWhole() throws {
        var analysis = IssueAnalysis(issue: "a\tb\\n", file: "x.txt", chars: -1, tokens: 0,
                                     terms: [TermCount(term: "", count: 0), TermCount(term: "a\\t\tb\nc\r", count: -5, articles: 2)])
        analysis.cooccurrences = Cooccurrences(sentences: 3, sentenceFrequency: [TermCount(term: "\\", count: 1)],
                                               pairs: [Cooccurrences.Pair(node: "\t", collocate: "\n", sentences: 9)])
        analysis.entities = [EntityTally(type: .person, name: "王\t明", count: 2, roles: [], articles: 1, article: 1, line: 3),
                             EntityTally(type: .place, name: "", count: 1, roles: [""], articles: 1, article: 2, line: 4),
                             EntityTally(type: .organization, name: "局", count: 1, roles: ["书记", "", "a\\b"], articles: 0, article: 0, line: 0)]
        analysis.slogans = [SloganTally(slogan: "四个意识\n", category: .numbered, count: 4, quoted: 1, articles: 2, article: 1, line: 7)]
        analysis.figures = [FigureRow(article: 1, line: 2, kind: "count", text: "6个", value: "6", unit: "items", subject: ""),
                            FigureRow(article: -1, line: Int.max / 1000, kind: "", text: "", value: "", unit: "", subject: "\\\\")]
        XCTAssertEqual(try roundTrip(analysis), analysis)
    }

    func testCutOrDamagedEntriesAreNotUsed() throws {
        let cache = AnalysisCache(folder: try Fixtures.temporaryFolder() + "/cache")
        var analysis = IssueAnalysis(issue: "i", file: "i.txt", chars: 1, tokens: 1, terms: [TermCount(term: "党建", count: 3)])
        analysis.figures = [FigureRow(article: 1, line: 2, kind: "count", text: "6个", value: "6", unit: "items", subject: "")]
        try cache.store(analysis, contentHash: "h", analyzer: "v")
        let bytes = Array(FileManager.default.contents(atPath: cache.path(for: "i"))!)
        XCTAssertNotNil(cache.load(issue: "i", contentHash: "h", analyzer: "v"))
        for cut in [bytes.count - 1, bytes.count / 2, bytes.firstIndex(of: UInt8(ascii: "\n"))!] {
            try AtomicFile.write(Array(bytes[0..<cut]), to: cache.path(for: "i"))
            XCTAssertNil(cache.load(issue: "i", contentHash: "h", analyzer: "v"), "cut at \(cut)")
        }
        try AtomicFile.write(bytes + Array("x".utf8), to: cache.path(for: "i"))
        XCTAssertNil(cache.load(issue: "i", contentHash: "h", analyzer: "v"), "trailing bytes")
    }

    /// Numbers and escapes are written without Strings: the same bytes as `String(n)`,
    /// `String(v, radix: 16)` and the byte-by-byte escape.
    func testWriterSpellsNumbersAndEscapesAsStringsWould() {
        for number in [0, 7, -7, 10, 99, 100, -100, 1_234_567_890, Int.max, Int.min] {
            var out: [UInt8] = []
            PackedCacheEntry.appendDecimal(number, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), String(number))
        }
        let values: [UInt64] = [0, 1, 0xF, 0x10, 0xABCDEF, UInt64.max, (1.5).bitPattern, (-0.25).bitPattern]
        var writer = PackedCacheEntry.Writer()
        for value in values { writer.field(hex: value) }
        writer.field("plain 党建"); writer.field("a\\b\tc\nd\re")
        writer.endRecord()
        var out: [UInt8] = []
        writer.endSection(into: &out)
        let line = values.map { String($0, radix: 16) }.joined(separator: "\t") + "\tplain 党建\ta\\\\b\\tc\\nd\\re\n"
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "\(line.utf8.count)\n" + line)
        out.withUnsafeBufferPointer { buffer in
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: 0)
            let read = reader.section { fields -> [UInt64]? in
                XCTAssertEqual(fields.string(values.count + 1), "a\\b\tc\nd\re")
                XCTAssertNil(fields.hex(values.count))
                return (0..<values.count).map { fields.hex($0) ?? 1 }
            }
            XCTAssertEqual(read, [values])
        }
    }
}
