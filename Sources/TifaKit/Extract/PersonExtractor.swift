/// Finds people. Chinese names come from a surname model (single and compound surnames,
/// one- or two-character given names built from name characters) weighed with context:
/// a title or post before (县长王某) or after (王某主席), 同志/说/表示 after, a credit
/// (记者王某), a 、-list. Ordinary words that begin with a surname character (高度, 张力,
/// 方面) are rejected because ICU's dictionary knows them as words and no cue vouches for
/// them. Transliterated foreign names need a cue or a middle dot. Names confirmed once
/// are then found everywhere else in the same document.
public struct PersonExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?
    /// Score a candidate needs; cues add about 3, name characters about 1 each.
    public var threshold = 4.0

    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
    }

    public func extract(_ text: String) -> [Mention] {
        let analyzed = AnalyzedText(text, tokenizer: tokenizer)
        return EntityResolver.mentions(EntityResolver.resolve(candidates(in: analyzed)), kinds: [.person], in: analyzed)
    }

    static let listSeparators: Set<UInt32> = EntityLexicon.scalarSet("、，,；;和与及")
    static let middleDots: Set<UInt32> = [0x00B7, 0x2022, 0x30FB, 0x2027, 0xFF0E, 0x2E31]

    func candidates(in text: AnalyzedText) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        var spans: [EntitySpan] = []
        var i = 0
        while i < n {
            guard AnalyzedText.isHan(s[i]), text.boundary[i] else { i += 1; continue }
            var best: (span: EntitySpan, score: Double)? = nil
            for surname in lexicon.surnames.matchLengths(s, at: i) {
                for givenLength in 1...2 {
                    guard let scored = score(start: i, surnameLength: surname.length, surnameClass: surname.value,
                                             givenLength: givenLength, text: text) else { continue }
                    if best == nil || scored.score > best!.score { best = scored }
                }
            }
            if let foreign = foreignCandidate(at: i, text: text), best == nil || foreign.score > best!.score {
                best = foreign
            }
            if let best, best.score >= threshold {
                spans.append(best.span)
            }
            i += 1
        }
        return spans
    }

    /// The evidence for `start..<start+surnameLength+givenLength` being a Chinese name.
    func score(start: Int, surnameLength: Int, surnameClass: Int32, givenLength: Int, text: AnalyzedText) -> (span: EntitySpan, score: Double)? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let givenStart = start + surnameLength
        let end = givenStart + givenLength
        guard end <= s.count else { return nil }
        for k in givenStart..<end where !AnalyzedText.isHan(s[k]) || lexicon.givenNever.contains(s[k]) { return nil }
        guard text.boundary[end] || !text.isHan(at: end) || lexicon.afterCues.longest(s, at: end) != nil else { return nil }
        if lexicon.notNames.longest(s, at: start) != nil { return nil }
        var score: Double
        switch surnameClass {
        case EntityLexicon.SurnameClass.compound.rawValue: score = 2.5
        case EntityLexicon.SurnameClass.common.rawValue: score = 2.0
        default: score = 0.8
        }
        for k in givenStart..<end { score += lexicon.givenFrequent.contains(s[k]) ? 1.0 : 0.2 }
        let length = end - start
        if givenLength == 1 { score -= 0.8 }
        // ICU's dictionary keeps many unknown two-character names whole (肖璞), so a
        // single word is no evidence either way; a word glued to the surname is weak
        // evidence against a longer name (王国|华 vs 王|国华 cannot be told; 高|增长 can).
        var cued = false
        var role: String? = nil
        if let title = lexicon.titlesBefore.longest(s, at: start) {
            score += 3
            cued = true
            role = text.string(start - title.length, start)
        }
        if let cue = lexicon.afterCues.longest(s, at: end) {
            let cueEnd = end + cue.length
            if text.boundary[cueEnd] || !text.isHan(at: cueEnd) {
                score += 3
                cued = true
            }
        }
        if let title = lexicon.titlesAfter.longest(s, at: end) {
            let titleEnd = end + title.length
            if text.boundary[titleEnd] || !text.isHan(at: titleEnd) {
                score += 2.5
                cued = true
                if role == nil { role = text.string(end, titleEnd) }
            }
        }
        let before = start > 0 ? s[start - 1] : 0x0A
        let after = end < s.count ? s[end] : 0x0A
        if before == 0x3001 || after == 0x3001 { score += 1.0 }  // 、
        if !AnalyzedText.isHan(before) { score += 0.3 }
        if !AnalyzedText.isHan(after) { score += 0.3 }
        // A roster line "书 记：徐利水": a post, a colon, then names.
        if before == 0xFF1A || before == 0x3A { score += 1.0 }
        // A byline in brackets: （王某）, （王某 李某）.
        if (before == 0xFF08 || before == 0x28) && (after == 0xFF09 || after == 0x29 || after == 0x3001) {
            score += 3
            cued = true
        }
        // Without a cue, only a three-character name on a common single surname is believed ...
        if !cued && (length < 3 || surnameClass != EntityLexicon.SurnameClass.common.rawValue) { return nil }
        // ... whose given characters are both name characters (not 金钉子, 牛鼻子).
        if !cued && !(givenStart..<end).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) }) { return nil }
        if !cued { score += 0.8 }
        return (EntitySpan(start: start, end: end, kind: .person, priority: cued ? 4.5 : 3.4, cued: cued, role: role), score)
    }

    /// A transliterated foreign name at `start`: a run of transliteration characters
    /// (with middle dots) vouched for by a title before, a cue after, or a middle dot.
    func foreignCandidate(at start: Int, text: AnalyzedText) -> (span: EntitySpan, score: Double)? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard lexicon.transliteration.contains(s[start]) else { return nil }
        // A run starts where the previous character cannot continue it (格|鲁吉亚 is not one).
        if start > 0, lexicon.transliteration.contains(s[start - 1]) || Self.middleDots.contains(s[start - 1]),
           lexicon.titlesBefore.longest(s, at: start) == nil { return nil }
        var end = start
        var dotted = false
        while end < s.count && end - start < 16 {
            if lexicon.transliteration.contains(s[end]) {
                end += 1
            } else if Self.middleDots.contains(s[end]), end + 1 < s.count, lexicon.transliteration.contains(s[end + 1]), end > start {
                dotted = true
                end += 1
            } else {
                break
            }
        }
        // Try the longest aligned run first, then shorter ones.
        var e = end
        while e - start >= 2 {
            defer { e -= 1 }
            guard text.boundary[e] || !text.isHan(at: e), !Self.middleDots.contains(s[e - 1]) else { continue }
            if lexicon.places.value(s, start, e) != nil { return nil }
            var score = 1.0 + Double(e - start) * 0.4
            var cued = dotted
            var role: String? = nil
            if let title = lexicon.titlesBefore.longest(s, at: start) {
                score += 3
                cued = true
                role = text.string(start - title.length, start)
            }
            if let cue = lexicon.afterCues.longest(s, at: e), text.boundary[e + cue.length] || !text.isHan(at: e + cue.length) {
                score += 3
                cued = true
            }
            if let title = lexicon.titlesAfter.longest(s, at: e), text.boundary[e + title.length] || !text.isHan(at: e + title.length) {
                score += 2.5
                cued = true
                if role == nil { role = text.string(e, e + title.length) }
            }
            if dotted { score += 3 }
            guard cued, e - start >= 3 || dotted else { continue }
            if text.isSingleWord(start, e) && !dotted { score -= 1.5 }
            return (EntitySpan(start: start, end: e, kind: .person, priority: 3.5, cued: true, role: role), score)
        }
        return nil
    }
}
