import XCTest
@testable import TifaKit

final class ReportRenderingTests: XCTestCase {
    private let hostile = "<script>alert(1)</script>&\"'|*[x](y)"

    private func document() -> ReportDocument {
        var document = ReportDocument(title: hostile)
        document.append(.heading(level: 2, text: hostile, id: "h\"><x"))
        document.append(.paragraph(hostile))
        document.append(.list([hostile]))
        document.append(.table(.init(header: [hostile], rows: [[.init(hostile, link: "issues/\"><script>/report.html")]])))
        document.append(.bars([SVGChart.Bar(label: hostile, value: 3, note: hostile)]))
        document.append(.lines([SVGChart.Series(name: hostile, values: [1, nil, 3])], xLabels: [hostile, "b", "c"]))
        return document
    }

    func testHTMLEscapesAllCorpusText() {
        let html = HTMLRenderer.render(document(), home: "../\"><script>")
        XCTAssertFalse(html.contains("<script"), "no script element may come from corpus text")
        XCTAssertFalse(html.contains("\"><x"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;"))
        XCTAssertFalse(html.contains("http://") && html.contains("<link"), "no external resources")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    }

    func testHTMLHasNoExternalResources() {
        let html = HTMLRenderer.render(document())
        for forbidden in ["<script", "<link", "src=", "@import", "url("] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
    }

    func testMarkdownEscapesStructure() {
        let markdown = MarkdownRenderer.render(document())
        XCTAssertFalse(markdown.contains("<script>"))
        XCTAssertTrue(markdown.contains("\\|"), "a pipe cannot break a table")
        XCTAssertTrue(markdown.contains("\\[x\\]\\(y\\)"), "no link can be injected")
    }

    func testSafeFileNamesNeverLeaveTheirFolder() {
        for name in ["../../etc", "/abs", "..", ".", "a/b", "第50期", ""] {
            let encoded = SafeFileName.encode(name)
            XCTAssertFalse(encoded.contains("/"), encoded)
            XCTAssertFalse(encoded.contains(".."), encoded)
            XCTAssertFalse(encoded.isEmpty)
        }
        XCTAssertEqual(SafeFileName.encode("issue-050"), "issue-050")
        XCTAssertNotEqual(SafeFileName.encode("a.b"), SafeFileName.encode("a_b"))
    }

    func testCorpusReportCitesTheFirstOccurrenceOfEachSlogan() throws {
        var issue = IssueAnalysis(issue: "issue-1", file: "issue-1.txt", chars: 10, tokens: 10, terms: [TermCount(term: "党建", count: 2)])
        issue.slogans = [SloganTally(slogan: "三查一改", category: .numbered, count: 2, quoted: 1, articles: 1, article: 3, line: 42)]
        let statistics = CorpusStatistics(issues: [issue])
        let markdown = MarkdownRenderer.render(ReportBuilder().corpus(statistics, failures: [], html: false))
        XCTAssertTrue(markdown.contains("| 1 | 三查一改 | numbered | 2 | 1 | 1 | issue-1 a3 l42 |"), markdown)
    }

    /// The escapes work on UTF-8 bytes; they must give what escaping scalar by scalar gives.
    func testEscapesOverBytesMatchScalarEscapes() {
        func html(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out += scalar.value < 0x20 && scalar != "\t" && scalar != "\n" ? " " : String(scalar)
                }
            }
            return out
        }
        func markdown(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "|", "\\", "*", "_", "`", "[", "]", "#", "(", ")": out += "\\\(scalar)"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                case "\n", "\r": out += " "
                default: out += String(scalar)
                }
            }
            return out
        }
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for text in ["", "党建", ascii, "中<文>&\"引'号\r\n|表*格_`[链](接)#", "e\u{301}<", "\u{1F600}&\u{20000}"] {
            XCTAssertEqual(HTMLText.escape(text), html(text), text.debugDescription)
            XCTAssertEqual(MarkdownRenderer.escape(text), markdown(text), text.debugDescription)
        }
    }
}
