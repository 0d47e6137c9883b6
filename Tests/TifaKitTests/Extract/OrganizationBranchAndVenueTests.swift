import XCTest
@testable import TifaKit

/// Organization rules of the third round: branch offices named with their parent, a known
/// body named with its country or 国家, a team of a body, venues counted as places.
/// Invented sentences, positives next to negatives.
final class OrganizationBranchAndVenueTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func found(_ text: String, _ kind: Mention.Kind) -> [String] {
        extractor.extract(text).filter { $0.kind == kind }.map(\.text)
    }

    func testBranchOfficeWithItsParent() {
        XCTAssertEqual(found("新华社澳门分社社长会见来宾", .organization), ["新华社澳门分社"])
        XCTAssertEqual(found("建行广州分行今年存款大增", .organization), ["建行广州分行"])
        // A bank's short name alone is an abbreviation, and a branch after 全国 no branch of it.
        XCTAssertEqual(found("建行的贷款增加了", .organization), [])
        XCTAssertEqual(found("中国银行全国分行行长会议召开", .organization).contains("中国银行全国分行"), false)
    }

    func testKnownBodyWithItsCountry() {
        XCTAssertEqual(found("日前经国家教育部批准", .organization), ["国家教育部"])
        XCTAssertEqual(found("中国作协副主席出席会议", .organization), ["中国作协"])
        // 各国家 is countries in general, not the state.
        XCTAssertEqual(found("各国家红十字会纷纷捐款", .organization), ["红十字会"])
        // Two bodies back to back stay two (党中央国务院).
        XCTAssertEqual(found("党中央国务院十分关心灾区", .organization), ["党中央", "国务院"])
    }

    func testTeamOfABodyIsOneName() {
        XCTAssertEqual(found("主队迎战广州军区队", .organization), ["广州军区队"])
        // A party's work after a company is no unit of it (公司党的工作).
        XCTAssertEqual(found("杭州通达机械有限公司党的建设", .organization), ["杭州通达机械有限公司"])
    }

    func testVenuesArePlaces() {
        XCTAssertEqual(found("画展在浙江美术馆开幕", .place), ["浙江美术馆"])
        XCTAssertEqual(found("代表们住在西湖宾馆", .place), ["西湖宾馆"])
        XCTAssertEqual(found("画展在浙江美术馆开幕", .organization), [])
        // Libraries stay organizations.
        XCTAssertEqual(found("浙江图书馆举办讲座", .organization), ["浙江图书馆"])
    }
}

/// A match's verb (战平, 迎战) ends a team's name like any verb of the sentence.
final class MatchVerbTests: XCTestCase {
    func testMatchVerbEndsATeamsName() throws {
        let extractor = EntityExtractor(tokenizer: try Tokenizer())
        let organizations = extractor.extract("浙江队战平福建队").filter { $0.kind == .organization }.map(\.text)
        XCTAssertFalse(organizations.contains { $0.contains("战平") })
    }
}
