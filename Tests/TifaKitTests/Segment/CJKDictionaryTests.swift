import XCTest
@testable import TifaKit

/// `Tokenizer.icuTokens` cuts runs of ideographs by reading ICU's dictionary directly
/// (`CJKDictionary`); its tokens (boundaries and kinds) must be exactly those of ICU's break
/// iterator over the whole text, which the entity stage's boundaries were before.
final class CJKDictionaryTests: XCTestCase {
    private func assertSameAsBreakIterator(_ text: [UInt16], _ tokenizer: Tokenizer, file: StaticString = #filePath,
                                           line: UInt = #line) throws {
        let description = String(decoding: text, as: UTF16.self).debugDescription
        XCTAssertEqual(try tokenizer.icuTokens(text), try tokenizer.icuTokens(text, readingDictionary: false),
                       description, file: file, line: line)
        // Segment ends and rule statuses (what slogan discovery reads) as the iterator gives them.
        var iterated: [Int32] = []
        try breaker.forEachSegment(text) { _, end, status in iterated += [Int32(end), status] }
        XCTAssertEqual(try breaker.segments(text).flatMap { [Int32($0.end), $0.status] }, iterated, description,
                       file: file, line: line)
    }

    private var breaker: WordBreaker!

    override func setUpWithError() throws {
        breaker = try WordBreaker()
    }

    func testTheDictionaryOfThisICUIsReadable() throws {
        XCTAssertNotNil(CJKDictionary.shared, "ICU's cjdict could not be opened: every text would take the slow path")
    }

    func testMixedTextsGetTheBreakIteratorsTokens() throws {
        let tokenizer = try Tokenizer()
        for text in ["", "中", "中华人民共和国", "中华人民共和国成立于1949年10月1日，是工人阶级领导的人民民主专政的社会主义国家。",
                     "2017年GDP增长6.9%，达到82.7万亿元。", "“两学一做”学习教育常态化制度化", "abc 中文 def\n\n学习",
                     "一二三四五六七八九十百千万亿〇零两", "\n\n", "  \u{3000}党委书记\u{3000}",
                     // Longer than the 20-character words ICU looks up.
                     "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工",
                     // Compatibility ideographs (NFKC-normalized by ICU's engine) and text the
                     // vetting sends through ICU whole (kana, a combining mark, an astral ideograph).
                     "\u{F900}\u{F901}中国\u{FA0E}人民", "人々の生活", "a\u{0301}中文", "中\u{20000}国人民"] {
            try assertSameAsBreakIterator(Array(text.utf16), tokenizer)
        }
    }

    func testGeneratedTextsGetTheBreakIteratorsTokens() throws {
        let tokenizer = try Tokenizer()
        let pools: [[UInt16]] = [
            "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工三十五万亿元月日〇零两党委书记委员会主任",
            "0123456789", "abcxyzPMAB", "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()\"'-_/%‰％＋＠＃$€¥",
            " 　\t\r\n", "０１２３４５６７８９ＡＢｃｄ．，％", "①②⑴→℃×÷±ⅡⅢ§°é©®", "\u{F900}\u{FA0E}\u{FA70}",
        ].map { Array($0.utf16) }
        var generator = SeededGenerator(state: 7)
        for _ in 0..<2000 {
            var text: [UInt16] = []
            let length = generator.next(40)
            while text.count < length {
                let pool = pools[generator.next(3) == 0 ? generator.next(pools.count) : 0]
                text.append(pool[generator.next(pool.count)])
            }
            try assertSameAsBreakIterator(text, tokenizer)
        }
    }

    /// Every paragraph of the real sample issue, when present.
    func testSampleIssueParagraphsGetTheBreakIteratorsTokens() throws {
        let path = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/issue-050.txt").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no sample issue") }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let document = IssueStructurer().structure(try TextDecoder().decode(bytes).text)
        let tokenizer = try Tokenizer()
        var paragraphs = 0
        for article in document.articles {
            try assertSameAsBreakIterator(Array(article.title.utf16), tokenizer)
            for paragraph in article.paragraphs {
                try assertSameAsBreakIterator(Array(paragraph.text.utf16), tokenizer)
                paragraphs += 1
            }
        }
        XCTAssertGreaterThan(paragraphs, 100)
    }

    /// The entity stage's view: the boundaries and word ends the break iterator's tokens
    /// give, mapped to scalar offsets (astral characters included), for every line of a
    /// text and for the sample issue's lines when present.
    func testAnalyzedTextMatchesTheBreakIterator() throws {
        let tokenizer = try Tokenizer()
        var lines = ["习近平总书记在中央全面深化改革委员会第1次会议上强调，要“坚持稳中求进”。\u{20000}江泽民主席", "", "平",
                     "李克强在主持开班式时指出，习近", "\u{20000}\u{20001}人民", "a b  c"]
        let path = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/issue-050.txt").path
        if let data = FileManager.default.contents(atPath: path) {
            lines += String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        for text in lines {
            let analyzed = AnalyzedText(text, tokenizer: tokenizer)
            let scalars = text.unicodeScalars.map(\.value)
            let utf16 = Array(text.utf16)
            var scalarOffset = [Int](repeating: 0, count: utf16.count + 1)
            var s = 0
            for (u, unit) in utf16.enumerated() {
                scalarOffset[u] = s
                if !UTF16.isLeadSurrogate(unit) { s += 1 }
            }
            scalarOffset[utf16.count] = s
            var boundary = [Bool](repeating: false, count: scalars.count + 1)
            var tokenEnd = [Int32](repeating: -1, count: scalars.count + 1)
            for token in try tokenizer.icuTokens(utf16, readingDictionary: false) {
                boundary[scalarOffset[token.start]] = true
                boundary[scalarOffset[token.end]] = true
                tokenEnd[scalarOffset[token.start]] = Int32(scalarOffset[token.end])
            }
            boundary[0] = true
            boundary[scalars.count] = true
            XCTAssertEqual(analyzed.boundary, boundary, text)
            XCTAssertEqual(analyzed.tokenEnd, tokenEnd, text)
        }
        let named = AnalyzedText("江泽民主席", tokenizer: tokenizer)
        XCTAssertTrue(named.isSingleWord(3, 5))  // 主席
    }
}
