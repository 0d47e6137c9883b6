import XCTest
@testable import TifaKit

/// Large issues read in parts: cuts tile the file exactly at safe places, parts merge in
/// order whatever the timing, and the merged counts equal an unsplit run's up to the
/// boundary effects documented in docs/PERFORMANCE.md.
final class IssuePartsTests: XCTestCase {
    /// An invented issue of `copies` articles (the fixture issues repeated).
    private func writeLargeIssue(_ folder: String, copies: Int) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        var text = ""
        for _ in 0..<copies {
            for name in ["issue-001.txt", "issue-002.txt", "issue-003.txt"] {
                text += try String(contentsOfFile: Fixtures.path("corpus/" + name), encoding: .utf8) + "\n"
            }
        }
        try text.write(toFile: corpus + "/big.txt", atomically: true, encoding: .utf8)
        return corpus
    }

    private func analyze(_ corpus: String, _ output: String, partBytes: Int, jobs: Int) throws -> IssueAnalysis {
        var options = RunOptions(corpus: corpus, output: output, jobs: jobs)
        options.partBytes = partBytes
        options.discoverWords = false
        let summary = try CorpusRun(options: options).run()
        XCTAssertTrue(summary.succeeded, "\(summary.diagnostics)")
        return try XCTUnwrap(summary.issues.first)
    }

    func testPartsTileTheFileAtLineEnds() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try writeLargeIssue(folder, copies: 6)
        let path = corpus + "/big.txt"
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let partition = try IssuePartition(path: path, size: bytes.count, partBytes: 1000)
        XCTAssertGreaterThan(partition.count, 5)
        var joined: [UInt8] = []
        var lines = 0
        for k in 0..<partition.count {
            let part = try partition.readPart(k)
            if k < partition.count - 1 { XCTAssertEqual(part.bytes.last, 0x0A, "part \(k) ends at a line end") }
            XCTAssertNotNil(String(validatingUTF8: part.bytes.map { CChar(bitPattern: $0) } + [0]), "part \(k) is whole UTF-8")
            // Lines before the part: whole blocks before it plus the lines skipped in its own block.
            let blockLines = (0..<k).reduce(0) { $0 + (try! partition.scanBlock($1).lines) }
            XCTAssertEqual(blockLines + part.leadingLines, lines, "line offset of part \(k)")
            lines += part.bytes.filter { $0 == 0x0A }.count
            joined += part.bytes
        }
        XCTAssertEqual(joined, bytes)
    }

    func testLineWithoutNewlinesIsCutAfterSentencesOrAtCharacters() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/line.txt"
        let sentence = "推进基层党建工作，落实从严治党要求。"
        try String(repeating: sentence, count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        let size = sentence.utf8.count * 200
        let partition = try IssuePartition(path: path, size: size, partBytes: 700)
        var joined: [UInt8] = []
        for k in 0..<partition.count {
            let part = try partition.readPart(k)
            XCTAssertEqual(part.leadingLines, 0)
            if k < partition.count - 1 { XCTAssertEqual(String(decoding: part.bytes.suffix(3), as: UTF8.self), "。") }
            joined += part.bytes
        }
        XCTAssertEqual(joined.count, size)
        // No punctuation at all: cut at character boundaries, never inside one.
        try String(repeating: "党", count: 1000).write(toFile: path, atomically: true, encoding: .utf8)
        let plain = try IssuePartition(path: path, size: 3000, partBytes: 500)
        var total = 0
        for k in 0..<plain.count {
            let part = try plain.readPart(k).bytes
            XCTAssertEqual(part.count % 3, 0)
            XCTAssertEqual(String(decoding: part, as: UTF8.self), String(repeating: "党", count: part.count / 3))
            total += part.count
        }
        XCTAssertEqual(total, 3000)
    }

    func testUTF16PartsKeepTheByteOrderMark() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/utf16.txt"
        let text = String(repeating: "第一行文字。\n第二行文字\n", count: 100)
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let partition = try IssuePartition(path: path, size: bytes.count, partBytes: 301)
        var decoded = ""
        for k in 0..<partition.count {
            let part = try partition.readPart(k).bytes
            XCTAssertEqual(Array(part.prefix(2)), [0xFF, 0xFE])
            decoded += try TextDecoder().decode(part).text
        }
        XCTAssertEqual(decoded, text)
    }

    func testMergedPartsMatchUnsplitRunAndNeverDependOnTiming() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try writeLargeIssue(folder, copies: 12)
        let whole = try analyze(corpus, folder + "/whole", partBytes: 1 << 30, jobs: 1)
        let parts1 = try analyze(corpus, folder + "/parts1", partBytes: 2048, jobs: 1)
        let parts2 = try analyze(corpus, folder + "/parts2", partBytes: 2048, jobs: 2)
        XCTAssertEqual(parts1, parts2, "same parts, same result, whatever the timing")
        XCTAssertEqual(try Fixtures.outputs(folder + "/parts1"), try Fixtures.outputs(folder + "/parts2"))
        // Parts are cut after sentence ends and tokenized per article, so counts agree up to
        // boundary effects: page furniture is learned per part (a line repeated across the
        // whole file but rarely within one part stays text), an article cut in two.
        XCTAssertEqual(Double(parts1.chars), Double(whole.chars), accuracy: Double(whole.chars) * 0.05)
        XCTAssertEqual(Double(parts1.tokens), Double(whole.tokens), accuracy: Double(whole.tokens) * 0.05)
        let partsCounts = Dictionary(uniqueKeysWithValues: parts1.terms.map { ($0.term, $0.count) })
        for term in whole.terms.prefix(30) {
            let count = try XCTUnwrap(partsCounts[term.term], term.term)
            XCTAssertEqual(Double(count), Double(term.count), accuracy: Double(term.count) * 0.15 + 1, term.term)
        }
        XCTAssertEqual(parts1.articles.first?.line, whole.articles.first?.line)
        XCTAssertEqual(parts1.slogans.map(\.slogan).sorted(), whole.slogans.map(\.slogan).sorted())
    }

    func testChangedLargeIssueIsAnalyzedAgainAndUnchangedOneComesFromTheCache() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try writeLargeIssue(folder, copies: 4)
        var options = RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)
        options.partBytes = 1024
        let first = try CorpusRun(options: options).run()
        XCTAssertTrue(first.succeeded, "\(first.diagnostics)")
        XCTAssertEqual(first.new, 1)
        let again = try CorpusRun(options: options).run()
        XCTAssertEqual(again.unchanged, 1)
        XCTAssertEqual(again.issues, first.issues)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: corpus + "/big.txt"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("新增一段文字。\n".utf8))
        try handle.close()
        let changed = try CorpusRun(options: options).run()
        XCTAssertEqual(changed.changed, 1)
    }
}
