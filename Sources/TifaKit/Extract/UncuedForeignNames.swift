/// Transliterated foreign names no cue vouches for (哈罗维兹和妻子, 帕卡琳娜越跳越好): a run
/// of three to six transliteration characters with at least two typical ones
/// (`TransliterationCharacters`: 斯, 尔, 维, 娃 ...), on word boundaries, that is no word of
/// the general vocabulary, holds no known place or organization (巴基斯坦, 塔利班), does not
/// follow a place cue (在, 抵达: a place) and is not followed by a place's or group's head
/// (国, 州, 岛, 党, 队, 人 ...). The weakest person reading: any place, organization or cued
/// name wins over it, and it confirms nothing elsewhere in the document.
enum UncuedForeignNames {
    /// Below the contextual foreign places (2.5), so 在阿克莫拉举行 stays a place.
    static let priority = 2.4

    static let typical = ScalarSet(EntityLexicon.scalarSet(TransliterationCharacters.typical))
    /// What follows a place's, a people's or a group's name rather than a person's.
    static let heads = EntityLexicon.scalarSet("国州城岛山河湖港湾省市县党队派族人语文教海江峰宫堡村镇区路街大公集银共王联籍式牌号型邦洲半角盆原堂寺院馆社团厂府地平高丛峡谷帝")

    static func candidate(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        guard lexicon.transliteration.contains(s[start]), text.boundary[start] else { return nil }
        if start > 0 {
            let before = s[start - 1]
            if lexicon.transliteration.contains(before) || UncuedShortNames.joiners.contains(before)
                || PersonExtractor.isNumberLike(before) { return nil }
        }
        // After a place cue (在, 抵达, 来自) a run is a place's.
        for k in max(0, start - 2)..<start where PlaceExtractor.placeCues.longest(s, at: k)?.length == start - k { return nil }
        var end = start
        while end < n, end - start < 6, lexicon.transliteration.contains(s[end]) { end += 1 }
        // The whole run only: a shorter piece of it is most often a longer name's or a
        // place's start (卡纳维拉|尔角).
        let e = end
        guard e - start >= 3, text.boundary[e] || !text.isHan(at: e),
              (start..<e).filter({ typical.contains(s[$0]) }).count >= 2 else { return nil }
        // A faction or a people named from its leader or its land (纳瓦兹|派): no person.
        if PrepositionsBeforeNames.groupHeads.contains(s[e - 1]) { return nil }
        if e < n, heads.contains(s[e]) || UncuedShortNames.joiners.contains(s[e]) || PersonExtractor.middleDots.contains(s[e]) { return nil }
        if PersonExtractor.isGeneralWord(start, e, in: text) || PersonExtractor.isDoctrine(after: e, in: s)
            || PersonExtractor.isQuoted(start, e, in: s) { return nil }
        // A known place, organization or ordinary word inside the run (巴基斯坦, 塔利班).
        for k in start..<e {
            for trie in [lexicon.places, lexicon.knownOrganizations, lexicon.notNames] {
                if let match = trie.longest(s, at: k), match.length >= 2, k + match.length <= e { return nil }
            }
        }
        return EntitySpan(start: start, end: e, kind: .person, priority: priority, cued: false)
    }
}
