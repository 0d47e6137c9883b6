import XCTest
@testable import TifaKit

final class FullTokenizerTests: XCTestCase {
    private func words(_ text: String, lexicon: Lexicon = .builtin, icuOnly: Bool = false,
                       standard: SegmentationStandard = .msr) throws -> [String] {
        let (utf16, tokens) = try Tokenizer(lexicon: lexicon, icuOnly: icuOnly, standard: standard).tokenize(text)
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
        for expected in ["2017年2月14日", "1100亿元", "20%", "PM2.5", "96345", "三十五万", "１７．５％"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not whole in \(tokens)")
        }
        // PKU keeps year and month-day apart, each one token.
        let pku = try words("2017年2月14日", standard: .pku)
        XCTAssertEqual(pku, ["2017年", "2月14日"])
        XCTAssertTrue(tokens.contains("人"), "万人 gives its 人 back: \(tokens)")
        // A name with digits takes no date unit: PM2.5 / 年均.
        XCTAssertTrue(try words("PM2.5年均下降").contains("PM2.5"))
    }

    func testMeasureWordsStaySeparateUnderPKU() throws {
        let tokens = try words("开展3次调研，三十五个村，一个人", standard: .pku)
        for expected in ["3", "次", "三十五", "个"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not alone in \(tokens)")
        }
    }

    func testMeasureWordsJoinTheirNumberUnderMSR() throws {
        let tokens = try words("开展3次调研，三十五个村，30多家工厂，第一个试点，第3次会议，长5公里，20世纪90年代，两项制度")
        for expected in ["3次", "三十五个", "30多家", "工厂", "第一个", "第3次", "5公里", "20世纪", "90年代", "两项"] {
            XCTAssertTrue(tokens.contains(expected), "\(expected) not whole in \(tokens)")
        }
        // A unit is cut from a word only when a word (or a locative) is left: 3年级 and 个人 stay.
        let grade = try words("3年级学生和5个人")
        XCTAssertTrue(grade.contains("年级"), "\(grade)")
        XCTAssertTrue(grade.contains("个人"), "\(grade)")
        XCTAssertFalse(grade.contains("5个"), "\(grade)")
        let months = try words("3个月内，1月份，2017年度")
        for expected in ["3个月", "1月份", "2017年度"] { XCTAssertTrue(months.contains(expected), "\(expected) not whole in \(months)") }
        let before = try words("8年前建成，10年来未变")
        XCTAssertTrue(before.contains("8年") && before.contains("前"), "\(before)")
        XCTAssertTrue(before.contains("10年") && before.contains("来"), "\(before)")
        // 每 and 各 quantify like numerals; before a word they stay apart.
        let each = try words("各项工作落实到每个村，各部门")
        XCTAssertTrue(each.contains("各项") && each.contains("每个"), "\(each)")
        XCTAssertTrue(each.contains("各") && each.contains("部门"), "\(each)")
        XCTAssertTrue(try words("各项工作", standard: .pku).contains("项"))
        // A lone numeral that is no quantity stays a word, and 多 alone takes nothing.
        let plain = try words("统一部署，30多了")
        XCTAssertTrue(plain.contains("统一"), "\(plain)")
        XCTAssertFalse(plain.contains("30多"), "\(plain)")
    }

    func testAdverbAndAuxiliaryPhrasesAreTwoWords() throws {
        let tokens = try words("他们都要参加，这个问题很大，已有成效，我们作了安排")
        for pair in [["都", "要"], ["很", "大"], ["已", "有"], ["作", "了"]] {
            XCTAssertTrue(tokens.contains(pair[0]) && tokens.contains(pair[1]), "\(pair) not apart in \(tokens)")
        }
        // Lexicalized words stay whole.
        let kept = try words("为了群众，还是要干，很多人")
        for word in ["为了", "还是", "很多"] { XCTAssertTrue(kept.contains(word), "\(word) not whole in \(kept)") }
    }

    func testStatisticalReportingWordsAreWhole() throws {
        let tokens = try words("全县地区生产总值比上年增长6%，同比提高1个百分点，规模以上企业年均增长")
        for word in ["地区生产总值", "上年", "同比", "规模以上", "年均"] {
            XCTAssertTrue(tokens.contains(word), "\(word) not whole in \(tokens)")
        }
        XCTAssertFalse(tokens.contains("比上"), "\(tokens)")
    }

    func testInstitutionsAndLexicalizedVerbsAreWhole() throws {
        let tokens = try words("中国人民银行和最高人民检察院有利于改革，标志着新阶段，特别是基层")
        for word in ["中国人民银行", "最高人民检察院", "有利于", "标志着", "特别是"] {
            XCTAssertTrue(tokens.contains(word), "\(word) not whole in \(tokens)")
        }
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
