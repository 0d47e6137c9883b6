import Foundation
import XCTest
@testable import TifaKit

/// Same input, byte-identical outputs: every file (all CSVs, reports, issue pages, cache
/// entries) whatever --jobs is, and on repeated runs; and a corpus of 10,000 tiny issues.
final class DeterminismTests: XCTestCase {
    func testEveryOutputIsByteIdenticalAcrossJobsAndRepeatedRuns() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try HostileInputTests.makeCorpus(in: folder)
        for k in 1...10 {  // more issues than workers, of different sizes, so workers race
            try String(repeating: HostileInputTests.issueText, count: k)
                .write(toFile: corpus + "/size-\(k).txt", atomically: true, encoding: .utf8)
        }
        var reference: [String: Data]?
        for (index, jobs) in [1, 2, 8, 8, 2].enumerated() {
            // The last two reuse the folders of the first runs: repeated runs from the cache.
            let output = folder + "/out-\(index < 3 ? index : index - 2)"
            _ = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: jobs)).run()
            let files = try FaultTests.outputs(output)
            XCTAssertTrue(files.keys.contains("terms.csv") && files.keys.contains { $0.hasPrefix("cache/") }, "\(files.keys)")
            if let reference {
                XCTAssertEqual(files.keys.sorted(), reference.keys.sorted(), "jobs \(jobs), run \(index)")
                for (name, data) in reference where files[name] != data {
                    XCTFail("\(name) differs with --jobs \(jobs) (run \(index))")
                }
            } else {
                reference = files
            }
        }
        let csvs = reference?.keys.filter { $0.hasSuffix(".csv") } ?? []
        XCTAssertGreaterThanOrEqual(csvs.count, 5, "\(csvs)")
    }

    func testTenThousandTinyIssues() throws {
        let folder = try Fixtures.temporaryFolder()
        // 10,000 issues and their cache take about 250 MB: never left behind in /tmp.
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let words = ["党建", "学习", "基层", "改革", "治理", "创新", "发展", "服务"]
        for k in 0..<10_000 {
            let text = "\(words[k % 8])工作第\(k)号：推进\(words[(k / 8) % 8])。\n"
            guard FileManager.default.createFile(atPath: corpus + "/i\(String(format: "%05d", k)).txt", contents: Data(text.utf8)) else {
                return XCTFail("cannot create fixture \(k)")
            }
        }
        let output = folder + "/Output"
        let options = RunOptions(corpus: corpus, output: output, jobs: 2)
        let summary = try CorpusRun(options: options).run()
        XCTAssertTrue(summary.succeeded, "\(summary.diagnostics.prefix(3))")
        XCTAssertEqual(summary.issues.count, 10_000)
        let rows = try XCTUnwrap(CSVRows.parse(try String(contentsOfFile: output + "/issues.csv", encoding: .utf8)))
        XCTAssertEqual(rows.count, 10_001)
        XCTAssertEqual(rows[1][0], "i00000")
        XCTAssertEqual(rows.last?[0], "i09999")
        // The second night: everything from the cache.
        let again = try CorpusRun(options: options).run()
        XCTAssertEqual(again.unchanged, 10_000)
    }
}
