import XCTest
@testable import TifaKit

final class CorpusRunTests: XCTestCase {
    private func copyFixtureCorpus(to folder: String) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        return corpus
    }

    /// The deterministic outputs of a run: every file but run.json (which records when
    /// the run happened), the lock and the cache folder.
    private func outputs(_ folder: String) throws -> [String: String] {
        try Fixtures.outputs(folder)
    }

    private func run(_ corpus: String, _ output: String, jobs: Int = 2, force: Bool = false,
                     configure: (inout RunOptions) -> Void = { _ in }) throws -> RunSummary {
        var options = RunOptions(corpus: corpus, output: output, jobs: jobs)
        options.force = force
        configure(&options)
        return try CorpusRun(options: options).run()
    }

    func testEndToEndMatchesGoldenFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        XCTAssertTrue(summary.succeeded)
        XCTAssertEqual(summary.issues.map(\.issue), ["issue-001", "issue-002", "issue-003"])
        let files = try outputs(folder + "/Output")
        XCTAssertEqual(files.keys.sorted(), [
            "appointments.csv", "articles.csv", "collocations.csv", "corpus_terms.csv", "entities.csv", "figures.csv",
            "issues.csv", "issues/issue-001/report.html", "issues/issue-002/report.html",
            "issues/issue-003/report.html", "keyness.csv", "new_words.csv", "report.html", "report.md", "slogans.csv",
            "terms.csv", "trends.csv",
        ])
        for name in ["corpus_terms.csv", "slogans.csv", "keyness.csv", "collocations.csv", "trends.csv", "report.html", "issues/issue-003/report.html"] {
            try Fixtures.assertMatchesGolden(files[name] ?? "", name.replacingOccurrences(of: "/", with: "_"))
        }
        try Fixtures.assertMatchesGolden(files["terms.csv"] ?? "", "terms.csv")
        try Fixtures.assertMatchesGolden(files["issues.csv"] ?? "", "issues.csv")
        try Fixtures.assertMatchesGolden(files["articles.csv"] ?? "", "articles.csv")
        try Fixtures.assertMatchesGolden(files["report.md"] ?? "", "report.md")
        try Fixtures.assertMatchesGolden(files["new_words.csv"] ?? "", "new_words.csv")
        for name in ["entities.csv", "figures.csv", "appointments.csv"] {
            try Fixtures.assertMatchesGolden(files[name] ?? "", name)
        }
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
        XCTAssertEqual(summary.issues.map(\.issue), ["issue-001", "issue-002", "issue-003"])
        let errors = summary.diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains { $0.contains("broken.txt") && $0.contains("invalid UTF-8 at byte offset 3") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.contains("empty.txt") && $0.contains("empty file") }, "\(errors)")
        let report = try String(contentsOfFile: folder + "/Output/report.md", encoding: .utf8)
        XCTAssertTrue(report.contains("2 failed"))
    }

    func testAnalyzerRepairsBeforeCounting() throws {
        let analysis = try IssueAnalyzer().analyze(
            text: "推进“两学一做”学\n\n习教育\n", file: SourceFile(path: "x.txt"))
        // 学习教育 is a lexicon word: found only if the line break inside it was repaired.
        XCTAssertTrue(analysis.terms.contains { $0.term == "学习教育" }, "\(analysis.terms)")
    }

    // MARK: - Nightly runs

    func testIncrementalRunsMatchAFreshRunAfterAddChangeAndDelete() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        let output = folder + "/Output"
        var summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [3, 0, 0])

        summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [0, 0, 3], "nothing new: all from the cache")

        try "新增一期：推进“三查一改”，落实“三查一改”要求。\n".write(toFile: corpus + "/issue-004.txt", atomically: true, encoding: .utf8)
        summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [1, 0, 3])
        XCTAssertEqual(try outputs(output), try outputs(try freshRun(corpus, folder)))

        try "改过的第二期：坚持“五个到位”。\n".write(toFile: corpus + "/issue-002.txt", atomically: true, encoding: .utf8)
        summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [0, 1, 3])
        XCTAssertEqual(try outputs(output), try outputs(try freshRun(corpus, folder)))

        try FileManager.default.removeItem(atPath: corpus + "/issue-001.txt")
        summary = try run(corpus, output)
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged, summary.removed], [0, 0, 3, 1])
        XCTAssertEqual(summary.issues.map(\.issue), ["issue-003", "issue-002", "issue-004"], "numbered issues first")
        XCTAssertEqual(try outputs(output), try outputs(try freshRun(corpus, folder)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output + "/cache").filter { $0.hasSuffix(".json") }.count, 3)
    }

    private func freshRun(_ corpus: String, _ folder: String) throws -> String {
        let out = folder + "/fresh-\(UUID().uuidString)"
        _ = try run(corpus, out, force: true)
        return out
    }

    func testChangedConfigurationReanalyzesEverything() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        _ = try run(corpus, folder + "/Output")
        let summary = try run(corpus, folder + "/Output") { $0.keepStopwords = true }
        XCTAssertEqual([summary.new, summary.changed, summary.unchanged], [0, 3, 0])
        let forced = try run(corpus, folder + "/Output", force: true) { $0.keepStopwords = true }
        XCTAssertEqual(forced.unchanged, 0)
    }

    func testRunRecordSaysWhatHappened() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        try Data([0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: corpus + "/bad.txt"))
        _ = try run(corpus, folder + "/Output")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/Output/run.json"))
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(record["tifa"] as? String, TifaVersion.current)
        let issues = try XCTUnwrap(record["issues"] as? [String: Int])
        XCTAssertEqual(issues["total"], 4)
        XCTAssertEqual(issues["new"], 3)
        XCTAssertEqual(issues["failed"], 1)
        let failures = try XCTUnwrap(record["failures"] as? [[String: String]])
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0]["file"]?.hasSuffix("bad.txt") ?? false)
    }

    func testASecondRunOnTheSameOutputIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        let lock = try RunLock(folder: folder + "/Output")
        XCTAssertThrowsError(try run(corpus, folder + "/Output")) { error in
            guard case TifaError.outputLocked = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.localizedDescription.contains("another tifa run"), error.localizedDescription)
        }
        lock.release()
        XCTAssertNoThrow(try run(corpus, folder + "/Output"))
    }

    func testTwoFilesWithTheSameIssueNameAreReported() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try copyFixtureCorpus(to: folder)
        try "另一份第一期。\n".write(toFile: corpus + "/issue-001.TXT", atomically: true, encoding: .utf8)
        let summary = try run(corpus, folder + "/Output")
        XCTAssertEqual(summary.failedCount, 1)
        XCTAssertTrue(summary.diagnostics.contains { $0.message.contains("already taken") })
    }
}

final class ShardTests: XCTestCase {
    func testShardsPartitionTheCorpus() throws {
        let shards = (1...3).map { Shard(index: $0, count: 3)! }
        for position in 0..<10 {
            XCTAssertEqual(shards.filter { $0.contains(position) }.count, 1)
        }
        XCTAssertEqual(Shard("2/5"), Shard(index: 2, count: 5))
        for bad in ["0/3", "4/3", "1/0", "x/2", "1", "1/2/3", "-1/2"] { XCTAssertNil(Shard(bad), bad) }
    }

    func testShardedAnalyzeThenReportEqualsAPlainRun() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        try "第四期：推进“三查一改”。\n".write(toFile: corpus + "/issue-004.txt", atomically: true, encoding: .utf8)
        _ = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/plain", jobs: 2)).run()

        // Three "machines", each with its own output folder; their caches are then gathered.
        for index in 1...3 {
            var options = RunOptions(corpus: corpus, output: folder + "/shard\(index)", jobs: 1)
            options.shard = Shard(index: index, count: 3)
            let summary = try CorpusRun(options: options).run()
            XCTAssertTrue(summary.written.isEmpty, "a shard writes no corpus output")
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/shard\(index)/terms.csv"))
        }
        try FileManager.default.createDirectory(atPath: folder + "/reduced/cache", withIntermediateDirectories: true)
        for index in 1...3 {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/shard\(index)/cache") {
                try FileManager.default.copyItem(atPath: folder + "/shard\(index)/cache/" + name, toPath: folder + "/reduced/cache/" + name)
            }
        }
        let summary = try CacheReport(output: folder + "/reduced").run()
        XCTAssertEqual(summary.issues.count, 4)
        XCTAssertTrue(summary.succeeded)
        XCTAssertEqual(try Fixtures.outputs(folder + "/reduced"), try Fixtures.outputs(folder + "/plain"))
    }

    func testReportCommandAndExcelByteOrderMark() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        let console = RecordingConsole()
        XCTAssertEqual(TifaCommandLine.main(["analyze", "--shard", "1/1", "--corpus", corpus, "--out", folder + "/Output", "--quiet"], console: console), 0, console.errors)
        XCTAssertEqual(TifaCommandLine.main(["report", "--out", folder + "/Output", "--excel", "--quiet"], console: console), 0, console.errors)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/Output/terms.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(TifaCommandLine.main(["analyze", "--corpus", corpus], console: RecordingConsole()), 2, "--shard is required")
        XCTAssertEqual(TifaCommandLine.main(["analyze", "--shard", "3/2"], console: RecordingConsole()), 2)
        XCTAssertEqual(TifaCommandLine.main(["report", "--out", folder + "/nothing"], console: RecordingConsole()), 1)
    }
}
