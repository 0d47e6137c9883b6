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
                               key: IssueKey(issue: "issue-999", file: "issue-999.txt", number: nil, year: nil)))
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
