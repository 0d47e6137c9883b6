import XCTest
@testable import TifaKit

final class NamedEntityJoinTests: XCTestCase {
    /// Cuts `pieces` into tokens (punctuation or words), applies `rule` and gives the pieces back.
    private func joined(_ pieces: [String], _ rule: (inout [Token], UnsafeBufferPointer<UInt16>) -> Void) -> [String] {
        let text = Array(pieces.joined().utf16)
        var tokens: [Token] = []
        var position = 0
        for piece in pieces {
            let length = piece.utf16.count
            let isPunctuation = piece.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) }
            tokens.append(Token(start: position, end: position + length, kind: isPunctuation ? .punctuation : .word))
            position += length
        }
        text.withUnsafeBufferPointer { rule(&tokens, $0) }
        return tokens.map { String(decoding: text[$0.start..<$0.end], as: UTF16.self) }
    }

    private func organization(_ pieces: [String]) -> [String] {
        joined(pieces) { OrganizationJoin().apply(&$0, $1) }
    }

    private func place(_ pieces: [String]) -> [String] {
        joined(pieces) { PlaceSuffixJoin().apply(&$0, $1) }
    }

    func testNameBeforeAnInstitutionWordJoinsIt() {
        XCTAssertEqual(organization(["成立", "了", "星河", "集团", "。"]), ["成立", "了", "星河集团", "。"])
        XCTAssertEqual(organization(["华东", "电力", "公司", "召开"]), ["华东电力公司", "召开"])
        XCTAssertEqual(organization(["在", "青", "木", "银行"]), ["在", "青木银行"])
        XCTAssertEqual(organization(["东湖", "光学", "研究所", "的"]), ["东湖光学研究所", "的"])
    }

    func testAtMostThreeWordsJoin() {
        XCTAssertEqual(organization(["省", "南方", "航运", "物流", "公司"]), ["省", "南方航运物流公司"])
    }

    func testDeterminersFunctionCharactersAndPunctuationStopTheName() {
        XCTAssertEqual(organization(["这家", "公司"]), ["这家", "公司"])
        XCTAssertEqual(organization(["一个", "集团"]), ["一个", "集团"])
        XCTAssertEqual(organization(["他", "在", "银行", "工作"]), ["他", "在", "银行", "工作"])
        XCTAssertEqual(organization(["。", "公司"]), ["。", "公司"])
        XCTAssertEqual(organization(["公司"]), ["公司"])
        // Two institution words side by side stay apart; a word that only starts like one is no suffix.
        XCTAssertEqual(organization(["集团", "公司"]), ["集团", "公司"])
        XCTAssertEqual(organization(["星河", "公司化"]), ["星河", "公司化"])
        // A name with digits or Latin letters is left to other rules.
        XCTAssertEqual(organization(["ABC", "公司"]), ["ABC", "公司"])
    }

    func testTwoLoneCharactersBeforeAPlaceSuffixJoinIt() {
        XCTAssertEqual(place(["来到", "枫", "岭", "县", "。"]), ["来到", "枫岭县", "。"])
        XCTAssertEqual(place(["梅", "溪", "村"]), ["梅溪村"])
    }

    func testPlaceSuffixStaysAloneWithoutClearEvidence() {
        // A known word before it, one lone character, three lone characters, function characters.
        XCTAssertEqual(place(["这个", "县"]), ["这个", "县"])
        XCTAssertEqual(place(["全", "县"]), ["全", "县"])
        XCTAssertEqual(place(["枫", "岭", "梅", "县"]), ["枫", "岭", "梅", "县"])
        XCTAssertEqual(place(["在", "本", "市"]), ["在", "本", "市"])
        XCTAssertEqual(place(["枫", "和", "市"]), ["枫", "和", "市"])
        // Two suffixes in a row are no name.
        XCTAssertEqual(place(["县", "乡", "村"]), ["县", "乡", "村"])
    }

    func testOnlyTheMSRStandardJoinsNames() throws {
        let text = "星河集团在梅溪村"
        let msr = try Tokenizer(standard: .msr).tokenize(text)
        let pku = try Tokenizer(standard: .pku).tokenize(text)
        let words = { (result: (text: [UInt16], tokens: [Token])) in
            result.tokens.map { String(decoding: result.text[$0.start..<$0.end], as: UTF16.self) }
        }
        XCTAssertEqual(words(msr).joined(), text)
        XCTAssertTrue(words(msr).contains("星河集团"), "\(words(msr))")
        XCTAssertFalse(words(pku).contains("星河集团"), "\(words(pku))")
    }
}
