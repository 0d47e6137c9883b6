import XCTest
@testable import TifaKit

final class CorpusRunTests: XCTestCase {
    private func copyFixtureCorpus(to folder: String) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        return corpus
    }

    private func outputs(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return files
    }

    func testEndToEndMatchesGoldenFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        XCTAssertTrue(summary.succeeded)
        XCTAssertEqual(summary.issues.map(\.issue), ["issue-001", "issue-002"])
        let files = try outputs(folder + "/Output")
        XCTAssertEqual(files.keys.sorted(), ["articles.csv", "issues.csv", "new_words.csv", "report.md", "terms.csv"])
        try Fixtures.assertMatchesGolden(files["terms.csv"] ?? "", "terms.csv")
        try Fixtures.assertMatchesGolden(files["issues.csv"] ?? "", "issues.csv")
        try Fixtures.assertMatchesGolden(files["articles.csv"] ?? "", "articles.csv")
        try Fixtures.assertMatchesGolden(files["report.md"] ?? "", "report.md")
        try Fixtures.assertMatchesGolden(files["new_words.csv"] ?? "", "new_words.csv")
    }

    func testOutputsAreIdenticalWhateverTheNumberOfJobs() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        // More issues than workers, so workers really race for them.
        let sample = try String(contentsOfFile: corpus + "/issue-001.txt", encoding: .utf8)
        for k in 3...12 {
            try String(repeating: sample, count: k).write(toFile: corpus + "/issue-\(k).txt", atomically: true, encoding: .utf8)
        }
        var results: [[String: String]] = []
        for jobs in [1, 4, 8, 1] {
            let out = folder + "/out-\(jobs)-\(results.count)"
            _ = try CorpusRun(options: RunOptions(corpus: corpus, output: out, jobs: jobs)).run()
            results.append(try outputs(out))
        }
        for result in results.dropFirst() { XCTAssertEqual(result, results[0]) }
    }

    func testABadIssueIsReportedAndTheOthersStillRun() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        try Data([0xE5, 0x85, 0x9A, 0xFF, 0x41]).write(to: URL(fileURLWithPath: corpus + "/broken.txt"))
        try Data().write(to: URL(fileURLWithPath: corpus + "/empty.txt"))
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        XCTAssertFalse(summary.succeeded)
        XCTAssertEqual(summary.failedCount, 2)
        XCTAssertEqual(summary.issues.map(\.issue), ["issue-001", "issue-002"])
        let errors = summary.diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains { $0.contains("broken.txt") && $0.contains("invalid UTF-8 at byte offset 3") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.contains("empty.txt") && $0.contains("empty file") }, "\(errors)")
        let report = try String(contentsOfFile: folder + "/Output/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("2 failed"))
    }

    func testAnalyzerRepairsBeforeCounting() throws {
        let analysis = try IssueAnalyzer(tokenizer: Tokenizer()).analyze(
            text: "推进“两学一做”学\n\n习教育\n", file: SourceFile(path: "x.txt"))
        // 学习教育 is a lexicon word: found only if the line break inside it was repaired.
        XCTAssertTrue(analysis.terms.contains { $0.term == "学习教育" }, "\(analysis.terms)")
    }
}
