/// A name in a list with the person's nationality in brackets after it (王某（苗族）、
/// 格日勒图（蒙古族）、乌兰（蒙古族）): only people are so noted, so the two to four Han
/// characters between the list's separator (、，：or the line's start) and the bracket are
/// a name, whatever its shape (a Mongolian name with no surname, a surname ICU reads as a
/// word). The note itself (苗族) is not a person.
enum EthnicNotes {
    static let priority = 4.87
    static let separators = ScalarSet(EntityLexicon.scalarSet("、，,：:；;"))

    static func find(in text: AnalyzedText) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        var k = 2
        while k < s.count {
            guard s[k] == 0xFF08 || s[k] == 0x28, let close = noteEnd(after: k, in: s) else { k += 1; continue }  // （
            // The separator two to four characters back; Han characters only between.
            var start = k
            while start > 0, k - start < 5, text.isHan(at: start - 1) { start -= 1 }
            let opensCleanly = start == 0 || separators.contains(s[start - 1]) || SpacedNames.isSpace(s[start - 1]) || s[start - 1] == 0x0A
            if opensCleanly, (2...4).contains(k - start),
               !(start..<k).contains(where: { EntityLexicon.shared.functionCharacters.contains(s[$0]) }) {
                result.append(EntitySpan(start: start, end: k, kind: .person, priority: priority, cued: true))
            }
            k = close
        }
        return result
    }

    /// Where a bracketed nationality opening at `open` ends (past its closing bracket):
    /// one to four Han characters ending in 族.
    static func noteEnd(after open: Int, in s: [UInt32]) -> Int? {
        var j = open + 1
        while j < s.count, j - open <= 5, AnalyzedText.isHan(s[j]), s[j] != 0x65CF { j += 1 }  // 族
        guard j < s.count, s[j] == 0x65CF, j > open + 1, j + 1 < s.count, s[j + 1] == 0xFF09 || s[j + 1] == 0x29 else { return nil }
        return j + 2
    }

    /// Whether `span` is the bracketed nationality itself (（苗族）), which a list reading
    /// may take for a name on the surname 苗.
    static func isNote(_ span: EntitySpan, in text: AnalyzedText) -> Bool {
        let s = text.scalars
        guard span.start > 0, s[span.start - 1] == 0xFF08 || s[span.start - 1] == 0x28 else { return false }
        return noteEnd(after: span.start - 1, in: s) == span.end + 1
    }
}
