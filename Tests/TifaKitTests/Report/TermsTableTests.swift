import XCTest
@testable import TifaKit

final class TermsTableTests: XCTestCase {
    /// The byte rows must be the String rows rendered, whatever the cells hold.
    private func assertBytesMatchRows(_ issue: IssueAnalysis, file: StaticString = #filePath, line: UInt = #line) {
        var bytes: [UInt8] = []
        TermsTable.appendRows(issue, to: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), CSVTable.render(rows: TermsTable.rows(issue)),
                       file: file, line: line)
    }

    func testByteRowsEqualTheRenderedRows() {
        let terms = [TermCount(term: "改革", count: 12, articles: 3), TermCount(term: "“两学一做”", count: 2, articles: 1),
                     TermCount(term: "a,b", count: 1), TermCount(term: "say \"hi\"", count: 1),
                     TermCount(term: "=SUM(A1)", count: 1), TermCount(term: "-3", count: 1),
                     TermCount(term: "x\"\u{301}", count: 1), TermCount(term: "Ⅴ①○", count: 100_000, articles: 40)]
        assertBytesMatchRows(IssueAnalysis(issue: "2017-05", file: "a.txt", chars: 10, tokens: 7, terms: terms))
        // An issue name that needs quotes, and one with a formula start.
        assertBytesMatchRows(IssueAnalysis(issue: "求是,第5期", file: "b.txt", chars: 1, tokens: 3, terms: terms))
        assertBytesMatchRows(IssueAnalysis(issue: "+1", file: "c.txt", chars: 1, tokens: 3, terms: terms))
    }

    func testNoTokensAndNoTerms() {
        // Rates over zero tokens are 0.00; no terms, no bytes.
        assertBytesMatchRows(IssueAnalysis(issue: "i", file: "i.txt", chars: 0, tokens: 0,
                                           terms: [TermCount(term: "词", count: 0)]))
        var bytes: [UInt8] = []
        TermsTable.appendRows(IssueAnalysis(issue: "i", file: "i.txt", chars: 0, tokens: 0, terms: []), to: &bytes)
        XCTAssertEqual(bytes, [])
    }
}
