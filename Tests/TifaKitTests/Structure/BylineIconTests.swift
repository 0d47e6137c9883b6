import XCTest
@testable import TifaKit

/// Invented issues whose author icon came out of PDF extraction as different characters:
/// the icon is learned from each issue, never fixed in advance.
final class BylineIconTests: XCTestCase {
    private func icons(_ text: String) -> Set<Unicode.Scalar> {
        BylineIcon.icons(of: LineCleaner().clean(text))
    }

    private func authors(_ text: String) -> [[String]] {
        IssueStructurer().structure(text).articles.map(\.authors)
    }

    /// Two short articles, each under a title and a byline behind `icon`.
    private func issue(icon: String) -> String {
        """
        乡村振兴的新路子
        \(icon)柯明远
        今年以来，青山县坚持把发展产业作为乡村振兴的关键，村民收入稳步增长。
        各村因地制宜，走出了各具特色的发展道路。
        基层治理的新探索
        \(icon)汤 卫 潘 勤
        近年来，白水镇探索网格化治理，群众的事情有人管、有人办。
        """
    }

    func testASymbolIconIsLearnedFromTheIssue() {
        let text = issue(icon: "■")
        XCTAssertEqual(icons(text), ["■"])
        XCTAssertEqual(authors(text), [["柯明远"], ["汤卫", "潘勤"]])
        XCTAssertEqual(IssueStructurer().structure(text).articles.map(\.title), ["乡村振兴的新路子", "基层治理的新探索"])
    }

    func testAPrivateUseIconIsLearnedFromTheIssue() {
        let text = issue(icon: "\u{F06C}")
        XCTAssertEqual(icons(text), ["\u{F06C}"])
        XCTAssertEqual(authors(text), [["柯明远"], ["汤卫", "潘勤"]])
    }

    func testAHanIconOtherThanTheSampleOnesIsLearned() {
        // 燚 is no surname and makes no word with the name after it.
        let text = issue(icon: "燚")
        XCTAssertEqual(icons(text), ["燚"])
        XCTAssertEqual(authors(text), [["柯明远"], ["汤卫", "潘勤"]])
        // The same text with another issue's icon has no bylines of that icon.
        XCTAssertNil(Byline.authors(ofBylineLine: "燚柯明远", icons: ["■"]))
    }

    func testAWrappedWordBeforeProseIsNoIcon() {
        // 联姻 wrapped so that 姻 opens a line: prose follows, not names.
        let text = """
        两地开展合作，实现了产业与市场的联
        姻，在王某的带领下，合作社越办越好。
        双方签约结成发展联
        姻发展提供坚强保证。
        """
        XCTAssertEqual(icons(text), [])
        XCTAssertEqual(authors(text).flatMap { $0 }, [])
        // With an icon in the issue, such a line is still no byline.
        let withIcon = issue(icon: "姻") + "\n双方签约结成发展联\n姻”，在王某的带领下，成\n"
        XCTAssertEqual(icons(withIcon), ["姻"])
        XCTAssertEqual(authors(withIcon), [["柯明远"], ["汤卫", "潘勤"]])
    }

    func testOneBylineLineAloneIsNotEnoughEvidence() {
        // One "X name" line: X could be a stray character or a bullet; an icon repeats.
        let text = """
        乡村振兴的新路子
        ■柯明远
        今年以来，青山县坚持把发展产业作为乡村振兴的关键，村民收入稳步增长。
        """
        XCTAssertEqual(icons(text), [])
        XCTAssertEqual(authors(text).flatMap { $0 }, [])
    }

    func testAnIssueWithoutAnIconHasNoIconBylines() {
        let text = """
        乡村振兴的新路子
        今年以来，青山县坚持把发展产业作为乡村振兴的关键，村民收入稳步增长。
        基层治理的新探索
        近年来，白水镇探索网格化治理，群众的事情有人管、有人办。
        """
        XCTAssertEqual(icons(text), [])
        XCTAssertEqual(authors(text).flatMap { $0 }, [])
    }

    func testWhatCanAndCannotBeAnIcon() {
        for icon in ["■", "●", "□", "✎", "\u{F06C}", "燚"] {
            XCTAssertNotNil(BylineIcon.line("\(icon)柯明远".unicodeScalars.map(\.value)), icon)
        }
        // A surname first is a name (王柯明 is no icon before 明远); a letter, a digit or a
        // bracket is no icon; a heading whose first two characters are a word (学习心得)
        // is no byline; nor are more than four names (a roster).
        for line in ["王柯明远", "A柯明远", "1柯明远", "（柯明远", "学习心得", "■柯明远 汤卫 潘勤 鲁前进 骆德生"] {
            XCTAssertNil(BylineIcon.line(line.unicodeScalars.map(\.value)), line)
        }
    }

    func testTwoIconsInOneIssue() {
        let text = issue(icon: "■") + "\n" + issue(icon: "●")
        XCTAssertEqual(icons(text), ["■", "●"])
        XCTAssertEqual(authors(text).count, 4)
    }
}
