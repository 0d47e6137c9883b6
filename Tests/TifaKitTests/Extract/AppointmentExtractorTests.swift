import XCTest
@testable import TifaKit

final class AppointmentExtractorTests: XCTestCase {
    func testAppointAndRemoveWithOrganizations() throws {
        let rows = AppointmentExtractor(tokenizer: try Tokenizer()).appointments(in:
            "戚国栋同志任江山市文化旅游集团（江山市旅游发展中心）总经理（主任）、党委书记，免去其江山市水利局局长、党组书记职务。")
        XCTAssertEqual(rows.map(\.action), ["appoint", "appoint", "remove", "remove"])
        XCTAssertEqual(rows.map(\.person), ["戚国栋", "戚国栋", "戚国栋", "戚国栋"])
        XCTAssertEqual(rows[0].organization, "江山市文化旅游集团（江山市旅游发展中心）")
        XCTAssertEqual(rows[0].post, "总经理（主任）")
        XCTAssertEqual(rows[1].post, "党委书记")
        XCTAssertEqual(rows[1].organization, "江山市文化旅游集团（江山市旅游发展中心）")
        XCTAssertEqual(rows[2].organization, "江山市水利局")
        XCTAssertEqual(rows[2].post, "局长")
    }

    func testConcurrentNominateAndNamedRemoval() throws {
        let extractor = AppointmentExtractor(tokenizer: try Tokenizer())
        XCTAssertEqual(extractor.appointments(in: "许文杰同志兼任市委政法委副书记。").map(\.action), ["concurrent"])
        XCTAssertEqual(extractor.appointments(in: "蔡明同志提名为县长候选人。").map(\.action), ["nominate"])
        let removed = extractor.appointments(in: "免去吕志强同志的副县长职务。")
        XCTAssertEqual(removed.map(\.person), ["吕志强"])
        XCTAssertEqual(removed.map(\.post), ["副县长"])
    }

    func testNoticesRunTogetherAreSplitAtTheNextName() throws {
        let rows = AppointmentExtractor(tokenizer: try Tokenizer()).appointments(in:
            "邹明远同志兼任青山县数字城管指挥中心主任林伟民同志提名为青山县人大常委会副秘书长")
        XCTAssertEqual(rows.map(\.person), ["邹明远", "林伟民"])
        XCTAssertEqual(rows.map(\.action), ["concurrent", "nominate"])
        XCTAssertEqual(rows[0].post, "主任")
        XCTAssertEqual(rows[1].organization, "青山县人大常委会")
    }

    func testOrdinaryTextHasNoAppointments() throws {
        let extractor = AppointmentExtractor(tokenizer: try Tokenizer())
        XCTAssertEqual(extractor.appointments(in: "全体同志任劳任怨，免去后顾之忧。").count, 0)
    }

    /// Plain text is read as scalars, anything else as Characters: the same notices either way.
    func testScalarAndCharacterReadingsAgree() throws {
        let extractor = AppointmentExtractor(tokenizer: try Tokenizer())
        let notice = "许文杰同志兼任市委政法委副书记，免去其青山县水利局局长职务。"
        let plain = extractor.appointments(in: notice)
        XCTAssertEqual(plain.count, 2)
        // A combining mark (not plain) far from the notice sends it down the Character path.
        let marked = extractor.appointments(in: "e\u{301}：" + notice)
        XCTAssertEqual(marked, plain)
        // On the Character path a compatibility ideograph equals its unified one (免 U+FA32).
        let compatible = extractor.appointments(in: "e\u{301}：" + notice.replacingOccurrences(of: "免", with: "\u{FA32}"))
        XCTAssertEqual(compatible.map(\.action), ["concurrent", "remove"])
        XCTAssertTrue(extractor.appointments(in: "同学们任重道远").isEmpty)
    }
}
