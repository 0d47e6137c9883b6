import XCTest
@testable import TifaKit

/// Invented wrapped sentences read line by line: what the neighbouring lines carry over,
/// and where a line stands apart (titles, rosters, bylines).
final class WrappedLinesTests: XCTestCase {
    private func wrapped(_ text: String) -> WrappedLines {
        WrappedLines(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.map(\.value) })
    }

    private func string(_ s: [UInt32]) -> String { LayoutNames.string(s, 0, s.count) }

    func testContextAcrossAWrapAndABlankLine() {
        let lines = wrapped("各地积极推进工作，全面落实\n\n施工方案和监管责任。")
        XCTAssertEqual(string(lines.context(of: 2).before), "全面落实")
        XCTAssertEqual(string(lines.context(of: 0).after), "施工方案和监管责任".prefix(WrappedLines.reach).description)
    }

    func testNoContextWhereLinesStandApart() {
        // A sentence ends; a title; a roster line; a letter-spaced label.
        XCTAssertTrue(wrapped("各地积极推进工作。\n施工方案").context(of: 1).before.isEmpty)
        XCTAssertTrue(wrapped("学习心得\n施工方案和监管责任落实。").context(of: 1).before.isEmpty)
        XCTAssertTrue(wrapped("副书记：鲁某某、柯某某\n常 委：尹某某").context(of: 1).before.isEmpty)
        XCTAssertTrue(wrapped("各地积极推进工作，全面落实\n书 记：柯某某").context(of: 1).before.isEmpty)
    }

    func testMentionAcrossTheCutIsDropped() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        // 实|施家风: read alone, the second line opens with a "name".
        let lines = wrapped("各地开展家风建设主题活动，以实\n施家风家训工程为载体，组织开展活动。")
        XCTAssertTrue(extractor.extract("施家风家训工程为载体，组织开展活动。").contains { $0.text == "施家风" })
        let people = lines.mentions(of: 1, by: extractor).filter { $0.kind == .person }
        XCTAssertEqual(people.map(\.text), [])
        // A name inside the line keeps its offsets within the line.
        let named = wrapped("各地开展家风建设主题活动，以实\n施工期间柯明远同志说，要抓落实。")
        let found = named.mentions(of: 1, by: extractor).filter { $0.kind == .person }
        XCTAssertEqual(found.map(\.text), ["柯明远"])
        XCTAssertEqual(found.map(\.start), [4])
    }
}
