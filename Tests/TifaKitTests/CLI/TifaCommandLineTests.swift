import XCTest
@testable import TifaKit

final class TifaCommandLineTests: XCTestCase {
    private func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let console = RecordingConsole()
        let status = TifaCommandLine.main(arguments, console: console)
        return (status, console.output, console.errors)
    }

    func testHelpAndVersion() {
        let help = run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.out.contains("USAGE: tifa <command>"))
        let runHelp = run(["help", "run"])
        XCTAssertEqual(runHelp.status, 0)
        XCTAssertTrue(runHelp.out.contains("--jobs N"))
        XCTAssertEqual(run(["run", "--help"]).out, runHelp.out)
        let version = run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.out.hasPrefix("tifa \(TifaVersion.current) (ICU "))
    }

    func testUsageErrorsExitTwoWithAMessage() {
        for arguments in [[], ["frobnicate"], ["run", "--jobs", "0"], ["run", "--jobs"], ["run", "--nope"],
                          ["run", "extra"], ["help", "nothing"], ["tokenize", "a", "b"]] {
            let result = run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertFalse(result.err.isEmpty, "\(arguments)")
            XCTAssertTrue(result.out.isEmpty, "\(arguments)")
        }
        XCTAssertTrue(run(["run", "--jobs", "x"]).err.contains("--jobs takes a whole number above 0, not 'x'"))
    }

    func testTokenizeRoundTripsEveryLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = "习近平总书记强调，推进“两学一做”。\n\nPM2.5 下降20%  𠀀字\r\n最后一行"
        try input.write(toFile: folder + "/in.txt", atomically: true, encoding: .utf8)
        let result = run(["tokenize", folder + "/in.txt"])
        XCTAssertEqual(result.status, 0, result.err)
        let outputLines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let inputLines = LayoutRepair.splitLines(input)
        XCTAssertEqual(outputLines.count, inputLines.count)
        for (output, line) in zip(outputLines, inputLines) {
            let tokens = output.components(separatedBy: "  ").filter { !$0.isEmpty }
            XCTAssertEqual(tokens.joined(), line.filter { !$0.isWhitespace }.map(String.init).joined())
            XCTAssertFalse(tokens.contains { $0.contains(" ") })
        }
    }

    func testTokenizeNamesAnUnreadableFile() {
        let result = run(["tokenize", "/nonexistent/x.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("/nonexistent/x.txt"), result.err)
    }

    func testRunExitsOneAndNamesTheMissingCorpus() {
        let result = run(["run", "--corpus", "/nonexistent/corpus", "--out", "/tmp/tifa-never", "--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("/nonexistent/corpus"), result.err)
    }
}
