import XCTest
@testable import TifaKit

final class TokenizerTests: XCTestCase {
    private func words(_ text: String) throws -> [String] {
        let (utf16, tokens) = try Tokenizer().tokenize(text)
        return tokens.filter { $0.kind != .whitespace }.map { $0.text(in: utf16) }
    }

    func testTokensCoverTheTextExactly() throws {
        for text in ["全市各级党组织认真学习贯彻党的十九大精神。", "  a  b\t中文 ", "𠀀𠀁 é ÷ ", "", "PM2.5 下降20%"] {
            let (utf16, tokens) = try Tokenizer().tokenize(text)
            XCTAssertEqual(tokens.map { $0.text(in: utf16) }.joined(), text)
            var position = 0
            for token in tokens {
                XCTAssertEqual(token.start, position)
                XCTAssertGreaterThan(token.end, token.start)
                position = token.end
            }
            XCTAssertEqual(position, utf16.count)
        }
    }

    func testKindsComeFromICURuleStatus() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("学习 2017，ok！")
        let kinds = tokens.map { ($0.text(in: utf16), $0.kind) }
        XCTAssertEqual(kinds.map(\.0), ["学习", " ", "2017", "，", "ok", "！"])
        XCTAssertEqual(kinds.map(\.1), [.word, .whitespace, .number, .punctuation, .word, .punctuation])
    }

    func testCommonWordsStayWhole() throws {
        let tokens = try words("全面从严治党，推进学习教育。")
        XCTAssertTrue(tokens.contains("推进"), "\(tokens)")
        XCTAssertTrue(tokens.contains("学习教育"), "\(tokens)")
        XCTAssertEqual(tokens.last, "。")
    }

    func testSegmentationFormatUsesTwoSpacesAndDropsBlanks() throws {
        let text = "我们 学习。"
        let (utf16, tokens) = try Tokenizer().tokenize(text)
        let line = SegmentationFormat.line(tokens, in: utf16)
        XCTAssertEqual(line, "我们  学习  。")
        XCTAssertEqual(line.replacingOccurrences(of: " ", with: ""), text.replacingOccurrences(of: " ", with: ""))
    }

    func testOneBreakerServesManyTexts() throws {
        let tokenizer = try Tokenizer()
        let first = try tokenizer.tokenize("党的建设")
        _ = try tokenizer.tokenize("另一段很长的文字，用来确认迭代器可以复用。")
        XCTAssertEqual(try tokenizer.tokenize("党的建设").tokens, first.tokens)
    }
}
