import Foundation
import XCTest
@testable import TifaKit

final class ScalarStringTests: XCTestCase {
    func testScalarArrayIsTheScalarView() {
        let texts = ["", "a", "学习“两学一做”，", "e\u{301}", "Ⅴ①○", "𠀀𪚥 emoji 🇨🇳", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
                     "tab\tline\nend\r\n", "\"quoted\" 'single'", String(repeating: "中", count: 1000)]
        for text in texts {
            XCTAssertEqual(text.unicodeScalarArray, Array(text.unicodeScalars), text.debugDescription)
            XCTAssertEqual(String(scalars: text.unicodeScalarArray), text)
        }
        // A substring's String (not starting at the storage's start) and a bridged one.
        let joined = "前言" + String("xx改革开放".dropFirst(2))
        XCTAssertEqual(joined.unicodeScalarArray, Array(joined.unicodeScalars))
        let bridged = NSString(string: "桥接的文字") as String
        XCTAssertEqual(bridged.unicodeScalarArray, Array(bridged.unicodeScalars))
    }

    /// Every prefix of a mixed text (one- to four-byte scalars), so the eight-byte count of
    /// continuation bytes meets every tail length.
    func testScalarArrayOfEveryPrefix() {
        let scalars = Array("a中é𠀀b，\u{7FF}\u{800}\u{FFFF}\u{10FFFF}学习“两学一做”x".unicodeScalars)
        for length in 0...scalars.count {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[..<length])
            XCTAssertEqual(text.unicodeScalarArray, Array(scalars[..<length]))
            let expected = text.utf8.filter { $0 & 0xC0 == 0x80 }.count
            XCTAssertEqual(text.utf8.withContiguousStorageIfAvailable(String.continuationBytes), expected)
        }
    }

    func testAppendedUTF16IsTheUTF16View() {
        let texts = ["", "a", "学习“两学一做”，", "e\u{301}", "Ⅴ①○", "𠀀𪚥 emoji 🇨🇳", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
                     "tab\tline\nend\r\n", String(repeating: "中", count: 1000), NSString(string: "桥接的文字𠀀") as String]
        for text in texts {
            var units: [UInt16] = [0x41]
            text.appendUTF16(to: &units)
            XCTAssertEqual(units, [0x41] + Array(text.utf16), text.debugDescription)
        }
    }

    func testCountedUTF16IsTitleAndParagraphsOnLines() {
        let paragraphs = [Paragraph(text: "第一段𠀀", line: 3), Paragraph(text: "", line: 5), Paragraph(text: "end", line: 6)]
        for title in ["", "标题"] {
            for count in 0...paragraphs.count {
                let article = Article(title: title, paragraphs: Array(paragraphs.prefix(count)), line: 1)
                let expected = title.isEmpty ? article.bodyText : title + "\n" + article.bodyText
                XCTAssertEqual(IssueAnalyzer.countedUTF16(article), Array(expected.utf16))
            }
        }
    }
}
