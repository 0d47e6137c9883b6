import XCTest
@testable import TifaKit

final class WordDiscoveryTests: XCTestCase {
    /// An invented place name (鹭屿) recurring in varied contexts, ICU cannot know it.
    private let text: String = {
        let contexts = ["今年鹭屿发展很快。", "我们到鹭屿调研。", "鹭屿人民欢迎你。", "他说鹭屿很美。", "关于鹭屿的报告。",
                        "走进鹭屿新村。", "来自鹭屿乡镇。", "建设美丽鹭屿。"]
        // Varied filler, each sentence once, so the corpus is not only the word.
        let filler = ["全市各级党组织认真学习贯彻会议精神，推动基层治理不断完善。", "春天来了，田野里一片生机勃勃的景象。",
                      "干部队伍建设要坚持标准，注重实绩，群众公认。", "图书馆新购置了一批科技书籍，供读者免费借阅。",
                      "经济运行总体平稳，就业形势保持稳定，物价温和上涨。", "孩子们在操场上踢足球，老师站在旁边看着。",
                      "会议听取了工作报告，审议通过了有关决定和人事任免事项。", "山区道路条件改善以后，游客明显增多，农产品销路打开。",
                      "医院开通了预约挂号服务，病人排队时间大大缩短。", "气象台预报明天有小雨，气温略有下降，请注意添衣。"]
        return (contexts + filler + contexts).joined()
    }()

    func testCountsAndNeighbours() {
        let statistics = NgramStatistics(text: Array("甲乙丙，甲乙丁。甲乙".utf16), maxLength: 3, minCount: 2)
        XCTAssertEqual(statistics.count(Array("甲乙".utf16)[...]), 3)
        XCTAssertEqual(statistics.count(Array("甲".utf16)[...]), 3)
        XCTAssertEqual(statistics.count(Array("乙丙".utf16)[...]), 0, "seen once: dropped")
        XCTAssertEqual(statistics.positions, 8)
        let entry = statistics.grams[NgramStatistics.key(Array("甲乙".utf16))]!
        XCTAssertEqual(entry.right.values.reduce(0, +), 3)
    }

    func testEntropy() {
        XCTAssertEqual(WordDiscovery.entropy([1: 2, 2: 2]), 1.0, accuracy: 1e-9)
        XCTAssertEqual(WordDiscovery.entropy([1: 4]), 0.0, accuracy: 1e-9)
        XCTAssertEqual(WordDiscovery.entropy([0: 4]), 2.0, accuracy: 1e-9, "each boundary is its own neighbour")
    }

    func testFindsRecurringInventedWordAndTokenizerUsesIt() throws {
        let tokenizer = try Tokenizer()
        let found = WordDiscovery().discover(texts: [Array(text.utf16)], tokenizer: tokenizer)
        let words = found.map(\.word)
        XCTAssertTrue(words.contains("鹭屿"), "\(found)")
        let word = found.first { $0.word == "鹭屿" }!
        XCTAssertEqual(word.count, 16)
        XCTAssertGreaterThan(word.pmi, 4)
        XCTAssertFalse(words.contains("发展"), "ICU's own words are not new")
        let withDiscovered = try Tokenizer(lexicon: Lexicon(discovered: words)).tokenize("鹭屿人")
        XCTAssertEqual(withDiscovered.tokens.map { $0.text(in: withDiscovered.text) }.first, "鹭屿")
    }

    func testMergeEqualsWholeAndOrderIsDeterministic() {
        let half = Array(text.utf16)
        var merged = NgramStatistics(maxLength: 4)
        merged.merge(NgramStatistics(text: half, maxLength: 4, minCount: 2))
        merged.merge(NgramStatistics(text: half, maxLength: 4, minCount: 2))
        let key = NgramStatistics.key(Array("鹭屿".utf16))
        XCTAssertEqual(merged.grams[key]?.count, 32)
        var pruned = merged
        pruned.prune(maxEntries: 5)
        XCTAssertEqual(pruned.grams.count, 5)
        var again = merged
        again.prune(maxEntries: 5)
        XCTAssertEqual(Set(pruned.grams.keys), Set(again.grams.keys))
    }

    func testAddingInPlaceEqualsMergingDocuments() {
        let documents = [Array(text.utf16), Array("鹭屿新村鹭屿人民，鹭屿发展很快。".utf16), Array("甲乙丙，甲乙丁。".utf16)]
        var added = NgramStatistics(maxLength: 4)
        var scratch = NgramStatistics.Scratch()
        var merged = NgramStatistics(maxLength: 4)
        for document in documents {
            added.add(document, minCount: 2, scratch: &scratch)
            merged.merge(NgramStatistics(text: document, maxLength: 4, minCount: 2))
        }
        XCTAssertEqual(added.positions, merged.positions)
        let (a, b) = (added.grams, merged.grams)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (key, entry) in a {
            XCTAssertEqual(entry.count, b[key]?.count)
            XCTAssertEqual(entry.left, b[key]?.left)
            XCTAssertEqual(entry.right, b[key]?.right)
        }
        for unit in "鹭屿甲乙".utf16 { XCTAssertEqual(added.count([unit][...]), merged.count([unit][...])) }
    }

    func testPruneKeepsMostFrequentThenSmallestKey() {
        var statistics = NgramStatistics(text: Array("甲乙甲乙甲乙，丙丁丙丁，戊己戊己".utf16), maxLength: 2, minCount: 2)
        statistics.prune(maxEntries: 2)
        let kept = statistics.grams
        XCTAssertEqual(kept.count, 2)
        XCTAssertEqual(kept[NgramStatistics.key(Array("甲乙".utf16))]?.count, 3)
        XCTAssertEqual(kept[NgramStatistics.key(Array("丙丁".utf16))]?.count, 2, "丙丁 sorts before 戊己 and 乙甲")
        XCTAssertEqual(kept[NgramStatistics.key(Array("甲乙".utf16))]?.right.values.reduce(0, +), 3, "neighbours kept")
    }

    func testNewWordsTable() {
        let table = NewWordsTable.make([DiscoveredWord(word: "鹭屿", count: 16, pmi: 7.25, leftEntropy: 2.5, rightEntropy: 2.0)])
        XCTAssertEqual(table.render(), "word,count,pmi,left_entropy,right_entropy\n鹭屿,16,7.250,2.500,2.000\n")
    }
}
