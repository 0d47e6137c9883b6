import XCTest
@testable import TifaKit

final class FigureAndDateTests: XCTestCase {
    func testDatesNormalizeAndStayPartial() {
        let dates = DateNormalizer().extract("2016年3月9日开会，2016年3月见效，二〇一六年底完成，十二月五日返回，3月不算。")
        XCTAssertEqual(dates.map(\.normalized), ["2016-03-09", "2016-03", "2016", "--12-05"])
        XCTAssertEqual(dates.first?.text, "2016年3月9日")
    }

    func testFullWidthDigits() {
        XCTAssertEqual(DateNormalizer().extract("１９９９年１月２日").map(\.normalized), ["1999-01-02"])
    }

    func testNumberWithoutDateUnitIsNotADate() {
        XCTAssertEqual(DateNormalizer().extract("共有300人，增长15%"), [])
    }

    func testFiguresHaveKindValueUnitAndSubject() {
        let figures = FigureExtractor().figures(in: "全区农民人均纯收入达到24567元，比上年增长8.5%，投资350亿元，招收1203名学员，历时45天。")
        XCTAssertEqual(figures.map(\.kind), ["money", "percent", "money", "count", "measure"])
        XCTAssertEqual(figures.map(\.value), [24567, 0.085, 3.5e10, 1203, 45])
        XCTAssertEqual(figures.map(\.unit), ["CNY", "ratio", "CNY", "persons", "days"])
        XCTAssertEqual(figures[0].subject, "全区农民人均纯收入")
    }

    func testDatesAreNotFigures() {
        XCTAssertEqual(FigureExtractor().figures(in: "2016年3月9日").count, 0)
    }
}
