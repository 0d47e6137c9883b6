/// Bylines that run two or three names together in one bracket at a story's end,
/// "（王甲甲李乙乙）" or "（王甲甲李乙摄影报道）": the bracket is cut into names, each a
/// frequent or compound surname and one or two name characters. Only a bracket that
/// cuts into names completely counts, so (试行) or (周一至周五) are left alone.
enum BracketedBylines {
    static let open: ScalarSet = [0xFF08, 0x28]    // （ (
    static let close: ScalarSet = [0xFF09, 0x29]   // ） )
    /// Credits that may close a byline: 摄影报道, 摄影, 报道, 摄.
    static let credits = PhraseTrie(["摄影报道 摄影 报道 摄"], reversed: true)

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let open = Self.open, close = Self.close, credits = Self.credits  // once, not per position
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard open.contains(s[i]) else { i += 1; continue }
            var j = i + 1
            while j < s.count && text.isHan(at: j) && j - i <= 12 { j += 1 }
            defer { i = j }
            guard j < s.count, close.contains(s[j]) else { continue }
            var end = j
            if let credit = credits.longest(s, at: j), j - credit.length > i + 1 { end = j - credit.length }
            guard (4...9).contains(end - i - 1), let names = split(i + 1, end, text: text) else { continue }
            for name in names {
                result.append(EntitySpan(start: name.0, end: name.1, kind: .person, priority: 4.7, cued: true, role: nil))
            }
        }
        result += creditedRuns(in: text)
        return result
    }

    /// Reporters' credits that a run of names may follow: 本报记者王甲甲李乙乙.
    static let reporterCredits = PhraseTrie(["记者 通讯员 摄影"], reversed: true)

    /// Two or three names run together right after a reporter's credit and up to the end of
    /// the Han run (本报记者王甲甲李乙乙１月５日电, 记者王甲甲李乙乙报道): cut like a bracket.
    static func creditedRuns(in text: AnalyzedText) -> [EntitySpan] {
        let reporterCredits = Self.reporterCredits, credits = Self.credits  // once, not per position
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 2
        while i < s.count {
            guard text.isHan(at: i), reporterCredits.longest(s, at: i) != nil else { i += 1; continue }
            var j = i
            while j < s.count && text.isHan(at: j) && j - i <= 12 { j += 1 }
            defer { i = j }
            guard j - i <= 12 else { continue }
            var end = j
            if let credit = credits.longest(s, at: j), j - credit.length > i { end = j - credit.length }
            guard (4...9).contains(end - i), let names = split(i, end, text: text) else { continue }
            for name in names {
                result.append(EntitySpan(start: name.0, end: name.1, kind: .person, priority: 4.7, cued: true, role: nil))
            }
        }
        return result
    }

    /// The best cut of `a..<b` into two or three names, by how many of their given
    /// characters are name characters; a tie goes to the cut with longer names first.
    static func split(_ a: Int, _ b: Int, text: AnalyzedText) -> [(Int, Int)]? {
        // One whole name (欧阳文涛) is not cut.
        if nameLengths(at: a, limit: b, text: text).contains(where: { $0.0 == b - a }) { return nil }
        var best: (names: [(Int, Int)], score: Int)? = nil
        func walk(_ start: Int, _ names: [(Int, Int)], _ score: Int) {
            if start == b {
                if names.count >= 2, best == nil || score > best!.score { best = (names, score) }
                return
            }
            guard names.count < 3 else { return }
            for (length, nameScore) in nameLengths(at: start, limit: b, text: text) {
                walk(start + length, names + [(start, start + length)], score + nameScore)
            }
        }
        walk(a, [], 0)
        return best?.names
    }

    /// 。！？ and a closing quote: what ends the story a byline bracket closes.
    static let sentenceEnds: ScalarSet = [0x3002, 0xFF01, 0xFF1F, 0x201D]

    /// Name lengths possible at `start`, longest first, with the count of name characters.
    static func nameLengths(at start: Int, limit: Int, text: AnalyzedText) -> [(Int, Int)] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var result: [(Int, Int)] = []
        // A rarer surname (于, 石) may open the second or third name, and the first only
        // in a bracket that closes a story, right after the end of a sentence (。（满某某冯某某）),
        // with a two-character given name.
        let first = start == 0 || !text.isHan(at: start - 1) || reporterCredits.longest(s, at: start) != nil
        let closing = start >= 2 && open.contains(s[start - 1]) && sentenceEnds.contains(s[start - 2])
        for surname in lexicon.surnames.matchLengths(s, at: start)
        where surname.value != EntityLexicon.SurnameClass.other.rawValue || !first || closing {
            let penalty = surname.value == EntityLexicon.SurnameClass.other.rawValue ? 1 : 0
            // Opening the bracket, a rarer surname needs two given characters (于力 is "at force").
            let rareFirst = surname.value == EntityLexicon.SurnameClass.other.rawValue && first
            for given in rareFirst ? [2] : [2, 1] where start + surname.length + given <= limit {
                let range = (start + surname.length)..<(start + surname.length + given)
                if range.contains(where: { lexicon.givenNever.contains(s[$0]) || lexicon.numerals.contains(s[$0])
                    || lexicon.functionCharacters.contains(s[$0]) }) { continue }
                let named = range.filter { lexicon.givenFrequent.contains(s[$0]) }.count
                // A one-character given name may be a rarer character (肖荻); two need one name character.
                guard named >= 1 || given == 1 else { continue }
                if lexicon.places.value(s, start, range.upperBound) != nil { continue }
                result.append((surname.length + given, named - penalty))
            }
        }
        return result
    }
}
