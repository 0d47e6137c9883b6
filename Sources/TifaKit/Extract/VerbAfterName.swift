/// A two-character name followed by a one-character verb or adverb that opens the
/// predicate (技师吴某带徒传艺, 吴某就…, 王某要求): the surname model may read the
/// verb as the name's third character. When that character rarely ends a given name and
/// the predicate goes on after it, the name is the first two characters.
enum VerbAfterName {
    /// Verbs, modals and adverbs that open a predicate and rarely end a given name (not
    /// 会, 才, 都: 张学会, 冯骥才 end on them).
    static let predicateOpeners = EntityLexicon.scalarSet("带要将在把被就也还又便")

    /// `span` without its last character when that character opens the predicate.
    static func trimmed(_ span: EntitySpan, in text: AnalyzedText) -> EntitySpan {
        let s = text.scalars
        let lexicon = EntityLexicon.shared
        guard span.kind == .person, span.length == 3, text.isHan(at: span.end),
              predicateOpeners.contains(s[span.end - 1]),
              lexicon.surnames.value(s, span.start, span.start + 1) != nil,
              lexicon.surnames.value(s, span.start, span.start + 2) == nil,
              lexicon.givenFrequent.contains(s[span.start + 1]) else { return span }
        var shorter = span
        shorter.end -= 1
        return shorter
    }
}
