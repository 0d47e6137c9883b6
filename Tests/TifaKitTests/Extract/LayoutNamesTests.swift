import XCTest
@testable import TifaKit

/// Invented issues read line by line as `tifa mentions` reads them: bylines behind an icon
/// character, signature lines, roster lists that go on in the next line, a famous name
/// broken over two lines.
final class LayoutNamesTests: XCTestCase {
    private func layout(_ text: String) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.unicodeScalars.map(\.value) }
        let found = LayoutNames.find(lines: lines)
        return zip(lines, found.names).map { line, spans in spans.map { LayoutNames.string(line, $0.start, $0.end) } }
    }

    func testIconBylinesRepeatedInTheFile() {
        let text = "基层党建新探索\n卐卢海生\n正文第一段。\n卐汤 卫 柯明远\n正文第二段。"
        XCTAssertEqual(layout(text), [[], ["卢海生"], [], ["汤 卫", "柯明远"], []])
    }

    func testSymbolIconBylinesAsTheRunReadsThem() {
        // The same detection as the run's (BylineIcon): a symbol or private-use icon too.
        let text = "■卢海生\n正文第一段。\n■汤 卫 柯明远"
        XCTAssertEqual(layout(text), [["卢海生"], [], ["汤 卫", "柯明远"]])
        XCTAssertEqual(BylineIcon.icons(of: LineCleaner().clean(text)), ["■"])
        XCTAssertEqual(layout("\u{F06C}卢海生\n正文。\n\u{F06C}柯明远").flatMap { $0 }, ["卢海生", "柯明远"])
    }

    func testOneIconLineAloneOrAProseLineIsNoByline() {
        XCTAssertEqual(layout("卐卢海生\n正文。").flatMap { $0 }, [])
        // Not only names after the first character.
        XCTAssertEqual(layout("卐卢海生\n卐”，在卢某的带领下\n卐汤 卫").flatMap { $0 }, ["卢海生", "汤 卫"])
        // A repeated heading whose first two characters make a word (学习 心得) is no byline.
        XCTAssertEqual(layout("学习心得\n正文。\n学习心得").flatMap { $0 }, [])
        // A surname first is a name, not an icon (王卢海 is no icon before 卢海).
        XCTAssertNil(BylineIcon.line("王卢海生".unicodeScalars.map(\.value)))
    }

    func testSignatureBeforeABracketedPost() {
        XCTAssertEqual(layout("全文完。\n柯 敏\n\n（青山县人大副主任）"), [[], ["柯 敏"], [], []])
        XCTAssertEqual(layout("卢海生（左）"), [["卢海生"]])
        // A lone line without such a sign is left to the extractor.
        XCTAssertEqual(layout("全文完。\n柯 敏\n下一篇文章的正文。"), [[], [], []])
        // A letter-spaced heading is no name.
        XCTAssertEqual(layout("中 国\n（一）"), [[], []])
    }

    func testRosterListContinuedAfterABlankLine() {
        let text = "常 委：汤 卫、柯海生、\n\n潘 勤（女）、鲁前进\n2、人大班子\n骆德生、尹平"
        XCTAssertEqual(layout(text), [[], [], ["潘 勤", "鲁前进"], [], []])
    }

    func testHeadOfABrokenFamousNameIsDropped() throws {
        let tail = "深入学习习近".unicodeScalars.map(\.value)
        let head = "平总书记重要讲话".unicodeScalars.map(\.value)
        XCTAssertEqual(LayoutNames.brokenHead(tail: tail, head: head), 1)
        XCTAssertEqual(LayoutNames.brokenHead(tail: "深入学习。".unicodeScalars.map(\.value), head: head), 0)
        let mentions = [Mention(kind: .person, start: 0, end: 1, text: "平", role: "总书记")]
        XCTAssertEqual(LayoutNames.merge(mentions, names: [], brokenHead: 1, line: "平总书记重要讲话"), [])
    }

    func testMentionsCommandReportsLayoutNames() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/issue.txt"
        try "卐卢海生\n正文。\n卐汤 卫\n书 记：柯明远、\n潘 勤（女）\n".write(toFile: path, atomically: true, encoding: .utf8)
        let console = RecordingConsole()
        XCTAssertEqual(try MentionsCommand.execute([path], console: console), 0)
        let out = console.output
        XCTAssertTrue(out.contains("{\"type\":\"person\",\"start\":1,\"end\":4,\"text\":\"卢海生\"}"), out)
        XCTAssertTrue(out.contains("{\"type\":\"person\",\"start\":1,\"end\":4,\"text\":\"汤 卫\",\"normalized\":\"汤卫\"}"), out)
        XCTAssertTrue(out.contains("{\"type\":\"person\",\"start\":0,\"end\":3,\"text\":\"潘 勤\",\"normalized\":\"潘勤\"}"), out)
    }
}
