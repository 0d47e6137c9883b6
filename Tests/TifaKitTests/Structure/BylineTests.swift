import XCTest
@testable import TifaKit

final class BylineTests: XCTestCase {
    func testSpacedOutNamesPairUp() {
        XCTAssertEqual(Byline.authors(ofBylineLine: "姻杨 辉 叶 青", icons: ["姻"]), ["杨辉", "叶青"])
        XCTAssertEqual(Byline.authors(ofBylineLine: " 姻朱君才 徐 俊", icons: ["姻"]), ["朱君才", "徐俊"])
        XCTAssertEqual(Byline.authors(ofBylineLine: "姻刘 威 郑积亮 宋佳璐", icons: ["姻"]), ["刘威", "郑积亮", "宋佳璐"])
        XCTAssertEqual(Byline.authors(ofBylineLine: "姻徐 宾", icons: ["姻"]), ["徐宾"])
        XCTAssertEqual(Byline.authors(ofBylineLine: "姻王 小 明", icons: ["姻"]), ["王小明"])
        XCTAssertEqual(Byline.authors(ofBylineLine: "姻本刊评论员", icons: ["姻"]), ["本刊评论员"])
    }

    func testProseStartingWithTheGlyphIsNotAByline() {
        XCTAssertNil(Byline.authors(ofBylineLine: "姻”，在陈焕春院士及团队的努力下，成", icons: ["姻"]))
        XCTAssertNil(Byline.authors(ofBylineLine: "姻发展提供坚强保证。", icons: ["姻"]))
        XCTAssertNil(Byline.authors(ofBylineLine: "联姻", icons: ["姻"]))
        XCTAssertNil(Byline.authors(ofBylineLine: "姻", icons: ["姻"]))
    }
}
