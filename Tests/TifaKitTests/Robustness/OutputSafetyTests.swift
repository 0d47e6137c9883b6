import Foundation
import XCTest
@testable import TifaKit

/// Corpus text and file names are data, never code or paths: HTML escapes them, CSV cells
/// cannot run as spreadsheet formulas, and no issue name writes outside Output/.
final class OutputSafetyTests: XCTestCase {
    static let hostileNames = [
        "=HYPERLINK(\"evil.example\",\"x\")", "@SUM(1+1)", "+1+2", "-cmd", "..%2F..%2Fescape", "..\\..\\win",
        "<b>bold", "line\nbreak", "tab\tname", "a..b", "%", "%25",
    ]

    static func makeCorpus(_ folder: String) throws -> String {
        let corpus = folder + "/Corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let text = """
            <script>alert(1)</script>
            卷首语
            <img src=x onerror=alert(2)>推进“两学一做”学习教育，落实“三会一课”制度。
            =cmd|' /C calc'!A0 党建工作要抓实，“<i>创新</i>”要推进。
            姻王建国

            """
        for name in hostileNames {
            try text.write(toFile: corpus + "/" + name + ".txt", atomically: false, encoding: .utf8)
        }
        return corpus
    }

    func testHostileTextAndNamesStayInsideOutputAndInertInEveryFormat() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder)
        let before = Set(try FileManager.default.subpathsOfDirectory(atPath: folder))
        let output = folder + "/Output"
        let summary = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run()
        // Names starting with a dot (the only way to spell `..` in a file name) are hidden
        // files: skipped with a note, never an issue.
        let visible = Self.hostileNames.filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(summary.issues.map(\.issue)), Set(visible))
        let notes = summary.diagnostics.filter { $0.severity == .note }.map { ($0.file as NSString).lastPathComponent }
        XCTAssertEqual(Set(notes), Set(Self.hostileNames.filter { $0.hasPrefix(".") }.map { $0 + ".txt" }))

        // Nothing was created outside Output/ (and the folder's parent is untouched).
        let created = Set(try FileManager.default.subpathsOfDirectory(atPath: folder)).subtracting(before)
        XCTAssertEqual(created.filter { !$0.hasPrefix("Output") }, [])
        let parent = (folder as NSString).deletingLastPathComponent
        XCTAssertFalse(FileManager.default.fileExists(atPath: parent + "/escape.json"))
        for path in try FileManager.default.subpathsOfDirectory(atPath: output) {
            let components = path.split(separator: "/")
            XCTAssertFalse(components.contains(".."), path)
            XCTAssertLessThanOrEqual(components.count, 3, path)  // cache/<entry>, issues/<issue>/report.html
            XCTAssertEqual((output + "/" + path as NSString).standardizingPath.hasPrefix(output), true, path)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output + "/cache").filter { $0.hasSuffix(".json") }.count, visible.count)

        // CSV: well-formed, and no cell a spreadsheet would evaluate.
        for name in try FileManager.default.contentsOfDirectory(atPath: output) where name.hasSuffix(".csv") {
            let rows = try XCTUnwrap(CSVRows.parse(try String(contentsOfFile: output + "/" + name, encoding: .utf8)), name)
            for row in rows {
                for cell in row {
                    guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                    XCTAssertNotNil(Double(cell), "\(name): formula-like cell \(cell.debugDescription)")
                }
            }
        }
        let issues = try String(contentsOfFile: output + "/issues.csv", encoding: .utf8)
        XCTAssertTrue(issues.contains("\"'=HYPERLINK(\"\"evil.example\"\",\"\"x\"\")\""), issues)
        XCTAssertTrue(issues.contains("'@SUM(1+1)"), issues)

        // HTML: corpus text and names are escaped on every page.
        var pages = [output + "/report.html"]
        if let entries = try? FileManager.default.subpathsOfDirectory(atPath: output + "/issues") {
            pages += entries.filter { $0.hasSuffix(".html") }.map { output + "/issues/" + $0 }
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: pages[0]), "no report.html")
        for page in pages {
            let html = try String(contentsOfFile: page, encoding: .utf8)
            for raw in ["<script>alert", "<img src=x", "<b>bold", "<i>创新</i>", "onerror=alert(2)>"] {
                XCTAssertFalse(html.contains(raw), "\(page) holds raw \(raw)")
            }
        }
        let report = try String(contentsOfFile: output + "/report.html", encoding: .utf8)
        XCTAssertTrue(report.contains("&lt;b&gt;bold"), "the issue named <b>bold is not listed escaped")
    }
}
