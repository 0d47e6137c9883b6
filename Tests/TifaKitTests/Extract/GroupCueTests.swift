import XCTest
@testable import TifaKit

/// Invented sentences where a name heads a counted group (王某等 6 位同志).
final class GroupCueTests: XCTestCase {
    private func group(_ text: String) throws -> [String] {
        let analyzed = AnalyzedText(text, tokenizer: try Tokenizer())
        return GroupCues.find(in: analyzed).map { analyzed.string($0.start, $0.end) }
    }

    func testNameBeforeACountedGroup() throws {
        XCTAssertEqual(try group("本期刊发柯利华等 6 位同志的发言"), ["柯利华"])
        XCTAssertEqual(try group("鲍志新等五人受到表彰。"), ["鲍志新"])
        XCTAssertEqual(try group("（尹刚等３名代表）"), ["尹刚"])
    }

    func testNoNameWithoutTheCountOrTheName() throws {
        XCTAssertEqual(try group("柯利华等同志参加了会议"), [])
        XCTAssertEqual(try group("高度重视等 3 项工作"), [])
        XCTAssertEqual(try group("各方面等 6 位同志"), [])
        XCTAssertEqual(try group("上海市等 6 个省市"), [])
    }
}

/// Invented sentences where a one-character verb follows a two-character name.
final class VerbAfterNameTests: XCTestCase {
    private func people(_ text: String) throws -> [String] {
        EntityExtractor(tokenizer: try Tokenizer()).extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testVerbIsNotTheNamesThirdCharacter() throws {
        XCTAssertEqual(try people("高级技师柯盛带徒传艺被传为佳话。"), ["柯盛"])
        XCTAssertEqual(try people("车间主任柯盛就认真检查了一遍。"), ["柯盛"])
    }

    func testThreeCharacterNamesStay() throws {
        // The character ends the sentence, or is no predicate's opener.
        XCTAssertEqual(try people("技师柯明远带徒传艺。"), ["柯明远"])
        XCTAssertEqual(VerbAfterName.trimmed(EntitySpan(start: 2, end: 5, kind: .person, priority: 4.5),
                                             in: AnalyzedText("技师柯盛带。", tokenizer: nil)).end, 5)
        // Names end on 会 and 才 often enough (柯学会, 柯骥才).
        XCTAssertEqual(VerbAfterName.trimmed(EntitySpan(start: 2, end: 5, kind: .person, priority: 4.5),
                                             in: AnalyzedText("主任柯骥才告诉记者", tokenizer: nil)).end, 5)
    }
}
