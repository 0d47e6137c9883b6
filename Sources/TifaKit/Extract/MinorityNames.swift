/// Tibetan, Mongolian and Uyghur names with no surname (泽仁桑珠说, 记者索朗罗布摄, 书记巴音朝鲁):
/// two or three parts of such names (`MinorityNameLexicon`) run together, on word
/// boundaries (or right after a post or credit ICU glued to them), not a known place
/// (乌兰察布). Each part alone is too often a word or a place (尼玛 county), so one part
/// is not enough; two are a name, cued, which the document then finds everywhere.
enum MinorityNames {
    static let parts = PhraseTrie([MinorityNameLexicon.tibetan, MinorityNameLexicon.mongolian, MinorityNameLexicon.uyghur])
    /// Above a gazetteer place read inside the name (尼玛|慈仁) and the two-name reading of
    /// a credit run (索朗|罗布), below suffixed places and organizations.
    static let priority = 4.86

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let parts = Self.parts  // once, not a lazy global's check per position
        let s = text.scalars
        var result: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard text.isHan(at: i), parts.longest(s, at: i) != nil,
                  !text.isHan(at: i - 1) || text.boundary[i] || lexicon.titlesBefore.longest(s, at: i) != nil
                    || lexicon.functionCharacters.contains(s[i - 1]) else { i += 1; continue }
            var end = i
            var count = 0
            while count < 3, let part = parts.longest(s, at: end) {
                end += part.length
                count += 1
            }
            guard count >= 2 || (count == 1 && end - i >= 4), endsCleanly(end, text: text),
                  (lexicon.places.longest(s, at: i)?.length ?? 0) < end - i,
                  // One part of a dotted name (阿沛·阿旺晋美): DottedNames reads it whole.
                  i == 0 || !PersonExtractor.middleDots.contains(s[i - 1]),
                  end >= s.count || !PersonExtractor.middleDots.contains(s[end]) else { i += 1; continue }
            var role: String? = nil
            if let title = lexicon.titlesBefore.longest(s, at: i) { role = text.string(i - title.length, i) }
            result.append(EntitySpan(start: i, end: end, kind: .person, priority: priority, cued: true, role: role))
            i = end
        }
        return result
    }

    /// The name ends at punctuation, a word boundary ICU sees, a function word, a cue or a post.
    static func endsCleanly(_ end: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard text.isHan(at: end) else { return true }
        if MinorityNames.parts.longest(s, at: end) != nil { return false }
        return text.boundary[end] || lexicon.functionCharacters.contains(s[end])
            || lexicon.afterCues.longest(s, at: end) != nil || lexicon.titlesAfter.longest(s, at: end) != nil
    }
}
