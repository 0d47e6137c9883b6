import Foundation
import XCTest
@testable import TifaKit

/// A corpus holding every kind of bad or awkward input next to good issues: each bad file
/// is reported on stderr by name with what is wrong and recorded in run.json, the good
/// ones are analyzed, nothing crashes, and the run exits 1.
final class HostileInputTests: XCTestCase {
    /// Invented text long enough to be an issue, with a formulation and a name.
    static let issueText = """
        卷首语
        坚持“两学一做”学习教育常态化制度化，推进全面从严治党向基层延伸。
        各级党组织要落实“三会一课”制度，抓好基层党建工作。
        姻王建国
        """ + "\n"

    /// The corpus: file name -> bytes (nil entries are made by `makeSpecialFiles`).
    static func hostileFiles() throws -> [String: [UInt8]] {
        let text = Array(issueText.utf8)
        var files: [String: [UInt8]] = [:]
        files["good.txt"] = text
        files["empty.txt"] = []
        files["whitespace.txt"] = Array(" \n\t\r\n　\n".utf8)
        files["nul-bytes.txt"] = Array("党建工作".utf8) + [0] + Array("推进".utf8)
        files["image.txt"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                              0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66]
        // Invalid UTF-8 in the middle: far more bad bytes than a stray one, so rejected.
        files["bad-middle.txt"] = text + [0xFF, 0xFE, 0xC0, 0x80, 0xF5, 0x80, 0xFF, 0xFF] + text
        files["truncated-short.txt"] = Array("党建".utf8) + [0xE5, 0x85]
        // A long issue cut inside its last character: analyzed, with a warning.
        files["truncated-long.txt"] = Array(String(repeating: issueText, count: 20).utf8) + [0xE5, 0x85]
        files["gbk.txt"] = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("encodings/gbk.txt"))))
        files["utf16le-nobom.txt"] = issueText.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        files["utf16be-nobom.txt"] = issueText.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        files["crlf.txt"] = Array(issueText.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        files["lone-cr.txt"] = Array(issueText.replacingOccurrences(of: "\n", with: "\r").utf8)
        files["traditional.txt"] = Array("""
            堅持“兩學一做”學習教育常態化制度化，推進全面從嚴治黨向基層延伸。
            各級黨組織要落實“三會一課”制度，抓好基層黨建工作。

            """.utf8)
        files["mixed-scripts.txt"] = Array("""
            推进𠀀𠂉字的研究👍🏽，党建工作🇨🇳继续。
            café naïve e\u{0301} 中\u{0300}文 שלום עולם مرحبا بالعالم 基层党建。
            \u{202E}反向\u{202C}文字与零宽\u{200D}连接。

            """.utf8)
        files["issue with spaces.txt"] = text
        files["quote\"d 'name'.txt"] = text
        files["第五十期 衢州.txt"] = text
        return files
    }

    /// Files that are not plain bytes: a folder named .txt, links, a FIFO, non-issues.
    static func makeSpecialFiles(in corpus: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: corpus + "/folder.txt", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: corpus + "/dangling.txt", withDestinationPath: corpus + "/missing-target")
        try fm.createSymbolicLink(atPath: corpus + "/loop-a.txt", withDestinationPath: corpus + "/loop-b.txt")
        try fm.createSymbolicLink(atPath: corpus + "/loop-b.txt", withDestinationPath: corpus + "/loop-a.txt")
        try fm.createSymbolicLink(atPath: corpus + "/link-to-good.txt", withDestinationPath: "good.txt")
        XCTAssertEqual(mkfifo(corpus + "/fifo.txt", 0o644), 0)
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00]).write(to: URL(fileURLWithPath: corpus + "/scan.pdf"))
        try "notes".write(toFile: corpus + "/README.md", atomically: true, encoding: .utf8)
        try fm.createDirectory(atPath: corpus + "/attachments", withIntermediateDirectories: true)
    }

    static func makeCorpus(in folder: String) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for (name, bytes) in try hostileFiles() {
            try Data(bytes).write(to: URL(fileURLWithPath: corpus + "/" + name))
        }
        try makeSpecialFiles(in: corpus)
        return corpus
    }

    /// What each failing file must say (a fragment of its message).
    static let expectedErrors: [String: String] = [
        "empty.txt": "empty file",
        "whitespace.txt": "no text (only whitespace)",
        "nul-bytes.txt": "binary data (NUL byte), not a text issue at byte offset 12",
        "image.txt": "binary data (NUL byte)",
        "bad-middle.txt": "invalid UTF-8",
        "truncated-short.txt": "truncated multi-byte UTF-8 sequence at the end of the file (cut off while copying?) at byte offset 6",
        "folder.txt": "is a folder, not a file",
        "dangling.txt": "dangling symbolic link",
        "loop-a.txt": "symbolic link loop",
        "loop-b.txt": "symbolic link loop",
        "fifo.txt": "is a FIFO (named pipe), not a regular file",
    ]

    static let expectedIssues: Set<String> = [
        "good", "truncated-long", "gbk", "utf16le-nobom", "utf16be-nobom", "crlf", "lone-cr", "traditional",
        "mixed-scripts", "issue with spaces", "quote\"d 'name'", "第五十期 衢州", "link-to-good",
    ]

    func testEveryBadFileIsReportedByNameAndTheOthersAreAnalyzed() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(in: folder)
        let output = folder + "/Output"
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run()

        XCTAssertFalse(summary.succeeded)
        XCTAssertEqual(Set(summary.issues.map(\.issue)), Self.expectedIssues)
        let errors = summary.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(Set(errors.map { ($0.file as NSString).lastPathComponent }), Set(Self.expectedErrors.keys))
        for error in errors {
            let name = (error.file as NSString).lastPathComponent
            XCTAssertTrue(error.message.contains(Self.expectedErrors[name] ?? "?"), "\(name): \(error.message)")
            XCTAssertEqual(error.file, corpus + "/" + name)
        }
        let notes = summary.diagnostics.filter { $0.severity == .note }.map { ($0.file as NSString).lastPathComponent }
        XCTAssertEqual(Set(notes), ["scan.pdf", "README.md", "attachments"])
        let warnings = summary.diagnostics.filter { $0.severity == .warning }
        XCTAssertTrue(warnings.contains { $0.file.hasSuffix("truncated-long.txt") && $0.message.contains("U+FFFD") }, "\(warnings)")

        // run.json lists every failure by file.
        let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/run.json"))) as? [String: Any])
        let failures = try XCTUnwrap(record["failures"] as? [[String: String]])
        XCTAssertEqual(Set(failures.compactMap { $0["file"].map { ($0 as NSString).lastPathComponent } }), Set(Self.expectedErrors.keys))
        XCTAssertEqual((record["issues"] as? [String: Int])?["failed"], Self.expectedErrors.count)

        // Every CSV parses, issues.csv names each analyzed issue exactly once.
        for name in ["terms.csv", "issues.csv", "articles.csv", "slogans.csv", "new_words.csv"] {
            let text = try String(contentsOfFile: output + "/" + name, encoding: .utf8)
            XCTAssertNotNil(CSVRows.parse(text), "\(name) is not well-formed CSV")
        }
        let issueRows = try XCTUnwrap(CSVRows.parse(try String(contentsOfFile: output + "/issues.csv", encoding: .utf8)))
        XCTAssertEqual(Set(issueRows.dropFirst().map { $0[0] }), Self.expectedIssues)
        XCTAssertEqual(issueRows.count, Self.expectedIssues.count + 1)
    }

    func testEncodingsAndLineEndsGiveTheSameAnalysisAsPlainUTF8() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(in: folder)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        let byIssue = Dictionary(uniqueKeysWithValues: summary.issues.map { ($0.issue, $0) })
        let good = try XCTUnwrap(byIssue["good"])
        XCTAssertGreaterThan(good.tokens, 10)
        for variant in ["utf16le-nobom", "utf16be-nobom", "crlf", "lone-cr", "issue with spaces", "link-to-good"] {
            let issue = try XCTUnwrap(byIssue[variant], variant)
            XCTAssertEqual(issue.terms, good.terms, variant)
            XCTAssertEqual(issue.articles.map(\.title), good.articles.map(\.title), variant)
        }
        XCTAssertEqual(byIssue["utf16le-nobom"]?.encoding, "UTF-16LE")
        XCTAssertEqual(byIssue["utf16be-nobom"]?.encoding, "UTF-16BE")
        XCTAssertEqual(byIssue["gbk"]?.encoding, "GB18030")
        XCTAssertTrue(byIssue["gbk"]?.terms.contains { $0.term.contains("党") } ?? false, "\(byIssue["gbk"]?.terms ?? [])")
    }

    func testTraditionalChineseAndMixedScriptsAreAnalyzedIntact() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(in: folder)
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: folder + "/Output", jobs: 2)).run()
        let byIssue = Dictionary(uniqueKeysWithValues: summary.issues.map { ($0.issue, $0) })
        let traditional = try XCTUnwrap(byIssue["traditional"])
        XCTAssertGreaterThan(traditional.tokens, 10)
        XCTAssertTrue(traditional.slogans.contains { $0.slogan == "三會一課" || $0.slogan == "兩學一做" }, "\(traditional.slogans)")

        let mixed = try XCTUnwrap(byIssue["mixed-scripts"])
        let terms = mixed.terms.map(\.term)
        // Astral characters, combining marks and RTL text survive as whole scalars.
        let all = terms.joined()
        XCTAssertTrue(all.contains("𠀀"), "\(terms)")
        XCTAssertTrue(all.unicodeScalars.contains("\u{0301}"), "\(terms)")
        XCTAssertTrue(terms.contains("שלום") || all.contains("שלום"), "\(terms)")
        for term in terms {
            XCTAssertFalse(term.unicodeScalars.contains("\u{FFFD}"), term)
            XCTAssertFalse(term.isEmpty)
        }
        let csv = try String(contentsOfFile: folder + "/Output/terms.csv", encoding: .utf8)
        XCTAssertNotNil(CSVRows.parse(csv))
        XCTAssertTrue(csv.contains("𠀀"))
    }

    func testTheCommandLineNamesEachBadFileOnStderrAndExitsOne() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(in: folder)
        let console = RecordingConsole()
        let status = TifaCommandLine.main(["run", "--corpus", corpus, "--out", folder + "/Output", "--jobs", "2"], console: console)
        XCTAssertEqual(status, 1)
        let lines = console.errors.split(separator: "\n").map(String.init)
        for (name, message) in Self.expectedErrors {
            XCTAssertTrue(lines.contains { $0.hasPrefix(corpus + "/" + name + ": error: ") && $0.contains(message) },
                          "no stderr line for \(name): \(console.errors)")
        }
        XCTAssertTrue(lines.contains { $0.contains("scan.pdf: note: not a .txt issue; ignored") })
        XCTAssertTrue(console.errors.contains("\(Self.expectedErrors.count) failed"), console.errors)
    }

    func testAnUnreadableFileIsReportedAndTheRunGoesOn() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try Self.issueText.write(toFile: corpus + "/good.txt", atomically: true, encoding: .utf8)
        try Self.issueText.write(toFile: corpus + "/locked.txt", atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(corpus + "/locked.txt", 0), 0)
        let output = folder + "/Output"
        if getuid() != 0 {
            let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 1)).run()
            XCTAssertEqual(summary.issues.map(\.issue), ["good"])
            XCTAssertEqual(summary.diagnostics.filter { $0.severity == .error }.map(\.description),
                           [corpus + "/locked.txt: error: cannot read: permission denied"])
            return
        }
        // As root, permissions do not stop reading: run tifa as an unprivileged user
        // (setpriv), who can read good.txt but not locked.txt.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("running as root and setpriv is missing: chmod 000 cannot make a file unreadable for root")
        }
        for path in [folder, corpus] { XCTAssertEqual(chmod(path, 0o755), 0) }
        XCTAssertEqual(chmod(corpus + "/good.txt", 0o644), 0)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(output, 0o777), 0)
        var parent = (folder as NSString).deletingLastPathComponent
        while parent != "/" && !parent.isEmpty {  // the user must be able to reach the folder
            var info = stat()
            if stat(parent, &info) == 0, info.st_mode & 0o001 == 0 {
                throw XCTSkip("running as root and \(parent) is not searchable by others: cannot test as another user")
            }
            parent = (parent as NSString).deletingLastPathComponent
        }
        let result = try TifaProcess.run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                         ["--reuid=65534", "--regid=65534", "--clear-groups", try TifaProcess.binary(),
                                          "run", "--corpus", corpus, "--out", output, "--jobs", "1", "--quiet"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains(corpus + "/locked.txt: error: cannot read: permission denied"), result.stderr)
        let issues = try String(contentsOfFile: output + "/issues.csv", encoding: .utf8)
        XCTAssertTrue(issues.contains("\ngood,good.txt,"), issues)
    }
}
