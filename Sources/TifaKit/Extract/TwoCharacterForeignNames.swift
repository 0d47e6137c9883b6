/// Two-character transliterated names (罗斯, 哈桑, 列希, 波特): the shortest foreign
/// names, which ICU often knows as words and the scored foreign reading therefore
/// rejects. A cue right next to the run still makes it a person: a post after it (哈桑国王),
/// a speech verb after it (罗斯说), a naming verb before it (名叫波特的), or a title before
/// it with a clean end (协调员罗斯的, 主席列希，). Not a place of the gazetteer, a known
/// organization or an everyday loanword; the name is then confirmed for the document.
enum TwoCharacterForeignNames {
    /// Verbs that introduce a name (这位名叫波特的教练).
    static let namingVerbs = PhraseTrie(["名叫 名为 叫做 取名"], reversed: true)
    /// Weight (input-method list) from which a pair is an everyday word (沙发, 咖啡).
    static let everydayWeight: Float = 300

    static func candidate(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let end = start + 2
        guard end <= s.count, lexicon.transliteration.contains(s[start]), lexicon.transliteration.contains(s[start + 1]),
              text.boundary[end] || !text.isHan(at: end) || gluesAFunctionWord(start: start, end: end, text: text) else { return nil }
        let title = lexicon.titlesBefore.longest(s, at: start)
        let named = namingVerbs.longest(s, at: start) != nil
        // Exactly two characters of a run: not a longer name's or a place's piece (卡纳|维拉).
        if start > 0, title == nil, !named, lexicon.transliteration.contains(s[start - 1])
            || PersonExtractor.middleDots.contains(s[start - 1]) || UncuedShortNames.joiners.contains(s[start - 1]) { return nil }
        if end < s.count, PersonExtractor.middleDots.contains(s[end]) || UncuedShortNames.joiners.contains(s[end]) { return nil }
        // A lone character before it (素|博塔) starts the name; book marks (《学人文库》) a work's.
        if start > 0, title == nil, !named, text.isHan(at: start - 1), text.tokenEnd[start - 1] == Int32(start),
           !lexicon.functionCharacters.contains(s[start - 1]) { return nil }
        if start > 0 && s[start - 1] == 0x300A || end < s.count && s[end] == 0x300B { return nil }  // 《 》
        // Two typical transliteration characters after a post (协调员罗斯): a name even when
        // the input-method list knows the pair well.
        let typicalAfterTitle = title != nil && UncuedForeignNames.typical.contains(s[start]) && UncuedForeignNames.typical.contains(s[start + 1])
        if lexicon.places.longest(s, at: start) != nil || lexicon.knownOrganizations.longest(s, at: start) != nil
            || lexicon.notNames.longest(s, at: start) != nil || PersonExtractor.isDoctrine(after: end, in: s)
            || PersonExtractor.isFrequentGeneralWord(start, end, in: text, minimumWeight: everydayWeight) && !typicalAfterTitle
            || PersonExtractor.isQuoted(start, end, in: s) { return nil }
        var role = title.map { text.string(start - $0.length, start) }
        // A word of the general vocabulary (特派, 恩德) needs a speech verb after it or a
        // title before it and punctuation or a function word after it.
        let word = PersonExtractor.isGeneralWord(start, end, in: text)
        var cued = false
        if let post = lexicon.titlesAfter.longest(s, at: end), text.boundary[end + post.length] || !text.isHan(at: end + post.length) {
            cued = !word || title != nil
            if role == nil { role = text.string(end, end + post.length) }
        } else if let cue = lexicon.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) {
            cued = true
        } else if title != nil || named {
            // A clean end: punctuation or a function word (外长萨努辞职 stays unread: two
            // characters before a verb are too often a word's).
            cued = !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end])
        }
        guard cued else { return nil }
        return EntitySpan(start: start, end: end, kind: .person, priority: 3.5, cued: true, role: role)
    }

    /// After a post, ICU may glue the name's last character to a function word (外长利|维和|财长,
    /// read 维和): the name still ends before that function word.
    static func gluesAFunctionWord(start: Int, end: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        return end < s.count && lexicon.functionCharacters.contains(s[end]) && text.tokenEnd[end - 1] == Int32(end + 1)
            && (end + 1 >= s.count || text.boundary[end + 1] || !text.isHan(at: end + 1))
            && lexicon.titlesBefore.longest(s, at: start) != nil
    }
}
