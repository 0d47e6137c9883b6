import XCTest
@testable import TifaKit

final class ChineseSimplifierTests: XCTestCase {
    func testTraditionalCharactersBecomeSimplifiedAndTheRestStays() throws {
        let simplifier = try ChineseSimplifier()
        XCTAssertEqual(try simplifier.simplify("堅持“兩學一做”，推進全面從嚴治黨。"), "坚持“两学一做”，推进全面从严治党。")
        let untouched = "党建工作 2017年 ABC e\u{0301} 𠀀 👍🏽 שלום\n"
        XCTAssertEqual(try simplifier.simplify(untouched), untouched)
        XCTAssertEqual(try simplifier.simplify(""), "")
    }

    func testRunWithSimplifyCountsTraditionalAndSimplifiedAsOneTerm() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try "各級黨組織要落實“三會一課”制度，抓好基層黨建工作。\n".write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try "各级党组织要落实“三会一课”制度，抓好基层党建工作。\n".write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)

        let plain = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/plain", jobs: 1)).run()
        XCTAssertNotEqual(plain.issues[0].terms.map(\.term), plain.issues[1].terms.map(\.term))

        let console = RecordingConsole()
        let status = TifaCommandLine.main(["run", "--corpus", corpus, "--out", folder + "/simplified", "--simplify", "--quiet"],
                                          console: console)
        XCTAssertEqual(status, 0, console.errors)
        let terms = try String(contentsOfFile: folder + "/simplified/terms.csv", encoding: .utf8)
        let rows = try XCTUnwrap(CSVRows.parse(terms)).dropFirst()
        let byIssue = Dictionary(grouping: rows, by: { $0[0] }).mapValues { $0.map { Array($0.dropFirst()) } }
        XCTAssertEqual(byIssue["a"], byIssue["b"])
        XCTAssertTrue(terms.contains("党建") || terms.contains("基层"), terms)
        XCTAssertFalse(terms.contains("黨"), terms)
        // Simplifying is part of the cache key: switching it re-analyzes.
        let again = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/plain", jobs: 1)).run()
        XCTAssertEqual(again.unchanged, 2)
        var options = RunOptions(corpus: corpus, output: folder + "/plain", jobs: 1)
        options.simplify = true
        XCTAssertEqual(try CorpusRun(options: options).run().changed, 2)
    }
}
