/// A bracket that holds nothing but names run together, perhaps with a credit at its end:
/// a story's or a picture's byline (（孟甲甲祁乙）, （刘甲甲李乙乙摄）, （王甲甲李乙赵丙丙）).
/// `NameRunSplitter` cuts the whole bracket into two to four names, each a frequent or
/// compound surname first (a rarer one only after the first name) and name characters;
/// brackets that do not cut into names completely ((试行), (周一至周五)) are left alone.
/// Above a gazetteer place (孟西安 is no 西安 here) and the older two-name cut of
/// `BracketedBylines`, which this one refines with weighed name characters.
enum BracketedNameRuns {
    /// Credits that may close the bracket after the names: 摄影报道, 摄影, 报道, 摄, 画, 摘.
    static let credits = PhraseTrie(["摄影报道 摄影 报道 摄 画 摘 供稿"], reversed: true)
    static let priority = 4.85
    static let rules = NameRunSplitter.Rules(names: 2...4, rareFirst: false, rareGiven: true, wordsAllowed: true)

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard BracketedBylines.open.contains(s[i]) else { i += 1; continue }
            var j = i + 1
            while j < s.count && text.isHan(at: j) && j - i <= 16 { j += 1 }
            defer { i = j }
            guard j < s.count, BracketedBylines.close.contains(s[j]) else { continue }
            var end = j
            if let credit = credits.longest(s, at: j), j - credit.length > i + 1 { end = j - credit.length }
            guard (4...12).contains(end - i - 1),
                  let names = NameRunSplitter.cut(from: i + 1, text: text, rules: rules, exactEnd: end) else { continue }
            for name in names {
                result.append(EntitySpan(start: name.start, end: name.end, kind: .person, priority: priority, cued: true))
            }
        }
        return result
    }
}
