import XCTest
@testable import TifaKit

final class ReduplicationJoinTests: XCTestCase {
    private func joined(_ pieces: [String]) -> [String] {
        joinedPieces(pieces) { ReduplicationJoin().apply(&$0, $1) }
    }

    func testQuestionFormsJoin() {
        XCTAssertEqual(joined(["你", "去", "不", "去", "？"]), ["你", "去不去", "？"])
        XCTAssertEqual(joined(["他", "能", "不能", "来"]), ["他", "能不能", "来"])
        XCTAssertEqual(joined(["有", "没有", "问题"]), ["有没有", "问题"])
    }

    func testDoubledMeasureWordsAndCharactersJoin() {
        XCTAssertEqual(joined(["一个", "个", "难题"]), ["一个个", "难题"])
        XCTAssertEqual(joined(["一", "次", "次", "走"]), ["一次次", "走"])
        XCTAssertEqual(joined(["家", "家", "有", "电脑"]), ["家家", "有", "电脑"])
        XCTAssertEqual(joined(["清", "清", "白", "白"]), ["清清白白"])
        XCTAssertEqual(joined(["高高", "兴兴"]), ["高高兴兴"])
    }

    func testWhatIsNoFormStaysApart() {
        // The path's words are not cut: 今天/天气 holds 天天 across a boundary.
        XCTAssertEqual(joined(["今天", "天气"]), ["今天", "天气"])
        // Particles doubled where two words meet, numerals, different characters.
        XCTAssertEqual(joined(["目", "的", "的", "确"]), ["目", "的", "的", "确"])
        XCTAssertEqual(joined(["三", "三", "两", "两"]), ["三", "三", "两", "两"])
        XCTAssertEqual(joined(["去", "不", "来"]), ["去", "不", "来"])
        // 一 before a doubled character that is no measure word: only the pair joins.
        XCTAssertEqual(joined(["一", "好", "好", "学"]), ["一", "好好", "学"])
        // Punctuation inside.
        XCTAssertEqual(joined(["好", "，", "好"]), ["好", "，", "好"])
    }
}
