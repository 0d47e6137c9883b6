/// Foreign names written with a middle dot (米歇尔·德梅西纳, 穆罕默德·拉斐克·塔拉尔): the dot
/// itself says "a name", so its parts need not be made of the usual transliteration
/// characters (舍里·旺派集). Each part runs from the dot to where the text turns back into
/// ordinary words: punctuation, a function word, a post before the name (局长|阿尤甫), or
/// a dictionary word ICU knows that is not transliteration (名叫, 昨天, 率领).
enum DottedNames {
    static let maxPart = 8
    /// The dot also joins names of places, parks and brands (海创园·柯城, 西湖·龙井): a
    /// character that names a kind of place or body means it is not a person.
    static let placeCharacters = ScalarSet(EntityLexicon.scalarSet(
        "园城区县市镇村乡省州湖江河路街院校馆厅局部委会社坊寺庙宫殿楼阁亭桥港湾岛峰岭谷泉井坝湖厂店园")
        .subtracting(EntityLexicon.shared.transliteration))

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let middleDots = PersonExtractor.middleDots, numerals = EntityLexicon.shared.numerals  // once, not per position
        let s = text.scalars
        var result: [EntitySpan] = []
        var d = 1
        while d < s.count - 1 {
            guard middleDots.contains(s[d]), text.isHan(at: d - 1), text.isHan(at: d + 1),
                  // A date or a number (一二·九, 一九九六．四．五) is dotted too.
                  !numerals.contains(s[d - 1]), !numerals.contains(s[d + 1]) else { d += 1; continue }
            let start = leftStart(before: d, text: text)
            var end = rightEnd(after: d, text: text)
            // Further parts: 艾哈迈德·本·穆罕默德·萨利姆.
            while end < s.count - 1, end > d + 1, PersonExtractor.middleDots.contains(s[end]), text.isHan(at: end + 1) {
                let next = rightEnd(after: end, text: text)
                guard next > end + 1 else { break }
                end = next
            }
            guard start < d, end > d + 1, !(start..<end).contains(where: { placeCharacters.contains(s[$0]) }) else { d += 1; continue }
            var role: String? = nil
            if let title = EntityLexicon.shared.titlesBefore.longest(s, at: start) { role = text.string(start - title.length, start) }
            result.append(EntitySpan(start: start, end: end, kind: .person, priority: 4.75, cued: true, role: role))
            d = end
        }
        return result
    }

    /// Whether the text turns back into ordinary words at `k`: a function word, or a
    /// dictionary word of two or more characters that is not all transliteration.
    static func isOrdinary(at k: Int, tokenStart: Int, tokenEnd: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        if lexicon.functionCharacters.contains(text.scalars[k]) { return true }
        guard tokenEnd - tokenStart >= 2 else { return false }
        return (tokenStart..<tokenEnd).contains { !lexicon.transliteration.contains(text.scalars[$0]) }
    }

    /// A character that no transliteration uses and no name contains (的, 家, 人, 以, 曾).
    static func isNever(_ c: UInt32) -> Bool { stops.contains(c) }

    static let stops: ScalarSet = {
        let lexicon = EntityLexicon.shared
        return ScalarSet(lexicon.functionCharacters.union(EntityLexicon.scalarSet(GivenNameLexicon.never)).subtracting(lexicon.transliteration))
    }()

    static func leftStart(before dot: Int, text: AnalyzedText) -> Int {
        let s = text.scalars
        var start = dot
        var wordStop: Int? = nil
        while start > 0 && dot - start < maxPart {
            let k = start - 1
            guard text.isHan(at: k), !PersonExtractor.middleDots.contains(s[k]), !isNever(s[k]),
                  !PrepositionsBeforeNames.characters.contains(s[k]) else { break }
            // A post or credit ends right here (大法官|穆罕默德): the name starts after it.
            if EntityLexicon.shared.titlesBefore.longest(s, at: start) != nil && start < dot { return start }
            if wordStop == nil {
                var tokenStart = k
                while tokenStart > 0 && !text.boundary[tokenStart] { tokenStart -= 1 }
                let tokenEnd = text.tokenEnd[tokenStart] > 0 ? Int(text.tokenEnd[tokenStart]) : k + 1
                // The word that touches the dot is the name's part whatever it is (詹姆士·邦德).
                if tokenEnd != dot && isOrdinary(at: k, tokenStart: tokenStart, tokenEnd: tokenEnd, text: text) { wordStop = start }
            }
            start = k
        }
        // Without a post before it, the name starts after the nearest ordinary word.
        return wordStop ?? start
    }

    static func rightEnd(after dot: Int, text: AnalyzedText) -> Int {
        let s = text.scalars
        var end = dot + 1
        while end < s.count && end - dot - 1 < maxPart {
            guard text.isHan(at: end) else { break }
            if end > dot + 1 {
                // A character no name holds ends the part, unless ICU reads it as one word
                // with the part's last character (·甘|地 is ·甘地).
                if isNever(s[end]) && text.boundary[end] { break }
                if let cue = EntityLexicon.shared.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) { break }
                if EntityLexicon.shared.titlesAfter.longest(s, at: end) != nil && text.boundary[end] { break }
            }
            var tokenStart = end
            while tokenStart > 0 && !text.boundary[tokenStart] { tokenStart -= 1 }
            let tokenEnd = text.tokenEnd[tokenStart] > 0 ? Int(text.tokenEnd[tokenStart]) : end + 1
            if isOrdinary(at: end, tokenStart: tokenStart, tokenEnd: tokenEnd, text: text) && end > dot + 1 && tokenStart != dot + 1 { break }
            end += 1
        }
        return end
    }
}
