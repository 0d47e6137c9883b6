import XCTest
@testable import TifaKit

final class NamedEntityJoinTests: XCTestCase {
    private func organization(_ pieces: [String]) -> [String] {
        joinedPieces(pieces) { OrganizationJoin().apply(&$0, $1) }
    }

    func testNameBeforeAnInstitutionWordJoinsIt() {
        XCTAssertEqual(organization(["成立", "了", "星河", "集团", "。"]), ["成立", "了", "星河集团", "。"])
        XCTAssertEqual(organization(["华东", "电力", "公司", "召开"]), ["华东电力公司", "召开"])
        XCTAssertEqual(organization(["在", "青木", "银行"]), ["在", "青木银行"])
        XCTAssertEqual(organization(["东湖", "光学", "研究所", "的"]), ["东湖光学研究所", "的"])
    }

    func testAtMostThreeWordsJoin() {
        XCTAssertEqual(organization(["浙东", "南方", "航运", "物流", "公司"]), ["浙东", "南方航运物流公司"])
    }

    func testDeterminersFunctionCharactersAndPunctuationStopTheName() {
        XCTAssertEqual(organization(["这家", "公司"]), ["这家", "公司"])
        XCTAssertEqual(organization(["一个", "集团"]), ["一个", "集团"])
        XCTAssertEqual(organization(["他", "在", "银行", "工作"]), ["他", "在", "银行", "工作"])
        // A verb whose object the organization is, and a lone character, start no name.
        XCTAssertEqual(organization(["担任", "星河", "集团", "董事"]), ["担任", "星河集团", "董事"])
        XCTAssertEqual(organization(["利用", "青木", "大学", "的"]), ["利用", "青木大学", "的"])
        XCTAssertEqual(organization(["青", "木", "银行"]), ["青", "木", "银行"])
        XCTAssertEqual(organization(["。", "公司"]), ["。", "公司"])
        XCTAssertEqual(organization(["公司"]), ["公司"])
        // Two institution words side by side stay apart; a word that only starts like one is no suffix.
        XCTAssertEqual(organization(["集团", "公司"]), ["集团", "公司"])
        XCTAssertEqual(organization(["星河", "公司化"]), ["星河", "公司化"])
        // A name with digits or Latin letters is left to other rules.
        XCTAssertEqual(organization(["ABC", "公司"]), ["ABC", "公司"])
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
