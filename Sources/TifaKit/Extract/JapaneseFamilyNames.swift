/// The family name of a Japanese person the document has named in full (井口俊英 -> 井口,
/// 桥本龙太郎 -> 桥本): after the first mention, papers name a Japanese person by the family
/// name alone, which the document then confirms like a given name after a Chinese full
/// name (one sense per document). Not when the family name is a word of the general
/// vocabulary (金子) or a place's name.
enum JapaneseFamilyNames {
    static func alias(of span: EntitySpan, in text: AnalyzedText) -> String? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard span.kind == .person, let family = lexicon.japaneseSurnames.longest(s, at: span.start),
              family.length >= 2, span.length - family.length >= 2,
              (span.start..<span.end).allSatisfy({ text.isHan(at: $0) }),
              !PersonExtractor.isGeneralWord(span.start, span.start + family.length, in: text),
              lexicon.places.value(s, span.start, span.start + family.length) == nil else { return nil }
        return text.string(span.start, span.start + family.length)
    }
}
