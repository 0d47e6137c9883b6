import XCTest
@testable import TifaKit

/// The streaming reduce (`OutputWriter.write(sources:)`): issues read back from their cache
/// entries a batch at a time give the same files as issues handed over in memory, an entry
/// that cannot be read is left out with an error, and a failed write leaves nothing behind.
final class StreamingReduceTests: XCTestCase {
    private func fixtureRun(_ folder: String) throws -> (output: String, summary: RunSummary) {
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        let output = folder + "/Output"
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run()
        XCTAssertTrue(summary.succeeded)
        return (output, summary)
    }

    func testCachedSourcesGiveTheSameFilesAsIssuesInMemory() throws {
        let folder = try Fixtures.temporaryFolder()
        let (output, summary) = try fixtureRun(folder)
        guard case .cached = summary.sources.first else { return XCTFail("a run keeps its issues as cache entries") }
        let fromCache = try Fixtures.outputs(output)
        let memory = folder + "/Memory"
        for jobs in [1, 3] {
            var writer = OutputWriter(folder: memory)
            writer.jobs = jobs
            _ = try writer.write(issues: summary.issues, diagnostics: [])
            XCTAssertEqual(try Fixtures.outputs(memory), fromCache, "jobs \(jobs)")
        }
    }

    func testAnEntryThatCannotBeReadBackIsLeftOutWithAnError() throws {
        let folder = try Fixtures.temporaryFolder()
        let (output, summary) = try fixtureRun(folder)
        var sources = summary.sources
        sources.append(.cached(path: folder + "/missing.json",
                               key: IssueKey(issue: "issue-999", file: "issue-999.txt", number: nil, year: nil), stamp: "x"))
        let written = try OutputWriter(folder: output).write(sources: sources, diagnostics: [])
        XCTAssertEqual(written.problems.map(\.severity), [.error])
        XCTAssertTrue(written.problems[0].message.contains("issue-999"))
        let issues = try String(contentsOfFile: output + "/issues.csv", encoding: .utf8)
        XCTAssertFalse(issues.contains("issue-999"))
        XCTAssertTrue(try String(contentsOfFile: output + "/report.md", encoding: .utf8).contains("1 failed"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/issues/issue-999"))
    }

    func testAFailedStreamedFileLeavesTheOldFileAndNoTemporary() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/a.csv"
        try AtomicFile.write("old\n", to: path)
        defer { AtomicFile.injectedFailure = nil }
        AtomicFile.injectedFailure = ("a.csv", ENOSPC)
        let staging = StagedOutputs()
        let file = try staging.stream(to: path)
        file.write(String(repeating: "new row\n", count: 200_000))
        let scratch = try staging.scratchFile(near: path)
        scratch.write("part")
        XCTAssertThrowsError(try staging.commit())
        staging.discard()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["a.csv"])
    }

    func testAStreamedFileIsItsPiecesInOrder() throws {
        let folder = try Fixtures.temporaryFolder()
        let staging = StagedOutputs()
        let part = try staging.scratchFile(near: folder + "/r.md")
        let whole = try staging.stream(to: folder + "/r.md")
        var expected = "head\n"
        whole.write("head\n")
        for index in 0..<50_000 {
            part.write("line \(index)\n")
            expected += "line \(index)\n"
        }
        try part.copy(to: whole)
        try staging.commit()
        XCTAssertEqual(try String(contentsOfFile: folder + "/r.md", encoding: .utf8), expected)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["r.md"])
    }
}

/// The saved reduce state (`ReduceState`): a run after adding issues (before, between and
/// after the others in issue order) starts from the last run's totals and rows, and gives
/// exactly what a run from scratch gives; a changed or removed issue, or a touched output,
/// falls back to reading every issue.
final class IncrementalReduceTests: XCTestCase {
    private func issue(number: Int, _ text: String) -> String {
        "2017年第\(number)期\n总第 \(number) 期\n\n本期关注\n\(text)的新路子\n\n\(text)工作坚持“两学一做”，推进\(text)，“三会一课”落实。\(text)是根本，\(text)是关键。\n"
    }

    private func run(_ corpus: String, _ output: String, force: Bool = false, reused: Int? = nil) throws -> [String: String] {
        var options = RunOptions(corpus: corpus, output: output, jobs: 2)
        options.force = force
        let summary = try CorpusRun(options: options).run()
        XCTAssertTrue(summary.succeeded)
        if let reused { XCTAssertEqual(summary.reused, reused, "issues taken from the saved state") }
        return try Fixtures.outputs(output)
    }

    func testAddedChangedAndRemovedIssuesGiveWhatAFreshRunGives() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.copyItem(atPath: Fixtures.path("corpus"), toPath: corpus)
        try FileManager.default.removeItem(atPath: corpus + "/README.md")
        let output = folder + "/Output"
        _ = try run(corpus, output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/" + ReduceState.fileName))
        let steps: [(String, Int, () throws -> Void)] = [
            ("insert between and before", 3, {
                try self.issue(number: 10, "乡村振兴").write(toFile: corpus + "/a-early.txt", atomically: true, encoding: .utf8)
                try self.issue(number: 12, "人才工作").write(toFile: corpus + "/issue-0025.txt", atomically: true, encoding: .utf8)
            }),
            ("append", 5, {
                try self.issue(number: 40, "数字经济").write(toFile: corpus + "/z-late.txt", atomically: true, encoding: .utf8)
            }),
            ("change", 0, {
                try self.issue(number: 10, "共同富裕").write(toFile: corpus + "/a-early.txt", atomically: true, encoding: .utf8)
            }),
            ("remove", 0, { try FileManager.default.removeItem(atPath: corpus + "/issue-002.txt") }),
            ("touched output", 0, {
                try "issue,term\n".write(toFile: output + "/terms.csv", atomically: false, encoding: .utf8)
                try self.issue(number: 41, "生态文明").write(toFile: corpus + "/z-later.txt", atomically: true, encoding: .utf8)
            }),
            ("damaged second-pass record", 6, {
                try "garbage".write(toFile: IssueReduceRecord.path(in: output, issue: "issue-003"), atomically: false, encoding: .utf8)
            }),
        ]
        for (name, reused, step) in steps {
            try step()
            let incremental = try run(corpus, output, reused: reused)
            let fresh = try run(corpus, folder + "/Fresh-\(name.filter(\.isLetter))", force: true)
            XCTAssertEqual(incremental.keys.sorted(), fresh.keys.sorted(), name)
            for (file, text) in fresh where incremental[file] != text {
                XCTFail("\(name): \(file) differs from a fresh run")
            }
        }
    }

    func testTheStateRoundTrips() throws {
        var first = IssueAnalysis(issue: "a", file: "a.txt", chars: 10, tokens: 10, terms: [TermCount(term: "党建", count: 3, articles: 1)])
        first.slogans = [SloganTally(slogan: "两学一做", category: .numbered, count: 2, quoted: 1, articles: 1, article: 1, line: 3)]
        first.newWords = [DiscoveredWord(word: "新词", count: 3, pmi: 1.0 / 3, leftEntropy: 0.1, rightEntropy: 2.5)]
        first.cooccurrences = Cooccurrences(sentences: 4, sentenceFrequency: [TermCount(term: "党建", count: 2)],
                                            pairs: [.init(node: "党建", collocate: "工作", sentences: 2)])
        var totals = CorpusTotals()
        totals.add(first)
        let state = ReduceState(issues: [["a", "s"]], blocks: [[1, 2, 3, 4, 5, 6, 7]], excel: true, totals: totals)
        let settings = CorpusStatistics.Settings()
        let back = try XCTUnwrap(ReduceState.decode(state.encode(settings: settings), settings: settings))
        XCTAssertEqual(back.issues, state.issues)
        XCTAssertEqual(back.blocks, state.blocks)
        let a = CorpusStatistics(totals: totals), b = CorpusStatistics(totals: back.totals)
        XCTAssertEqual(a.terms, b.terms)
        XCTAssertEqual(a.slogans, b.slogans)
        XCTAssertEqual(a.newWords.map(\.pmi), b.newWords.map(\.pmi))
        XCTAssertEqual(a.issues, b.issues)
        XCTAssertNil(ReduceState.decode(Array(state.encode(settings: settings).dropLast(3)), settings: settings))
    }

    func testTheStateHeadRoundTripsAndOldOrDamagedStatesAreNotUsed() throws {
        var first = IssueAnalysis(issue: "期\t1", file: "期\t1.txt", chars: 10, tokens: 10,
                                  terms: [TermCount(term: "党建", count: 3, articles: 1)], year: 2024)
        first.appointments = [AppointmentRow(article: 2, line: 7, person: "张三", action: "任命", post: "", organization: "某\\局")]
        var second = IssueAnalysis(issue: "b", file: "b.txt", chars: 5, tokens: 4, terms: [], number: 3)
        second.appointments = first.appointments
        var totals = CorpusTotals(appointmentsKept: 7)
        totals.add(first)
        totals.add(second)
        let state = ReduceState(issues: [["期\t1", "stamp 1"], ["b", ""]], blocks: [[1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 0, 0, 0, 0]],
                                excel: false, totals: totals)
        var settings = CorpusStatistics.Settings()
        settings.appointmentsListed = 7
        let bytes = state.encode(settings: settings)
        let back = try XCTUnwrap(ReduceState.decode(bytes, settings: settings))
        XCTAssertEqual(back.issues, state.issues)
        XCTAssertEqual(back.blocks, state.blocks)
        XCTAssertEqual(back.excel, false)
        XCTAssertEqual(back.totals.issues, totals.issues)
        XCTAssertEqual(back.totals.appointments, totals.appointments)
        XCTAssertEqual([back.totals.tokens, back.totals.sentences, back.totals.appointmentsKept], [14, 0, 7])
        XCTAssertEqual(back.encode(settings: settings), bytes, "decoded and encoded again, the same bytes")

        XCTAssertNil(ReduceState.decode(bytes, settings: CorpusStatistics.Settings()), "other settings")
        for cut in [0, 10, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            XCTAssertNil(ReduceState.decode(Array(bytes[..<cut]), settings: settings), "cut at \(cut)")
        }
        var other = bytes
        other[ReduceState.magic.count - 2] = UInt8(ascii: "2")
        XCTAssertNil(ReduceState.decode(other, settings: settings), "another format")
        // A state of format 2 (JSON head) is not read: the next run makes a full first pass.
        let old = Array(#"{"format":2,"issues":[]}"#.utf8) + [0x0A] + Array(bytes[ReduceState.magic.count...])
        XCTAssertNil(ReduceState.decode(old, settings: settings))
    }
}
