/// Names written one after another with nothing between them, and then the text going on
/// with nothing between either: a reporters' credit (本报记者王甲甲李乙去年…), the authors
/// under a headline that PDF extraction glued to it (…纪实赖甲甲周乙乙山西省…). Cuts such a
/// run into names, each a surname and one or two given characters, so that the text after
/// the last one starts cleanly (punctuation, a word, a function word, a cue, a numeral).
enum NameRunSplitter {
    /// How strict a run's names must be.
    struct Rules {
        /// Fewest and most names in the run.
        var names: ClosedRange<Int>
        /// Whether a rarer surname (于, 江, 向) may open the run, not only continue it.
        var rareFirst: Bool
        /// Whether a one-character given name may be any character that is no function
        /// word (廖玒, 肖荻), not only a name character.
        var rareGiven: Bool
        /// Whether a name that the general vocabulary knows as a word (张力, 高度) or whose
        /// surname and first given character make one (周边) may still be read.
        var wordsAllowed: Bool
    }

    /// The best cut of the text from `start` into names, or nil when none ends cleanly;
    /// with `exactEnd`, the names must fill `start..<exactEnd` (a byline in brackets).
    /// A cut scores by its names' characters (name characters up, rarer surnames down);
    /// a tie goes to the cut with fewer, longer names.
    static func cut(from start: Int, text: AnalyzedText, rules: Rules, exactEnd: Int? = nil) -> [(start: Int, end: Int)]? {
        var best: (names: [(start: Int, end: Int)], score: Double)? = nil
        func walk(_ position: Int, _ names: [(start: Int, end: Int)], _ score: Double) {
            if let exactEnd, position > exactEnd { return }
            if names.count >= rules.names.lowerBound, exactEnd == nil || position == exactEnd,
               let bonus = exactEnd == nil ? cleanStart(position, text: text) : 0 {
                let total = score + bonus
                if best == nil || total > best!.score + 1e-9 || (abs(total - best!.score) < 1e-9 && names.count < best!.names.count) {
                    best = (names, total)
                }
            }
            guard names.count < rules.names.upperBound else { return }
            for reading in readings(at: position, first: names.isEmpty, text: text, rules: rules) {
                walk(reading.end, names + [(position, reading.end)], score + reading.score)
            }
        }
        walk(start, [], 0)
        return best?.names
    }

    /// The ways one name may be read at `start`: its end and its score.
    static func readings(at start: Int, first: Bool, text: AnalyzedText, rules: Rules) -> [(end: Int, score: Double)] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var result: [(end: Int, score: Double)] = []
        guard text.isHan(at: start) else { return result }
        for surname in lexicon.surnames.matchLengths(s, at: start) {
            let rare = surname.value == EntityLexicon.SurnameClass.other.rawValue
            if rare && first && !rules.rareFirst { continue }
            let givenStart = start + surname.length
            for given in [2, 1] {
                let end = givenStart + given
                guard end <= s.count, (givenStart..<end).allSatisfy({ text.isHan(at: $0) && s[$0] < 0x10000 }) else { continue }
                let weights = (givenStart..<end).map { Double(lexicon.givenWeights[Int(s[$0])]) / 10 }
                // Never a function word, a numeral or a character names never hold.
                if weights.contains(where: { $0 <= -3 }) || (givenStart..<end).contains(where: { lexicon.numerals.contains(s[$0]) }) { continue }
                // Two given characters need one name character; one needs to be one,
                // unless the rules allow a rarer one.
                if given == 2 && !weights.contains(where: { $0 >= 0.5 }) { continue }
                if given == 1 && weights[0] < (rules.rareGiven ? 0 : 1) { continue }
                if lexicon.places.value(s, start, end) != nil || lexicon.notNames.value(s, start, end) != nil { continue }
                // A cue or a credit never starts inside the given name (贾甲|全报道 is no name).
                if (givenStart..<end).contains(where: { lexicon.afterCues.longest(s, at: $0) != nil || creditWords.longest(s, at: $0) != nil }) { continue }
                if !rules.wordsAllowed {
                    if PersonExtractor.isGeneralWord(start, end, in: text) || text.isSingleWord(start, end)
                        || PersonExtractor.isGeneralWord(start, givenStart + 1, in: text) { continue }
                    if given == 2 && weights.contains(where: { $0 < 0.5 }) { continue }
                }
                // A character of no known use in names counts a little against a longer reading
                // (刘甲俄|罗斯 is 刘甲 before 俄罗斯).
                var score = weights.reduce(0, +) - (rare ? 0.7 : 0) - (given == 2 ? 0.2 * Double(weights.filter { $0 == 0 }.count) : 0)
                if given == 1 { score -= 0.5 }
                result.append((end, score))
            }
        }
        return result
    }

    /// Credits that may follow a name run (王甲通讯员李乙).
    static let creditWords = PhraseTrie(["记者 通讯员 摄影 本报 编者"])

    /// Whether the text after a run of names may start at `position`, and how much that
    /// says for the cut: nil when it may not (a lone character that names, as in 王政去|年).
    static func cleanStart(_ position: Int, text: AnalyzedText) -> Double? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard text.isHan(at: position) else { return 0.5 }
        let agreed = text.boundary[position] ? 0.5 : 0
        if lexicon.afterCues.longest(s, at: position) != nil || creditWords.longest(s, at: position) != nil { return 1.0 + agreed }
        if lexicon.functionCharacters.contains(s[position]) || lexicon.numerals.contains(s[position]) { return 0.2 + agreed }
        if lexicon.knownOrganizations.longest(s, at: position) != nil || lexicon.places.longest(s, at: position) != nil { return 0.3 + agreed }
        if text.boundary[position] && text.tokenEnd[position] >= Int32(position + 2) { return 0.3 + agreed }
        if PersonExtractor.isGeneralWord(position, position + 2, in: text) { return 0.1 + agreed }
        return nil
    }
}
