import XCTest
@testable import TifaKit

/// The real sample issue (Corpus/issue-050.txt), when present: every byline's authors on
/// the article its title block belongs to, no labels or CJK spacing left in article text.
final class SampleIssueTests: XCTestCase {
    private func sample() throws -> IssueDocument {
        let path = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/issue-050.txt").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no sample issue") }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        return IssueStructurer().structure(try TextDecoder().decode(bytes).text)
    }

    func testEveryBylineIsAttachedToTheArticleItHeads() throws {
        let document = try sample()
        XCTAssertEqual(document.number, 50)
        XCTAssertEqual(document.year, 2017)
        func authors(of titlePrefix: String) -> [String]? {
            document.articles.first { $0.title.hasPrefix(titlePrefix) }?.authors
        }
        XCTAssertEqual(authors(of: "蓝图已经绘就"), ["本刊评论员"])
        XCTAssertEqual(authors(of: "柯城区："), ["姜海洋"])
        XCTAssertEqual(authors(of: "衢江区："), ["郑志成"])
        XCTAssertEqual(authors(of: "龙游县："), ["徐宾"])
        XCTAssertEqual(authors(of: "江山市："), ["叶骏"])
        XCTAssertEqual(authors(of: "常山县："), ["秦财华"])
        XCTAssertEqual(authors(of: "开化县："), ["李昱"])
        XCTAssertEqual(authors(of: "如何当好乡镇党委书记"), ["何健"])
        XCTAssertEqual(authors(of: "不忘初心"), ["李莉"])
        XCTAssertEqual(authors(of: "对当好乡镇党委书记"), ["傅红庆"])
        XCTAssertEqual(authors(of: "全面从严治党新形势下"), ["朱君才", "徐俊"])
        XCTAssertEqual(authors(of: "“红小创”"), ["杨辉", "叶青"])
        XCTAssertEqual(authors(of: "聚院士高端智慧"), ["刘威", "郑积亮", "宋佳璐"])
        XCTAssertEqual(authors(of: "挖掘人才潜力"), ["赵卉"])
        XCTAssertEqual(authors(of: "实施“工匠品牌”工程"), ["江益军"])
        XCTAssertEqual(authors(of: "柯城区“六个强化”"), ["万灵慧"])
        XCTAssertEqual(authors(of: "衢江区实施“归雁工程”"), ["刘斐"])
        XCTAssertEqual(authors(of: "龙游县党员干部"), ["冯炜熹"])
        XCTAssertEqual(authors(of: "江山市党员干部"), ["姜梦倩", "朱永春"])
    }

    func testArticleTextHasNoLabelsAndNoSpaceBetweenCJK() throws {
        let document = try sample()
        let labels = Set(document.articles.compactMap(\.section))
        XCTAssertGreaterThanOrEqual(labels.count, 6)
        for article in document.articles {
            for paragraph in article.paragraphs {
                XCTAssertFalse(labels.contains(paragraph.text), paragraph.text)
                XCTAssertFalse(paragraph.text.unicodeScalars.contains("姻") && paragraph.text.hasPrefix("姻"), paragraph.text)
                let s = Array(paragraph.text.unicodeScalars)
                for i in s.indices.dropFirst().dropLast() where CharacterClass.isSpace(s[i]) {
                    XCTAssertFalse(CharacterClass(s[i - 1]) == .cjk && CharacterClass(s[i + 1]) == .cjk, paragraph.text)
                }
            }
        }
    }
}
