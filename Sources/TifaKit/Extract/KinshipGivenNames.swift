/// A given name alone after a kinship word (妹妹玉荣, 女儿春花, 老伴秀英) is a person when the
/// document also makes it the subject of a clause elsewhere (，玉荣现任…): family members
/// are named without a surname, and the repeat as a subject is what tells the name from a
/// word that happens to follow 女儿 or 妹妹. Both the kinship mention and the clause-start
/// ones are returned.
enum KinshipGivenNames {
    static let kinship = PhraseTrie(["妹妹 女儿 儿子 老伴 丈夫 妻子 哥哥 姐姐 弟弟 孙子 孙女 爱人 外孙 侄子 侄女"], reversed: true)

    /// Two name characters after a kinship word, on ICU word boundaries: candidate names.
    static func afterKinship(in text: AnalyzedText) -> [String] {
        let s = text.scalars
        var names: [String] = []
        for start in 2..<max(2, s.count - 1) where kinship.longest(s, at: start) != nil && isNameShape(start, text: text) {
            names.append(text.string(start, start + 2))
        }
        return names
    }

    static func isNameShape(_ start: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let end = start + 2
        guard end <= s.count, text.boundary[start], text.boundary[end] || !text.isHan(at: end),
              (start..<end).allSatisfy({ text.isHan(at: $0) && lexicon.givenFrequent.contains(s[$0]) && !lexicon.functionCharacters.contains(s[$0])
                  && !lexicon.numerals.contains(s[$0]) }),
              !lexicon.givenNeverLast.contains(s[end - 1]), lexicon.surnames.value(s, start, start + 1) == nil,
              !PersonExtractor.isFrequentGeneralWord(start, end, in: text, minimumWeight: 200),
              lexicon.places.value(s, start, end) == nil, lexicon.addressTitles.longest(s, at: start) == nil else { return false }
        return true
    }

    /// Names from `candidates` that stand as a clause's subject somewhere in `texts`: after
    /// clause punctuation or a line start, followed by a Han character on a word boundary.
    static func confirmed(_ candidates: Set<String>, in texts: [AnalyzedText]) -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        var found = Set<String>()
        for text in texts {
            for start in subjectStarts(in: text) where candidates.contains(text.string(start, start + 2)) {
                found.insert(text.string(start, start + 2))
            }
        }
        return found
    }

    static func subjectStarts(in text: AnalyzedText) -> [Int] {
        let s = text.scalars
        var starts: [Int] = []
        for start in 0..<max(0, s.count - 2) where (start == 0 || clauseOpeners.contains(s[start - 1]))
            && text.isHan(at: start + 2) && text.boundary[start + 2] && isNameShape(start, text: text) {
            starts.append(start)
        }
        return starts
    }

    static let clauseOpeners = EntityLexicon.scalarSet("，。；！？：“『「\n")

    /// The mentions of confirmed names: after a kinship word and as a clause's subject.
    static func find(in text: AnalyzedText, names: Set<String>) -> [EntitySpan] {
        guard !names.isEmpty else { return [] }
        let s = text.scalars
        var spans: [EntitySpan] = []
        for start in 2..<max(2, s.count - 1) where kinship.longest(s, at: start) != nil && isNameShape(start, text: text)
            && names.contains(text.string(start, start + 2)) {
            spans.append(EntitySpan(start: start, end: start + 2, kind: .person, priority: 4.4, cued: true))
        }
        for start in subjectStarts(in: text) where names.contains(text.string(start, start + 2)) {
            spans.append(EntitySpan(start: start, end: start + 2, kind: .person, priority: 4.4, cued: true))
        }
        return spans
    }
}
