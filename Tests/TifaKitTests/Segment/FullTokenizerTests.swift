import XCTest
@testable import TifaKit

final class FullTokenizerTests: XCTestCase {
    private func words(_ text: String, lexicon: Lexicon = .builtin, icuOnly: Bool = false) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(lexicon: lexicon, icuOnly: icuOnly).tokenize(text)
        XCTAssertEqual(tokens.map { $0.text(in: utf16) }.joined(), text, "tokens must cover the text")
        return tokens.filter { $0.kind != .whitespace }.map { $0.text(in: utf16) }
    }

    func testWordsICUSplitsComeOutWhole() throws {
        let tokens = try words("衢州市委书记在柯城区强调，要牢固树立四个意识，深化两学一做，锻造过硬队伍。习近平总书记指出")
        for word in ["衢州", "柯城区", "四个意识", "两学一做", "锻造", "习近平", "总书记"] {
            XCTAssertTrue(tokens.contains(word), "\(word) not whole in \(tokens)")
        }
        // ICU alone splits them: the layers are what makes the difference.
        let raw = try words("习近平提出两学一做", icuOnly: true)
        XCTAssertFalse(raw.contains("习近平"), "\(raw)")
        XCTAssertFalse(raw.contains("两学一做"), "\(raw)")
    }

    func testNumbersDatesPercentagesAndUnitsAreSingleTokens() throws {
        let tokens = try words("2017年2月14日，投资1100亿元，增长20%，PM2.5下降，拨打96345，三十五万人，１７．５％")
        for expected in ["2017年", "2月14日", "1100亿元", "20%", "PM2.5", "96345", "三十五万", "１７．５％"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not whole in \(tokens)")
        }
        XCTAssertTrue(tokens.contains("人"), "万人 gives its 人 back: \(tokens)")
        // A name with digits takes no date unit: PM2.5 / 年均.
        XCTAssertTrue(try words("PM2.5年均下降").contains("PM2.5"))
    }

    func testMeasureWordsAndLoneNumeralsStaySeparate() throws {
        let tokens = try words("开展3次调研，一个人")
        XCTAssertTrue(tokens.contains("3"), "\(tokens)")
        XCTAssertTrue(tokens.contains("次"), "\(tokens)")
    }

    func testNumberTokensAreNumbers() throws {
        let (utf16, tokens) = try Tokenizer().tokenize("2017年")
        XCTAssertEqual(tokens.count, 1)
        XCTAssertEqual(tokens[0].kind, .number)
        XCTAssertEqual(tokens[0].text(in: utf16), "2017年")
    }

    func testSurnameJoinsLoneGivenNameCharacters() throws {
        // Invented names ICU cannot know.
        XCTAssertTrue(try words("作者徐宾同志").contains("徐宾"))
        let spoken = try words("姜骏说")
        XCTAssertTrue(spoken.contains("姜骏"), "\(spoken)")
        // A function character after a surname is not a given name.
        XCTAssertFalse(try words("王的").contains("王的"))
    }

    func testUserWordsAlwaysWin() throws {
        let text = "共同富裕示范区建设"
        XCTAssertFalse(try words(text).contains("富裕示范"))
        let user = Lexicon(userWords: ["富裕示范"])
        let tokens = try words(text, lexicon: user)
        XCTAssertTrue(tokens.contains("富裕示范"), "a user word starting inside an ICU word wins: \(tokens)")
        // Punctuation inside entries works (book titles).
        let titled = try words("学习《准则》和《条例》", lexicon: Lexicon(userWords: ["《准则》"]))
        XCTAssertTrue(titled.contains("《准则》"), "\(titled)")
    }

    func testDiscoveredWordsLoseToUserWords() throws {
        let lexicon = Lexicon(userWords: ["柯城"], discovered: ["柯城区"])
        XCTAssertTrue(try words("柯城区", lexicon: lexicon).contains("柯城"))
    }

    func testSingleCharacterShareDropsOnPartyText() throws {
        let text = "衢州市柯城区认真落实三会一课制度，推进两学一做学习教育常态化制度化，锻造一支忠诚干净担当的干部队伍。"
        func singleShare(_ icuOnly: Bool) throws -> Double {
            let cjk = try words(text, icuOnly: icuOnly).filter { CodeUnitClass.isIdeograph($0.utf16.first!) }
            return Double(cjk.filter { $0.utf16.count == 1 }.count) / Double(cjk.count)
        }
        XCTAssertLessThan(try singleShare(false), try singleShare(true))
    }
}
