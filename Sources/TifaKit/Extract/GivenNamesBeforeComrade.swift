/// The given name alone before 同志 (小平同志, 建国同志) once the document has named the
/// person in full (邓小平, 王建国) with a cue: how the press names a leader it respects.
/// Kept apart from the document's other given-name aliases because those refuse a given
/// name that is also a word (小平 "small and flat"); before 同志, and only for a full name
/// of the same document, the word reading does not stand.
enum GivenNamesBeforeComrade {
    /// The two-character given name of a cued three-character Chinese name, or nil.
    static func alias(of span: EntitySpan, in text: AnalyzedText) -> String? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard span.kind == .person, span.cued, span.length == 3, lexicon.surnames.longest(s, at: span.start)?.length == 1,
              (span.start + 1..<span.end).allSatisfy({ text.isHan(at: $0) && !lexicon.givenNever.contains(s[$0])
                  && !lexicon.numerals.contains(s[$0]) && !lexicon.functionCharacters.contains(s[$0]) }) else { return nil }
        return text.string(span.start + 1, span.end)
    }

    /// Occurrences of `aliases` right before 同志, not inside the full name (邓|小平同志)
    /// nor after another Han character that joins them into a word.
    static func find(in text: AnalyzedText, aliases: Set<String>) -> [EntitySpan] {
        guard !aliases.isEmpty else { return [] }
        let s = text.scalars
        var spans: [EntitySpan] = []
        var k = 2
        while k + 1 < s.count {
            defer { k += 1 }
            guard s[k] == 0x540C, s[k + 1] == 0x5FD7 else { continue }  // 同志
            let start = k - 2
            guard text.isHan(at: start), text.isHan(at: start + 1), aliases.contains(text.string(start, k)) else { continue }
            // 邓小平同志 is the full name's: before the alias only punctuation, a function word
            // or a preposition (对小平同志, 向小平同志), or a word of two or three characters
            // ending there (缅怀|小平同志); never a lone character such as the surname.
            if text.isHan(at: start - 1) {
                let p = s[start - 1]
                let word = text.boundary[start] && (start >= 2 && text.tokenEnd[start - 2] == Int32(start) || start >= 3 && text.tokenEnd[start - 3] == Int32(start))
                guard EntityLexicon.shared.functionCharacters.contains(p) || UncuedShortNames.personTakers.contains(p) || word else { continue }
                if EntityLexicon.shared.surnames.value(s, start - 1, start) != nil && !word { continue }
            }
            spans.append(EntitySpan(start: start, end: k, kind: .person, priority: 4.5, cued: true))
        }
        return spans
    }
}
