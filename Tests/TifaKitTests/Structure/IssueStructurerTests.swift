import XCTest
@testable import TifaKit

final class IssueStructurerTests: XCTestCase {
    private func invented() throws -> IssueDocument {
        IssueStructurer().structure(try Fixtures.read("layout/issue-invented.txt"))
    }

    func testMetadataComesFromTheIssueLines() throws {
        let document = try invented()
        XCTAssertEqual(document.number, 88)
        XCTAssertEqual(document.year, 2019)
        XCTAssertEqual(document.numberInYear, 3)
    }

    func testArticlesTitlesAuthorsAndSections() throws {
        let articles = try invented().articles
        XCTAssertEqual(articles.map(\.title), ["春风化雨润心田 实干担当谱新篇", "东湖区： 聚焦主业 争创一流", "西山县： 守正创新 勇毅前行"])
        XCTAssertEqual(articles.map(\.authors), [["本刊评论员"], ["杨辉", "叶青"], ["朱君才", "徐俊"]])
        XCTAssertEqual(articles.map(\.section), ["卷首语", "本期关注", "本期关注"])
        XCTAssertEqual(articles[1].authorNote, "东湖区委常委、组织部长")
        XCTAssertEqual(articles.map(\.line), [2, 21, 40])
    }

    func testBodyIsRepairedAndJoinedAcrossPageFurniture() throws {
        let articles = try invented().articles
        XCTAssertEqual(articles[0].paragraphs.map(\.text), [
            "新年开启新的征程。全市各级党组织要坚持以人民为中心，扎实推进各项工作落地见效，确保取得实实在在的成果。",
            "面对新形势新任务，我们要坚定信心，真抓实干，以优异成绩迎接党的十九大胜利召开。",
        ])
        XCTAssertEqual(articles[0].paragraphs.map(\.line), [4, 12])
        let body = articles[1].bodyText
        XCTAssertTrue(body.hasPrefix("2019年3月5日，东湖区召开基层党建工作推进会，区委常委、组织部长徐宾出席会议"), body)
        XCTAssertTrue(body.contains("“四个意识”"), body)
        XCTAssertTrue(body.contains("党建与业务联姻发展提供坚强保证。"), body)
        for label in ["本期关注", "卷首语", "Dong Hu", "2019年第3期", "湖畔晨光", "23"] {
            XCTAssertFalse(articles.contains { $0.bodyText.contains(label) && label != "23" }, label)
        }
        XCTAssertEqual(articles[1].captions.map(\.text), ["湖畔晨光"])
        XCTAssertEqual(articles[1].captions.map(\.line), [32])
    }

    func testNoWhitespaceBetweenCJKInArticleText() throws {
        for article in try invented().articles {
            let scalars = Array(article.bodyText.unicodeScalars)
            for i in scalars.indices.dropFirst().dropLast() where scalars[i] == " " {
                XCTAssertFalse(CharacterClass(scalars[i - 1]) == .cjk && CharacterClass(scalars[i + 1]) == .cjk,
                               article.bodyText)
            }
        }
    }

    func testADisplacedTitleBlockTakesTheBodyOfItsFrame() {
        // The title block of article two sits mid-sentence on its own first page (the
        // issue's first byline shows 姻 to be its icon: one byline is not enough).
        let text = """
        基层来信
        姻李 四
        （本文转载自《某报》）
         新年伊始，全区上下迅速行动，各项工作扎实推进，确保开
        东湖区：
        争创一流
        姻张 三
        局良好。
        """
        let articles = IssueStructurer().structure(text).articles
        XCTAssertEqual(articles.last?.title, "东湖区： 争创一流")
        XCTAssertEqual(articles.last?.authors, ["张三"])
        XCTAssertEqual(articles.last?.bodyText, "新年伊始，全区上下迅速行动，各项工作扎实推进，确保开局良好。")
    }

    func testSignatureWithPostClosesAnArticle() {
        let text = "第一篇心得的正文写在这里，内容很充实。\n余龙华\n（某区委副书记）\n第二篇心得的正文写在这里。\n王光辉\n（某县纪委书记）\n"
        let articles = IssueStructurer().structure(text).articles
        XCTAssertEqual(articles.map(\.authors), [["余龙华"], ["王光辉"]])
        XCTAssertEqual(articles.map(\.authorNote), ["某区委副书记", "某县纪委书记"])
    }
}
