/// Reporters' and photographers' credits with the names right after them, which PDF
/// extraction often glues to the story (本报记者王甲去年十月…, 新华社记者李乙乙赵丙丙新华社通讯员…,
/// （摄影：孙丁丁钱戊）): one to three names cut by `NameRunSplitter` up to where the text
/// starts cleanly. A credit that a masthead or a dateline opens (本报, 新华社, 驻…, …电)
/// vouches for any name; a bare 记者 in the middle of a story (记者周末走访) only for names
/// that are no words and open on a frequent surname.
enum CreditLines {
    /// Credits, matched leftwards from where the names start.
    static let credits = PhraseTrie(["记者 通讯员 摄影 摄影记者 特约记者 特约通讯员 撰稿"], reversed: true)
    /// Characters before a credit that make it a masthead's or a dateline's: 本报记者,
    /// 新华社记者, 解放军报记者, 电视台记者, 特约通讯员, １月５日电记者, 本报讯记者.
    static let mastheadEnds = EntityLexicon.scalarSet("报社电讯站台约")
    static let colons: ScalarSet = [0xFF1A, 0x3A]
    /// Above a gazetteer place (孟西安 is no 西安 after a credit), below suffixed places and
    /// organizations.
    static let priority = 4.85
    /// After a bare credit: below the person extractor's cued readings, which know more.
    static let weakPriority = 4.45

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 2
        while i < s.count {
            guard let credit = credits.longest(s, at: i), text.isHan(at: i) || colons.contains(s[i]) else { i += 1; continue }
            var start = i
            if colons.contains(s[start]) { start += 1 }
            let creditStart = i - credit.length
            let strong = isMasthead(before: creditStart, text: text) || start > i
            let rules = NameRunSplitter.Rules(names: 1...3, rareFirst: strong, rareGiven: strong, wordsAllowed: strong)
            guard let names = NameRunSplitter.cut(from: start, text: text, rules: rules) else { i += 1; continue }
            for name in names {
                result.append(EntitySpan(start: name.start, end: name.end, kind: .person, priority: strong ? priority : weakPriority, cued: true))
            }
            i = names.last!.end
        }
        return result
    }

    /// Whether the credit starting at `creditStart` follows a masthead, a dateline,
    /// a bracket or the start of a line (本报记者, （记者, 驻法国记者).
    static func isMasthead(before creditStart: Int, text: AnalyzedText) -> Bool {
        let s = text.scalars
        guard creditStart > 0, text.isHan(at: creditStart - 1) else { return true }
        if mastheadEnds.contains(s[creditStart - 1]) { return true }
        // 本报驻法国记者, 驻京记者: 驻 and a place's name before the credit.
        for k in max(0, creditStart - 6)..<creditStart where s[k] == 0x9A7B { return true }  // 驻
        return false
    }
}
