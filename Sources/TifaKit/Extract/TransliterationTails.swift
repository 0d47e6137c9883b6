/// A transliterated name read short (艾赛义|德当选, 巴嘎|班迪): the Chinese reading of its
/// start, a surname and two given characters, stops before the rest of the foreign name,
/// which ICU left as lone characters or glued into a word with the reading's last one.
/// When the reading is made of transliteration characters (all but one at most), the tail that continues it
/// (lone transliteration characters, or the rest of the ICU word the reading ends inside)
/// is added: the longer candidate, a hair above the reading, wins the overlap.
enum TransliterationTails {
    /// Longest foreign name a tail may make.
    static let maxLength = 8

    static func extended(_ spans: [EntitySpan], in text: AnalyzedText) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        var result: [EntitySpan] = []
        for span in spans where span.kind == .person && span.length >= 3 && span.end < s.count {
            // A name every reader knows (内塔尼亚胡) is whole already: 拉 in 内塔尼亚胡|拉下台 is a verb's.
            if lexicon.famousPersons.longest(s, at: span.start)?.length == span.length { continue }
            guard (span.start..<span.end).filter({ lexicon.transliteration.contains(s[$0]) }).count >= span.length - 1 else { continue }
            var end = span.end
            // The rest of the ICU word the reading ends inside (巴嘎班|迪).
            if !text.boundary[end] {
                var tokenStart = end - 1
                while tokenStart > span.start && !text.boundary[tokenStart] { tokenStart -= 1 }
                let tokenEnd = Int(text.tokenEnd[tokenStart])
                guard tokenEnd > end else { continue }
                end = tokenEnd
            }
            // Then lone characters (艾赛义|德), not a verb's before its particle (李甲达|拉|着).
            let wordEnd = end
            while end < s.count, text.isHan(at: end), text.tokenEnd[end] == Int32(end + 1), !lexicon.functionCharacters.contains(s[end]) {
                end += 1
            }
            if end > wordEnd, end < s.count, lexicon.functionCharacters.contains(s[end]) { end = wordEnd }
            guard end > span.end, end - span.start <= maxLength,
                  (span.end..<end).allSatisfy({ lexicon.transliteration.contains(s[$0]) }),
                  text.boundary[end] || !text.isHan(at: end),
                  // A faction or a people (谢里夫|派, 普什图|族): the tail's last character is a group's head.
                  !PrepositionsBeforeNames.groupHeads.contains(s[end - 1]),
                  lexicon.places.longest(s, at: span.start).map({ $0.length < end - span.start }) ?? true else { continue }
            var longer = span
            longer.end = end
            longer.priority += 0.01
            result.append(longer)
        }
        return result
    }
}
