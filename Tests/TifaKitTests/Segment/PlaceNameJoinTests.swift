import XCTest
@testable import TifaKit

final class PlaceNameJoinTests: XCTestCase {
    private func joined(_ pieces: [String]) -> [String] {
        joinedPieces(pieces) { PlaceNameJoin().apply(&$0, $1) }
    }

    func testAnUnknownNameJoinsItsUnit() {
        XCTAssertEqual(joined(["来到", "滁", "堰", "县", "考察"]), ["来到", "滁堰县", "考察"])
        XCTAssertEqual(joined(["在", "柘", "岚", "镇", "，"]), ["在", "柘岚镇", "，"])
        XCTAssertEqual(joined(["桂", "溪", "乡", "苔", "坪", "村"]), ["桂溪乡", "苔坪村"])
        XCTAssertEqual(joined(["湄", "潭", "市"]), ["湄潭市"])
        // After a character of grammar (在) the name still starts.
        XCTAssertEqual(joined(["在", "湄", "潭", "县"]), ["在", "湄潭县"])
    }

    func testGrammarAndPointersNeverJoin() {
        // Characters of grammar before the unit: 全市, 每个县, 到县里.
        XCTAssertEqual(joined(["我", "到", "县", "里"]), ["我", "到", "县", "里"])
        XCTAssertEqual(joined(["他", "全", "市"]), ["他", "全", "市"])
        XCTAssertEqual(joined(["三", "个", "村"]), ["三", "个", "村"])
        // A word before the unit never joins it: a verb before 村务, a determiner.
        XCTAssertEqual(joined(["推行", "村", "务"]), ["推行", "村", "务"])
        XCTAssertEqual(joined(["这个", "村"]), ["这个", "村"])
        XCTAssertEqual(joined(["北京", "市"]), ["北京", "市"])
        // Inside a longer run of lone characters the name's start is a guess.
        XCTAssertEqual(joined(["带", "富", "治", "村"]), ["带", "富", "治", "村"])
        // 区 is no unit here: 沟/壑/区 names a kind of area.
        XCTAssertEqual(joined(["沟", "壑", "区"]), ["沟", "壑", "区"])
        // Not adjacent: punctuation between.
        XCTAssertEqual(joined(["滁", "堰", "，", "县"]), ["滁", "堰", "，", "县"])
    }
}

final class NameBeforeAUnitTests: XCTestCase {
    func testASurnameBeforeTwoLoneCharactersAndAUnitIsAPlace() throws {
        // 石 is a surname, but 石/埂/村 is a village; the surname joiner stops before 村.
        let (utf16, tokens) = try Tokenizer().tokenize("在五石埂村党组织，带富治村")
        let words = tokens.map { $0.text(in: utf16) }
        XCTAssertTrue(words.contains("石埂村"), "\(words)")
        XCTAssertFalse(words.contains("富治村"), "\(words)")
        // A name is still joined: 徐/宾.
        let (names, nameTokens) = try Tokenizer().tokenize("记者徐宾报道")
        XCTAssertTrue(nameTokens.map { $0.text(in: names) }.contains("徐宾"))
    }
}
