/// Decides whether a quoted phrase that is not numbered is a slogan or catchword, or one
/// of the other things Chinese text puts in quotes: reported speech, a scare-quoted single
/// word, the name of an institution, place or award.
public enum QuotedSloganFilter {
    /// Endings of names of institutions, places, awards and media, which are quoted in
    /// such texts but are not slogans.
    public static let nameEndings: [String] = [
        "中心", "基地", "小镇", "公司", "集团", "街道", "社区", "工作室", "工作站", "论坛", "栏目", "频道",
        "公众号", "网站", "称号", "标兵", "模范", "奖", "杯", "站", "馆", "园", "院", "校", "局",
        "委", "村", "镇", "乡", "县", "市", "区", "省", "厅",
    ]

    /// Words that introduce reported speech when they stand right before the quote.
    public static let speechCues: [String] = ["说：", "说:", "说", "道：", "道", "称", "表示", "问", "答", "：", ":", "曰"]

    /// Words that make a quote a question, not a slogan.
    static let questionWords = ["如何", "怎样", "怎么", "为什么", "吗", "呢"]

    /// Marks of a sentence: a quote containing them is speech or a citation, not a slogan.
    static let sentenceMarks: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "…", "!", "?", ";", ":"]

    /// Whether the quoted content (marks already removed) contains a whole sentence.
    public static func isSentence(_ content: [Unicode.Scalar]) -> Bool {
        content.contains(where: isSentenceMark)
    }

    /// Membership in `sentenceMarks`, as a switch (a Set hashes every scalar).
    @inline(__always)
    static func isSentenceMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "；", "：", "…", "!", "?", ";", ":": return true
        default: return false
        }
    }

    /// Whether the text right before an opening quote introduces speech.
    public static func followsSpeechCue(_ before: [Unicode.Scalar]) -> Bool {
        let scalars = before.suffix(3)
        if PlainScalars.allPlain(scalars) {
            return speechCueScalars.contains { PlainScalars.hasSuffix(scalars, $0) }
        }
        let tail = String(scalars: before.suffix(3))
        return speechCues.contains { tail.hasSuffix($0) }
    }

    /// Whether one part (no 、 inside) passes as a quoted catchword. `isSingleWord` tells
    /// whether a dictionary treats the text as one ordinary word.
    public static func accepts(_ part: [Unicode.Scalar], isSingleWord: (String) -> Bool) -> Bool {
        let hanCount = part.reduce(0) { $0 + (NumberedShape.isHan($1) ? 1 : 0) }
        let length = part.filter { $0 != "，" && $0 != "," }.count
        guard hanCount >= 2, length <= 12, hanCount * 2 >= length else { return false }
        // 4600元以下, 8小时外, 1个APP: a number with its unit is a quantity.
        if let first = part.first, ("0"..."9").contains(first) { return false }
        if PlainScalars.allPlain(part) { return acceptsPlain(part, length: length, isSingleWord: isSingleWord) }
        return acceptsText(part, length: length, isSingleWord: isSingleWord)
    }

    /// The rules of `accepts` after the counts, over a String (any text).
    static func acceptsText(_ part: [Unicode.Scalar], length: Int, isSingleWord: (String) -> Bool) -> Bool {
        let text = String(scalars: part)
        // 第一书记: an ordinal; 如何当好…: a question, the title of a talk; a phrase
        // with 的 describes (饲料工业的一场革命), slogans are terse.
        if text.hasPrefix("第") || questionWords.contains(where: { text.contains($0) }) || text.contains("的") {
            return false
        }
        // 一把手, 双向: a common word that happens to start with a numeral.
        if ChineseNumerals.nonCountingWords.contains(text) { return false }
        if nameEndings.contains(where: { text.hasSuffix($0) }) { return false }
        // A parallel pair in one quote (百狮争先，一线攻坚) is one slogan; a longer clause
        // list is prose.
        let clauses = text.split(whereSeparator: { $0 == "，" || $0 == "," })
        if clauses.count > 1 {
            return clauses.count <= 3 && clauses.allSatisfy { (2...8).contains($0.unicodeScalars.count) }
        }
        // A two-character dictionary word in quotes is emphasis (“瓶颈”, “高地”).
        if length == 2 && isSingleWord(text) { return false }
        return true
    }

    static let speechCueScalars = PlainScalars.words(speechCues)
    static let questionWordScalars = PlainScalars.words(questionWords)
    static let nameEndingScalars = PlainScalars.words(nameEndings)

    /// `accepts` over plain scalars (`PlainScalars`): the same rules on scalar arrays,
    /// without a String per test.
    static func acceptsPlain(_ part: [Unicode.Scalar], length: Int, isSingleWord: (String) -> Bool) -> Bool {
        if part.first == "第" || part.contains("的")
            || questionWordScalars.contains(where: { PlainScalars.contains(part[...], $0) }) {
            return false
        }
        if NumberedShape.nonCountingScalars.contains(where: { $0 == part }) { return false }
        if nameEndingScalars.contains(where: { PlainScalars.hasSuffix(part, $0) }) { return false }
        let clauses = part.split(whereSeparator: { $0 == "，" || $0 == "," })
        if clauses.count > 1 {
            return clauses.count <= 3 && clauses.allSatisfy { (2...8).contains($0.count) }
        }
        if length == 2 && isSingleWord(String(scalars: part)) { return false }
        return true
    }
}
