/// Finds slogans and formulations (提法) in two passes over a text: `discover` learns which
/// formulations it uses (known national ones, congresses and plenums by their shape,
/// phrases set in quotation marks, numbered phrases by their shape), then `find` counts
/// every occurrence of them, quoted or not, longest match first.
///
/// It owns an ICU word breaker (to tell a scare-quoted ordinary word from a catchword and
/// to find where a numbered phrase ends), so use one extractor per thread.
public struct SloganExtractor: MentionExtractor {
    public var lexicon: SloganLexicon
    private let breaker: WordBreaker

    public init(lexicon: SloganLexicon = .builtIn) throws {
        self.lexicon = lexicon
        self.breaker = try WordBreaker()
    }

    // MARK: - Pass 1: discovery

    /// The formulations `texts` (the paragraphs of one issue) use.
    public func discover(_ texts: [String]) -> SloganInventory {
        discover(scalarTexts: texts.map { Array($0.unicodeScalars) })
    }

    /// `discover` over texts already split into scalars.
    func discover(scalarTexts texts: [[Unicode.Scalar]]) -> SloganInventory {
        var inventory = SloganInventory(lexicon: lexicon)
        var single: [Candidate] = []
        var groups: [[Candidate]] = []
        for s in texts {
            for match in MeetingPattern.matches(in: s) {
                single.append(Candidate(surface: Self.string(s[match.start..<match.end]), normalized: match.normalized, category: .meeting))
            }
            for span in QuoteScanner.spans(in: s) {
                let found = quotedCandidates(s, span)
                if found.count == 1 { single += found } else if found.count > 1 { groups.append(found) }
            }
            single += alternatingPhrases(s)
        }
        // An ordinary word or phrase quoted once is emphasis (“短板”, “人才培养”); quoted
        // again and again it is the text's catchword. A coinage (店小二, 拆治归) is a
        // catchword from its first quote.
        var quotedTimes: [TextKey: Int] = [:]
        for candidate in single + groups.joined() where candidate.category == .quoted {
            quotedTimes[TextKey(candidate.normalized), default: 0] += 1
        }
        func keep(_ candidate: Candidate) -> Bool {
            guard candidate.category == .quoted, quotedTimes[TextKey(candidate.normalized), default: 0] < 2 else { return true }
            return candidate.normalized.unicodeScalars.count > 2 && !isOrdinaryPhrase(candidate.normalized)
        }
        for candidate in single where keep(candidate) {
            inventory.add(candidate.surface, as: candidate.normalized, candidate.category)
        }
        // 五不能、六不宜 is the known 五不能六不宜; 双下沉、两提升 are two slogans.
        for group in groups {
            let joined = group.map(\.surface).joined()
            if inventory.contains(joined) { continue }
            for candidate in group where keep(candidate) {
                inventory.add(candidate.surface, as: candidate.normalized, candidate.category)
            }
        }
        return inventory
    }

    struct Candidate {
        var surface: String
        var normalized: String
        var category: SloganCategory
    }

    /// What one quoted span contributes: nothing (speech, a name, an emphasized word),
    /// one slogan, or the parts of a 、-joined compound.
    func quotedCandidates(_ s: [Unicode.Scalar], _ span: QuoteScanner.Span) -> [Candidate] {
        let content = s[span.start..<span.end].filter { !SloganNormalizer.isQuoteMark($0) && !CharacterClass.isSpace($0) }
        if content.isEmpty || QuotedSloganFilter.isSentence(content) { return [] }
        // Slices, not copies: a paragraph with many quotes would otherwise copy itself per quote.
        let before = s[..<max(0, span.start - 1)]
        let after = span.end + 1 <= s.count ? Array(s[min(s.count, span.end + 1)...].prefix(8)) : []
        var parts = content.split(separator: "、").map(Array.init)
        if parts.count == 1 {
            var part = parts[0]
            // “四个”意识: a bare count in quotes continues with the word after the quote.
            if part.count >= 2, part.last == "个", part.dropLast().allSatisfy(ChineseNumerals.isNumeral),
               part.first != "一", let word = firstWord(after) {
                part += word
            }
            // 四个“最”: a count right before the quote belongs to the phrase (一个“严”字 is
            // just one character).
            if let count = trailingCount(before), count.first != "一", !ChineseNumerals.isNumeral(part[0]) {
                part = count + part
            }
            parts = [part]
        }
        let speech = QuotedSloganFilter.followsSpeechCue(Array(before.suffix(3)))
        // 高、精、尖 or 上、下、管: an enumeration of words, not of slogans.
        if parts.count > 1 && parts.allSatisfy({ $0.count <= 2 }) { return [] }
        return parts.compactMap { part in
            guard let category = classify(part, speech: speech) else { return nil }
            let text = Self.string(part[...])
            let normalized = category == .meeting
                ? (MeetingPattern.match(at: 0, in: part)?.normalized ?? text) : text
            return Candidate(surface: text, normalized: normalized, category: category)
        }
    }

    /// The category of one quoted phrase, or nil when it is not a slogan.
    func classify(_ part: [Unicode.Scalar], speech: Bool) -> SloganCategory? {
        guard part.count >= 2 else { return nil }
        if let meeting = MeetingPattern.match(at: 0, in: part), meeting.end == part.count { return .meeting }
        if NumberedShape.isAlternating(part) { return .numbered }
        if NumberedShape.isNumberedPhrase(part) {
            // 一针见血 is an idiom that happens to start with a numeral.
            return part.count >= 4 && isSingleWord(Self.string(part[...])) ? nil : .numbered
        }
        // A count that is not a formulation (两年, 一次性奖励) is not a catchword either.
        if NumberedShape.isQuantity(part) { return nil }
        if speech { return nil }
        return QuotedSloganFilter.accepts(part, isSingleWord: isSingleWord) ? .quoted : nil
    }

    /// Numbered phrases of the alternating shape (三会一课, 两学一做) outside quotes.
    func alternatingPhrases(_ s: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index + 4 <= s.count {
            defer { index += 1 }
            guard ChineseNumerals.isNumeral(s[index]),
                  index == 0 || !ChineseNumerals.isDigit(s[index - 1]),
                  ChineseNumerals.isNumeral(s[index + 2]) || (index + 3 < s.count && ChineseNumerals.isNumeral(s[index + 3]))
            else { continue }
            let window = Array(s[index..<min(s.count, index + 14)])
            // Only a prefix of the alternating shape can become a phrase below: a window
            // without one (most numerals: 一个, 三年) needs no ICU pass.
            guard (4...min(window.count, 10)).contains(where: { NumberedShape.isAlternating(window[0..<$0]) })
            else { continue }
            let ends = wordEnds(window[...])
            for end in stride(from: min(window.count, 10), through: 4, by: -1) where ends.contains(end) {
                let phrase = Array(window[0..<end])
                guard NumberedShape.isAlternating(phrase) else { continue }
                // The last group takes a second character only when the two make one word
                // (三送二听一沟通), not when the phrase runs on (四查四看要求).
                let lastGroup = phrase.reversed().prefix { !ChineseNumerals.isNumeral($0) }.count
                if lastGroup > 1 && ends.contains(end - 1) { continue }
                // An idiom (四面八方, 一心一意) is one dictionary word.
                if let firstEnd = ends.first, firstEnd >= 4 { break }
                let text = Self.string(phrase[...])
                found.append(Candidate(surface: text, normalized: text, category: .numbered))
                index += end - 1
                break
            }
        }
        return found
    }

    // MARK: - Pass 2: counting

    /// Every occurrence in `text` of a formulation in `inventory`, longest match first,
    /// with offsets in Unicode scalars of `text`.
    public func find(in text: String, inventory: SloganInventory, trie: SloganTrie? = nil) -> [Mention] {
        find(in: Array(text.unicodeScalars), inventory: inventory, trie: trie ?? SloganTrie(inventory))
    }

    /// `find` over a text already split into scalars.
    func find(in scalars: [Unicode.Scalar], inventory: SloganInventory, trie: SloganTrie) -> [Mention] {
        let view = TransparentText(scalars: scalars)
        let (s, search, origin) = (view.scalars, view.search, view.origin)
        var mentions: [Mention] = []
        var index = 0
        while index < search.count {
            guard trie.mayStart(search[index]), let match = trie.longestMatch(in: search, from: index),
                  match.entry.category == .quoted || index == 0 || !ChineseNumerals.isDigit(search[index - 1])
            else {
                index += 1
                continue
            }
            let first = origin[index]
            let last = origin[match.end - 1]
            let quoted = s[max(0, first - 1)...min(s.count - 1, last + 1)].contains { SloganNormalizer.isQuoteMark($0) }
            mentions.append(Mention(kind: .slogan, category: match.entry.category.rawValue, start: first, end: last + 1,
                                    text: view.text(first..<(last + 1)), normalized: match.entry.normalized, quoted: quoted))
            index = match.end
        }
        return mentions
    }

    /// One line on its own: discovery and counting over the same text.
    public func extract(_ text: String) -> [Mention] {
        find(in: text, inventory: discover([text]))
    }

    // MARK: - Word boundaries

    /// Scalar offsets (within `scalars`) where ICU ends a word.
    func wordEnds(_ scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        var units: [UInt16] = []
        var scalarAtUnit: [Int] = [0]  // scalar offset of each UTF-16 boundary
        for (offset, scalar) in scalars.enumerated() {
            units.append(contentsOf: scalar.utf16)
            while scalarAtUnit.count < units.count { scalarAtUnit.append(offset) }
            scalarAtUnit.append(offset + 1)
        }
        guard let segments = try? breaker.segments(units) else { return [scalars.count] }
        return segments.map { scalarAtUnit[$0.end] }
    }

    /// A short phrase made only of dictionary words of two or more characters (人才/培养,
    /// 民主/评议): ordinary language rather than a coinage.
    func isOrdinaryPhrase(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= 4, scalars.allSatisfy(NumberedShape.isHan) else { return false }
        var start = 0
        for end in wordEnds(scalars[...]) {
            if end - start < 2 { return false }
            start = end
        }
        return true
    }

    func isSingleWord(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return wordEnds(scalars[...]) == [scalars.count]
    }

    /// The first ICU word of `after` when it is made of Han characters (at most three).
    func firstWord(_ after: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let head = Array(after.prefix(8).prefix(while: NumberedShape.isHan))
        guard !head.isEmpty, let end = wordEnds(head[...]).first, end <= 3 else { return nil }
        return Array(head[0..<end])
    }

    /// A count (numerals and 个) ending `before`: 四个 in 四个“最”.
    func trailingCount(_ before: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        let origin = before.startIndex
        var index = before.endIndex
        guard index > origin, before[index - 1] == "个" else { return nil }
        index -= 1
        var start = index
        while start > origin, ChineseNumerals.isNumeral(before[start - 1]) { start -= 1 }
        guard start < index else { return nil }
        if start > origin, before[start - 1] == "第" { return nil }
        return Array(before[start...])
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: scalars)
    }
}
