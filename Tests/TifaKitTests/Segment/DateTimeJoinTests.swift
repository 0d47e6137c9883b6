import XCTest
@testable import TifaKit

final class DateTimeJoinTests: XCTestCase {
    private func words(_ text: String, standard: SegmentationStandard = .msr) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(standard: standard).tokenize(text)
        XCTAssertEqual(tokens.map { $0.text(in: utf16) }.joined(), text, "tokens must cover the text")
        return tokens.filter { $0.kind != .whitespace }.map { $0.text(in: utf16) }
    }

    func testAFullDateIsOneTokenUnderMSR() throws {
        XCTAssertTrue(try words("大会于2019年10月8日在杭州开幕").contains("2019年10月8日"))
        XCTAssertTrue(try words("一九九九年十二月二十日澳门回归").contains("一九九九年十二月二十日"))
        XCTAssertTrue(try words("新规自２０２１年３月起施行").contains("２０２１年３月"))
        XCTAssertTrue(try words("去年5月，公司搬到了城东").contains("去年5月"))
        XCTAssertTrue(try words("今年9月1日起实行").contains("今年9月1日"))
    }

    func testYearOrMonthTakesItsBoundary() throws {
        XCTAssertTrue(try words("工程预计2025年底完工").contains("2025年底"))
        XCTAssertTrue(try words("计划于2030年初投产").contains("2030年初"))
        XCTAssertTrue(try words("一期于2024年6月末竣工").contains("2024年6月末"))
    }

    func testATimeOfDayIsOneTokenUnderMSR() throws {
        XCTAssertTrue(try words("会议上午9时30分开始").contains("上午9时30分"))
        XCTAssertTrue(try words("列车于下午３时抵达").contains("下午３时"))
        XCTAssertTrue(try words("凌晨2时15分发生地震").contains("凌晨2时15分"))
    }

    func testPartsStayApartUnderPKU() throws {
        let tokens = try words("大会于2019年10月8日上午9时开幕", standard: .pku)
        for part in ["2019年", "10月8日", "上午", "9时"] {
            XCTAssertTrue(tokens.contains(part), "\(part) not alone in \(tokens)")
        }
    }

    func testWhatIsNoDateStaysApart() throws {
        // A duration and a month, a year count and a word, a part of day without an hour.
        let tokens = try words("他工作了3年，5月又去了上海。上午开会，下午参观。3年级学生")
        XCTAssertTrue(tokens.contains("5月"), "\(tokens)")
        XCTAssertFalse(tokens.contains { $0.hasPrefix("3年") && $0.contains("5月") }, "\(tokens)")
        XCTAssertTrue(tokens.contains("上午") && tokens.contains("下午"), "\(tokens)")
        // 底 after something that is no date, and an hour after a word that is no part of day.
        let more = try words("海底有5座山，每天8时开门")
        XCTAssertTrue(more.contains("8时"), "\(more)")
    }

    func testJoinWorksOnTokensInPlace() {
        // Tokens as NumberRule leaves them: a year, a month and day, then a word.
        let text = Array("2008年8月8日开幕".utf16)
        var tokens = [Token(start: 0, end: 5, kind: .number), Token(start: 5, end: 9, kind: .number),
                      Token(start: 9, end: 11, kind: .word)]
        text.withUnsafeBufferPointer { DateTimeJoin().apply(&tokens, $0) }
        XCTAssertEqual(tokens, [Token(start: 0, end: 9, kind: .number), Token(start: 9, end: 11, kind: .word)])
    }
}

final class DateBoundaryAndMagnitudeUnitTests: XCTestCase {
    private func words(_ text: String, standard: SegmentationStandard = .msr) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(standard: standard).tokenize(text)
        return tokens.filter { $0.kind != .whitespace }.map { $0.text(in: utf16) }
    }

    func testTenDaysDecadesAndMonthWordsCloseADate() throws {
        XCTAssertTrue(try words("工程于3月上旬开工").contains("3月上旬"))
        XCTAssertTrue(try words("这是90年代末的事").contains("90年代末"))
        XCTAssertTrue(try words("会议定于本月18日召开").contains("本月18日"))
        XCTAssertTrue(try words("2001年年初，他调到了省里").contains("2001年年初"))
        // 上旬 after no month stays a word of its own.
        XCTAssertTrue(try words("上旬天气晴朗").contains("上旬"))
    }

    func testAMagnitudeTakesItsUnitUnderMSR() throws {
        let tokens = try words("新增耕地3万亩，招收1.5万名学员，产量达2.6亿吨，存栏40余万头，投资800多万元")
        for quantity in ["3万亩", "1.5万名", "2.6亿吨", "40余万头", "800多万元"] {
            XCTAssertTrue(tokens.contains(quantity), "\(quantity) not whole in \(tokens)")
        }
        XCTAssertTrue(try words("已有5万多个家庭").contains("5万多个"))
    }

    func testAMagnitudeWithoutAUnitOrUnderPKUStaysApart() throws {
        // 万 before a word that is no unit: the number keeps only its magnitude.
        let plain = try words("约3万群众参加")
        XCTAssertTrue(plain.contains("3万") && plain.contains("群众"), "\(plain)")
        let pku = try words("新增耕地3万亩", standard: .pku)
        XCTAssertTrue(pku.contains("亩"), "\(pku)")
    }
}
