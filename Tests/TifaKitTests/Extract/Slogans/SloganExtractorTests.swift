import XCTest
@testable import TifaKit

/// Every sentence here is invented for the test; none comes from a real issue.
final class SloganExtractorTests: XCTestCase {
    private var extractor: SloganExtractor!

    override func setUpWithError() throws {
        // No built-in lexicon: what is found here is found by the rules alone.
        extractor = try SloganExtractor(lexicon: SloganLexicon())
    }

    /// Normalized slogans found in `texts` (discovery over all, counting in each).
    private func slogans(_ texts: [String], lexicon: SloganLexicon = SloganLexicon()) throws -> [String: (SloganCategory, Int, Int)] {
        let extractor = try SloganExtractor(lexicon: lexicon)
        let inventory = extractor.discover(texts)
        var result: [String: (SloganCategory, Int, Int)] = [:]
        for text in texts {
            for mention in extractor.find(in: text, inventory: inventory) {
                let category = SloganCategory(rawValue: mention.category ?? "") ?? .quoted
                let old = result[mention.normalized] ?? (category, 0, 0)
                result[mention.normalized] = (category, old.1 + 1, old.2 + (mention.quoted ? 1 : 0))
            }
        }
        return result
    }

    private func names(_ texts: [String]) throws -> Set<String> {
        Set(try slogans(texts).keys)
    }

    // MARK: numbered

    func testQuotedNumberedFormulationsOfManyShapes() throws {
        let found = try slogans(["全县深入开展“六个提升”活动，落实“三查一改”制度，推行“两访一帮”，巩固“八九七”成果，打响“百村千企”品牌。"])
        for slogan in ["六个提升", "三查一改", "两访一帮", "八九七", "百村千企"] {
            XCTAssertEqual(found[slogan]?.0, .numbered, "\(slogan) in \(found.keys.sorted())")
        }
    }

    func testAlternatingShapesAreFoundWithoutQuotes() throws {
        let found = try names(["镇里坚持两查一访机制，推行三看两比做法，实行一村两策。"])
        XCTAssertTrue(found.isSuperset(of: ["两查一访", "三看两比", "一村两策"]), "\(found)")
    }

    func testAlternatingShapesAmongOtherNumerals() throws {
        // Numerals that start no alternating shape (一个, 三年, 四面八方 as one word) are
        // passed over; the phrase right after them is still found.
        let found = try names(["三年来坚持一个三会一课制度，干部走遍四面八方，一村两策。", "一", "一二三四五六七八九十"])
        XCTAssertTrue(found.isSuperset(of: ["三会一课", "一村两策"]), "\(found)")
        XCTAssertFalse(found.contains("四面八方"), "\(found)")
        XCTAssertFalse(found.contains("一个三会"), "\(found)")
    }

    func testNumberedSloganCountedQuotedOrNot() throws {
        let found = try slogans(["各支部认真落实“四查四看”要求。", "年底前，四查四看要覆盖所有党员。"])
        XCTAssertEqual(found["四查四看"]?.1, 2)
        XCTAssertEqual(found["四查四看"]?.2, 1, "one of the two occurrences is quoted")
    }

    func testQuotedCountWithoutQuotesElsewhereIsCounted() throws {
        let found = try slogans(["推行“五个到位”工作法。", "全市五个到位落实情况良好。"])
        XCTAssertEqual(found["五个到位"]?.1, 2)
    }

    // MARK: not slogans

    func testOrdinalsListMarkersAndQuantitiesAreNotSlogans() throws {
        let found = try names([
            "一是抓学习，二是抓落实，三是抓监督。",
            "他担任第一书记三年，带领两名干部走访了一批农户。",
            "全镇一个乡镇有五大产业：茶叶、竹木、旅游、养殖、加工。",
            "“两年”过去了，“一”字当头。三分之一以上的村完成任务。",
        ])
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testIdiomsThatAlternateNumeralsAreNotSlogans() throws {
        let found = try names(["他一心一意为群众办事，群众从四面八方赶来，三心二意可不行。"])
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testReportedSpeechAndScareQuotesAreNotSlogans() throws {
        let found = try names([
            "老支书说：“大家要团结起来，把路修好。”",
            "这里曾是全县的“洼地”，如今成了“高地”。",
            "他常说“做人要实在”。",
        ])
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testNamesOfInstitutionsPlacesAndAwardsAreNotSlogans() throws {
        let found = try names(["“青山驿站”和“红枫小镇”获评“最佳服务奖”，“溪口村”也在其中。"])
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testBookTitlesAreNotSlogans() throws {
        XCTAssertTrue(try names(["认真学习《廉洁自律准则》和《条例》。"]).isEmpty)
    }

    // MARK: quoted catchwords

    func testQuotedCatchwordsAreFound() throws {
        let found = try slogans(["推行“马上就办”，争当“跑腿员”，实现“村村有书屋”，打造“百狮争先，一线攻坚”氛围。"])
        for slogan in ["马上就办", "跑腿员", "村村有书屋", "百狮争先，一线攻坚"] {
            XCTAssertEqual(found[slogan]?.0, .quoted, "\(slogan) in \(found.keys.sorted())")
        }
    }

    func testTwoCharacterCatchwordNeedsToBeQuotedMoreThanOnce() throws {
        XCTAssertFalse(try names(["要补齐“短板”。"]).contains("短板"))
    }

    // MARK: meetings

    func testMeetingsAreFoundByShape() throws {
        let found = try slogans(["学习贯彻党的二十大精神和二十届三中全会精神，落实省第十五次党代会部署，传达十四届全国人大二次会议精神，深化六中全会学习。"])
        for slogan in ["二十大", "二十届三中全会", "第十五次党代会", "十四届全国人大二次会议", "六中全会"] {
            XCTAssertEqual(found[slogan]?.0, .meeting, "\(slogan) in \(found.keys.sorted())")
        }
    }

    func testBigNumbersAreNotCongresses() throws {
        XCTAssertTrue(try names(["实施十大工程，建成五大平台，一百二十九大项。"]).isEmpty)
    }

    func testPartyCongressSessionNormalizes() throws {
        let found = try slogans(["市第八次党员代表大会胜利闭幕。"])
        XCTAssertEqual(found["第八次党代会"]?.0, .meeting)
    }

    // MARK: counting rules

    func testVariantsMerge() throws {
        let found = try slogans(["牢固树立“六个”意识。", "做到六个“严”。", "坚持七不准、八不宜，落实“七不准八不宜”。"])
        XCTAssertNotNil(found["六个意识"], "\(found.keys.sorted())")
        XCTAssertNotNil(found["六个严"], "\(found.keys.sorted())")
        XCTAssertEqual(found["七不准八不宜"]?.1, 2, "\(found.keys.sorted())")
        XCTAssertNil(found["七不准"])
    }

    func testEnumerationCommaCompoundsSplit() throws {
        let found = try slogans(["推动“双覆盖、三提升”，实施“四个到村、五个到户”。"])
        for slogan in ["双覆盖", "三提升", "四个到村", "五个到户"] {
            XCTAssertEqual(found[slogan]?.1, 1, "\(slogan) in \(found.keys.sorted())")
        }
        XCTAssertNil(found["双覆盖三提升"])
    }

    func testLongestMatchWins() throws {
        let found = try slogans(["开展“双联双促”活动，其中双联是基础。", "“双联”工作扎实。"])
        XCTAssertEqual(found["双联双促"]?.1, 1)
        XCTAssertEqual(found["双联"]?.1, 2, "the 双联 inside 双联双促 counts for 双联双促 only")
    }

    func testKnownFormulationsCountWithoutQuotes() throws {
        var lexicon = SloganLexicon()
        lexicon.merge(parsing: "两学一做 numbered\n# a comment\n\n最多跑一次")
        let found = try slogans(["推进两学一做学习教育常态化，深化最多跑一次改革。"], lexicon: lexicon)
        XCTAssertEqual(found["两学一做"]?.0, .numbered)
        XCTAssertEqual(found["最多跑一次"]?.0, .quoted)
    }

    func testMentionOffsetsAreUnicodeScalarsOfTheLine() throws {
        let line = "𠀀推进“三查一改”。"
        let mentions = extractor.extract(line)
        let mention = try XCTUnwrap(mentions.first)
        let scalars = Array(line.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])), "三查一改")
        XCTAssertEqual(mention.start, 4)
        XCTAssertTrue(mention.quoted)
    }

    func testBadLexiconLinesAreReported() {
        var lexicon = SloganLexicon()
        XCTAssertEqual(lexicon.merge(parsing: "三查一改 numbered\n五个到位 slogan\n"), [2])
        XCTAssertEqual(lexicon.entries["三查一改"], .numbered)
    }
}

final class NumberedShapeTests: XCTestCase {
    private func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testAlternatingShapes() {
        for phrase in ["三查一改", "两访一帮", "一岗双责", "三送二听一沟通", "多规合一", "一核两带三圈"] {
            XCTAssertTrue(NumberedShape.isAlternating(scalars(phrase)), phrase)
        }
        for phrase in ["一个一个", "三番五次", "二是两新", "五分之一", "一方百姓", "三查", "三查一改革开放"] {
            XCTAssertFalse(NumberedShape.isAlternating(scalars(phrase)), phrase)
        }
    }

    func testNumberedPhrasesAndQuantities() {
        for phrase in ["六个提升", "八九七", "两新", "千人计划", "十三五", "五不能六不宜"] {
            XCTAssertTrue(NumberedShape.isNumberedPhrase(scalars(phrase)), phrase)
        }
        for phrase in ["两名", "一批", "三个", "十九", "三百五十", "一个乡镇", "一是", "双向述职", "二十多个", "第一书记"] {
            XCTAssertFalse(NumberedShape.isNumberedPhrase(scalars(phrase)), phrase)
        }
        XCTAssertTrue(NumberedShape.isQuantity(scalars("两年")))
        XCTAssertTrue(NumberedShape.isQuantity(scalars("三分之一以上")))
        XCTAssertFalse(NumberedShape.isQuantity(scalars("四个意识")))
    }
}

final class QuoteScannerTests: XCTestCase {
    func testSpansAndUnclosedQuotes() {
        let text = Array("甲“乙丙”丁「戊」“未完".unicodeScalars)
        let spans = QuoteScanner.spans(in: text)
        XCTAssertEqual(spans.map { String(String.UnicodeScalarView(text[$0.start..<$0.end])) }, ["乙丙", "戊"])
    }

    func testNestedSingleQuotesStayInside() {
        let text = Array("“建设‘好地方’”".unicodeScalars)
        XCTAssertEqual(QuoteScanner.spans(in: text).count, 1)
    }
}

final class QuotedEmphasisTests: XCTestCase {
    func testOrdinaryPhraseQuotedOnceIsEmphasisButACoinageIsACatchword() throws {
        let extractor = try SloganExtractor(lexicon: SloganLexicon())
        let inventory = extractor.discover(["要抓好“人才培养”工作，推行“拆改种”模式。"])
        XCTAssertFalse(inventory.contains("人才培养"))
        XCTAssertTrue(inventory.contains("拆改种"))
        let twice = extractor.discover(["要抓好“干部培训”。", "“干部培训”要常态化。"])
        XCTAssertTrue(twice.contains("干部培训"), "quoted twice: the text's own catchword")
    }
}

final class ChineseNumeralsTests: XCTestCase {
    func testSwitchesAgreeWithTheSets() {
        for value in UInt32(0x3000)...UInt32(0x9FFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(ChineseNumerals.isNumeral(scalar), ChineseNumerals.formulation.contains(scalar), "\(scalar)")
            XCTAssertEqual(ChineseNumerals.isDigit(scalar), ChineseNumerals.digits.contains(scalar), "\(scalar)")
            XCTAssertEqual(SloganNormalizer.isQuoteMark(scalar), SloganNormalizer.quoteMarks.contains(scalar), "\(scalar)")
        }
        for mark in SloganNormalizer.quoteMarks { XCTAssertTrue(SloganNormalizer.isQuoteMark(mark)) }
    }
}
