import XCTest
@testable import TifaKit

/// `PersonExtractor.candidates` skips positions whose character starts no name under any
/// rule (`nameStarts`); the spans must be those of trying every position.
final class PersonPositionSkipTests: XCTestCase {
    func testSkippingPositionsGivesTheSameCandidates() throws {
        let tokenizer = try Tokenizer()
        let extractor = PersonExtractor(tokenizer: tokenizer)
        var texts = ["县委书记王甲乙说，老张和小李（王丙丁）同志、首相桥本与秘书长安南会见了约翰·史密斯。",
                     "记者刘我成报道：陈方安生表示，张某某、朱帅和哈桑国王在山西省。", "", "a", "王"]
        let path = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/issue-050.txt").path
        if let data = FileManager.default.contents(atPath: path) {
            texts += String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        var found = 0
        for text in texts {
            let analyzed = AnalyzedText(text, tokenizer: tokenizer)
            let skipping = extractor.candidates(in: analyzed)
            XCTAssertEqual(skipping, extractor.candidates(in: analyzed, everyPosition: true), text)
            found += skipping.count
        }
        XCTAssertGreaterThan(found, 5)
    }

    func testNameStartsHoldEveryRulesFirstCharacter() {
        for character in "王欧老小阿桥周" {
            XCTAssertTrue(PersonExtractor.nameStarts.contains(character.unicodeScalars.first!.value), String(character))
        }
        XCTAssertFalse(PersonExtractor.nameStarts.contains("的".unicodeScalars.first!.value))
    }
}
