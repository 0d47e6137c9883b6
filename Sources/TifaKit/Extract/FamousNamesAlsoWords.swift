/// Famous names that are also everyday words (汪洋 "a vast sea", 莫言 "say not", 路遥 "a
/// long road", 马克 the currency): read from the famous list only with a cue, a title
/// before (副省长汪洋), a cue or post after (汪洋说) or a 、 beside it (老舍、莫言、);
/// otherwise the word. A cued mention still confirms the name for the rest of its document.
enum FamousNamesAlsoWords {
    static let words = PhraseTrie(["汪洋 莫言 路遥 马克"])

    /// Whether the famous name `start..<end` is one of those words with no cue beside it.
    static func uncuedWord(start: Int, end: Int, text: AnalyzedText) -> Bool {
        let s = text.scalars
        guard words.value(s, start, end) != nil else { return false }
        let lexicon = EntityLexicon.shared
        if lexicon.titlesBefore.longest(s, at: start) != nil { return false }
        if start > 0 && s[start - 1] == 0x3001 || end < s.count && s[end] == 0x3001 { return false }  // 、
        if let cue = lexicon.afterCues.longest(s, at: end) ?? lexicon.titlesAfter.longest(s, at: end),
           text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) { return false }
        return true
    }
}
