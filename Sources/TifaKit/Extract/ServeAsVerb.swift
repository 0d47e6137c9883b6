/// 任 as the verb "serve as" rather than the surname (安子文同志任书记, 大校任人民军总后勤局主任,
/// 在贫困县任科技副专员): after a word, with a post further on in the same clause, 任 takes
/// the post as its object. A name in 任 stays where punctuation or a function word comes
/// before it (，任建新说) or no post follows (记者任建新报道).
enum ServeAsVerb {
    /// How far after 任 the post may end (人民军总后勤局主任).
    static let reach = 16

    static func isVerb(_ span: EntitySpan, in text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard s[span.start] == 0x4EFB, text.isHan(at: span.start - 1),  // 任
              !lexicon.functionCharacters.contains(s[span.start - 1]) else { return false }
        var k = span.start + 1
        while k < min(s.count, span.start + 1 + reach), text.isHan(at: k) {
            if let post = lexicon.titlesAfter.longest(s, at: k), text.boundary[k + post.length] || !text.isHan(at: k + post.length) {
                return true
            }
            k += 1
        }
        return false
    }
}
