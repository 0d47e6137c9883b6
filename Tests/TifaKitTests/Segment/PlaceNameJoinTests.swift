import XCTest
@testable import TifaKit

final class PlaceNameJoinTests: XCTestCase {
    /// Word tokens for `pieces`, the join applied, the pieces given back.
    private func joined(_ pieces: [String]) -> [String] {
        let text = Array(pieces.joined().utf16)
        var tokens: [Token] = []
        var position = 0
        for piece in pieces {
            let length = piece.utf16.count
            tokens.append(Token(start: position, end: position + length, kind: piece == "，" ? .punctuation : .word))
            position += length
        }
        text.withUnsafeBufferPointer { PlaceNameJoin().apply(&tokens, $0) }
        return tokens.map { String(decoding: text[$0.start..<$0.end], as: UTF16.self) }
    }

    func testAnUnknownNameJoinsItsUnit() {
        XCTAssertEqual(joined(["来到", "滁", "堰", "县", "考察"]), ["来到", "滁堰县", "考察"])
        XCTAssertEqual(joined(["在", "柘", "岚", "镇", "，"]), ["在", "柘岚镇", "，"])
        XCTAssertEqual(joined(["桂", "溪", "乡", "苔", "坪", "村"]), ["桂溪乡", "苔坪村"])
        XCTAssertEqual(joined(["湄", "潭", "市"]), ["湄潭市"])
        // A two-character word names a county, town or village.
        XCTAssertEqual(joined(["青松", "村", "的"]), ["青松村", "的"])
        XCTAssertEqual(joined(["石门", "县"]), ["石门县"])
    }

    func testGrammarAndPointersNeverJoin() {
        // Characters of grammar before the unit: 全市, 每个县, 到县里.
        XCTAssertEqual(joined(["我", "到", "县", "里"]), ["我", "到", "县", "里"])
        XCTAssertEqual(joined(["他", "全", "市"]), ["他", "全", "市"])
        XCTAssertEqual(joined(["三", "个", "村"]), ["三", "个", "村"])
        // Words that point at a place or move to it.
        XCTAssertEqual(joined(["这个", "村"]), ["这个", "村"])
        XCTAssertEqual(joined(["回到", "乡"]), ["回到", "乡"])
        // 市 and 省 take no two-character word: 北京/市 stays as the lexicon cut it.
        XCTAssertEqual(joined(["北京", "市"]), ["北京", "市"])
        // 区 is no unit here: 沟/壑/区 names a kind of area.
        XCTAssertEqual(joined(["沟", "壑", "区"]), ["沟", "壑", "区"])
        // Not adjacent: punctuation between.
        XCTAssertEqual(joined(["滁", "堰", "，", "县"]), ["滁", "堰", "，", "县"])
    }
}
