import XCTest
@testable import TifaKit

/// Invented credits glued to the story after them: the names are cut out up to where the
/// story starts; what a reporter did or saw is never read as a name.
final class CreditLinesTests: XCTestCase {
    private var extractor: EntityExtractor!

    override func setUpWithError() throws {
        extractor = EntityExtractor(tokenizer: try Tokenizer())
    }

    private func people(_ text: String) -> [String] {
        extractor.extract(text).filter { $0.kind == .person }.map(\.text)
    }

    func testOneNameGluedToTheStory() {
        XCTAssertEqual(people("本报记者王家栋去年冬天来到村里。"), ["王家栋"])
        // 何军 then 城市: the name stops before the word, not at 何军城.
        XCTAssertEqual(people("本报记者何军城市里的年轻人越来越多。"), ["何军"])
        XCTAssertEqual(people("本报记者向东方报道"), ["向东方"])
    }

    func testNamesRunTogetherThenTheStory() {
        XCTAssertEqual(people("本报记者冯立新赵晓东一月五日清晨，雪下得正紧。"), ["冯立新", "赵晓东"])
        XCTAssertEqual(people("本报记者高建华李明报道"), ["高建华", "李明"])
    }

    func testPhotographersCreditWithAColon() {
        XCTAssertEqual(people("大家都笑了。（摄影：钱海鹰孙丽）"), ["钱海鹰", "孙丽"])
    }

    func testWhatAReporterDidIsNoName() {
        XCTAssertEqual(people("本报记者高度关注此事。"), [])
        XCTAssertEqual(people("本报记者日前从有关部门获悉，工程完工。"), [])
        XCTAssertEqual(people("本报记者近日走访了农户。"), [])
        XCTAssertEqual(people("本报记者万元户调查"), [])
        XCTAssertEqual(people("本报记者周年回访"), [])
        XCTAssertEqual(people("记者周末走访了几户人家。"), [])
        XCTAssertEqual(people("记者随后赶到。"), [])
    }
}

/// Invented runs of names cut by NameRunSplitter directly.
final class NameRunSplitterTests: XCTestCase {
    private func cut(_ text: String, from start: Int, rules: NameRunSplitter.Rules) throws -> [String]? {
        let analyzed = AnalyzedText(text, tokenizer: try Tokenizer())
        return NameRunSplitter.cut(from: start, text: analyzed, rules: rules)?.map { analyzed.string($0.start, $0.end) }
    }

    private let loose = NameRunSplitter.Rules(names: 1...3, rareFirst: true, rareGiven: true, wordsAllowed: true)

    func testACutEndsWhereTheTextStartsCleanly() throws {
        XCTAssertEqual(try cut("冯立新赵晓东一月五日", from: 0, rules: loose), ["冯立新", "赵晓东"])
        XCTAssertEqual(try cut("王家栋去年冬天", from: 0, rules: loose), ["王家栋"])
        XCTAssertEqual(try cut("高建华李明报道", from: 0, rules: loose), ["高建华", "李明"])
    }

    func testNoCutWithoutAName() throws {
        XCTAssertNil(try cut("方面的工作", from: 0, rules: NameRunSplitter.Rules(names: 1...3, rareFirst: false, rareGiven: false, wordsAllowed: false)))
        XCTAssertNil(try cut("，大家好", from: 0, rules: loose))
    }

    func testAtLeastTheFewestNames() throws {
        XCTAssertNil(try cut("王家栋去年冬天", from: 0, rules: NameRunSplitter.Rules(names: 2...3, rareFirst: false, rareGiven: false, wordsAllowed: false)))
    }
}
