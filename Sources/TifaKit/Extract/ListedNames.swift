/// Names in a list: "李甲、王乙乙、赵丙丙" — when one item of a 、-separated list is a
/// person, the other items shaped like names (a surname, one to three more characters,
/// nothing a name never holds) are people too; and two names in one byline bracket,
/// "（王甲甲李乙乙）", are split at the second surname.
enum ListedNames {
    static let separator: UInt32 = 0x3001  // 、

    static func find(in text: AnalyzedText, resolved: [EntitySpan]) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        // A list needs a 、 (most paragraphs have none).
        guard s.contains(separator) else { return result }
        // Items: maximal Han runs; a list is a chain of items joined by single 、.
        var items: [(start: Int, end: Int)] = []
        var i = 0
        while i < s.count {
            guard text.isHan(at: i) else { i += 1; continue }
            var j = i
            while j < s.count && text.isHan(at: j) { j += 1 }
            items.append((i, j))
            i = j
        }
        var personAt: [Int: Int] = [:]
        for span in resolved where span.kind == .person { personAt[span.start] = span.end }
        var occupied = [Bool](repeating: false, count: resolved.reduce(s.count + 1) { max($0, $1.end) })
        for span in resolved { for k in span.start..<span.end { occupied[k] = true } }
        var k = 0
        while k < items.count {
            var chain = [k]
            while let last = chain.last, last + 1 < items.count, items[last].end < s.count, s[items[last].end] == separator,
                  items[last + 1].start == items[last].end + 1 {
                chain.append(last + 1)
            }
            defer { k = chain.last! + 1 }
            guard chain.count >= 2 else { continue }
            // The list's items, cut to a name's length at the outer ends (还有|席某某、…、王某某|等).
            var names: [(Int, Int)] = []
            for (position, index) in chain.enumerated() {
                var (a, b) = items[index]
                if position == 0, b - a > 3 { a = b - 3 }
                if position == chain.count - 1, b - a > 3 {
                    if let end = personAt[a] { b = end } else { b = a + 3 }
                }
                names.append((a, b))
            }
            let persons = names.filter { personAt[$0.0] == $0.1 }.count
            guard persons >= 1, persons * 2 >= names.count - 1 || persons >= 2 else { continue }
            for (a, b) in names where personAt[a] != b && isNameShaped(a, b, text: text) {
                // An item is one whole name: a person found on its first characters only
                // (李贵|鲜 where 鲜 rarely names) is widened to the item.
                if let end = personAt[a], end < b, !(end..<b).contains(where: { occupied[$0] }) {
                    result.append(EntitySpan(start: a, end: b, kind: .person, priority: 4.7, cued: true))
                    continue
                }
                if (a..<b).contains(where: { occupied[$0] }) { continue }
                result.append(EntitySpan(start: a, end: b, kind: .person, priority: 3.6, cued: true))
            }
        }
        return result
    }

    /// A surname then one or two characters (two or three after a compound surname),
    /// none a function word, not a place of the gazetteer.
    static func isNameShaped(_ a: Int, _ b: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard let surname = lexicon.surnames.longest(s, at: a, limit: b) else { return false }
        let given = b - a - surname.length
        guard (1...2).contains(given) else { return false }
        for k in (a + surname.length)..<b where lexicon.functionCharacters.contains(s[k]) || lexicon.numerals.contains(s[k]) { return false }
        if lexicon.places.value(s, a, b) != nil || lexicon.notNames.value(s, a, b) != nil { return false }
        return !text.isSingleWord(a, b) || b - a == 3
    }
}
