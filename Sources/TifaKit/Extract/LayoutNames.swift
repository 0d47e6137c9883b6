/// People that only the layout of whole lines shows, for `tifa mentions`, which reads an
/// issue line by line as it stands (the run reads repaired paragraphs, where LineRoles has
/// already told bylines and signatures apart and joined wrapped roster lists):
/// - bylines behind an author icon that PDF extraction turned into a character ("✎王甲甲"
///   came out as a CJK character, a symbol or a private-use one before the names), as
///   `BylineIcon` finds them for the run too: a line of nothing but names after one
///   character that is no surname, that character opening at least two such lines of the
///   file (an icon repeats; a word does not);
/// - signature and caption lines: one name alone on its line, followed by a line wholly in
///   brackets (the signer's post), or carrying a position tag （左）/（中）, or repeating a
///   name of the file's bylines;
/// - roster lists a line before left open with 、 (`RosterLines.find(in:continuing:)`);
/// - the head of a well-known name the line before broke off (习近 / 平总书记): not a
///   person of its own.
/// Names spaced to three characters ("李 乙") are read as names in all of these layouts.
enum LayoutNames {
    /// Person spans per line the layout vouches for, and per line the prefix length
    /// (in scalars) that continues a name broken off on the line before (0 when none).
    struct Lines {
        var names: [[EntitySpan]]
        var brokenHeads: [Int]
    }

    static let priority = 4.9

    static func find(lines: [[UInt32]]) -> Lines {
        var names = Array(repeating: [EntitySpan](), count: lines.count)
        var heads = Array(repeating: 0, count: lines.count)
        // Bylines behind an icon (BylineIcon: the same detection as the run's).
        var bylineNames = Set<[UInt32]>()
        for (index, byline) in BylineIcon.bylines(in: lines) {
            for name in byline.names {
                names[index].append(EntitySpan(start: name.start, end: name.end, kind: .person, priority: priority, cued: true, role: "作者"))
                bylineNames.insert(name.name)
            }
        }
        var previous: Int? = nil       // the last non-blank line
        var openRoster = false
        for (index, s) in lines.enumerated() {
            let blank = s.allSatisfy(SpacedNames.isSpace)
            if blank { continue }
            defer { previous = index }
            // A roster list the line before left open.
            let text = AnalyzedText(scalars: s, tokenizer: nil)
            let continued = openRoster ? RosterLines.find(in: text, continuing: true) : []
            names[index] += continued.map { EntitySpan(start: $0.start, end: $0.end, kind: .person, priority: priority, cued: true, role: $0.role) }
            openRoster = RosterLines.endsOpen(s, continuing: openRoster)
            if names[index].isEmpty, let name = signature(s, next: nextNonBlank(after: index, in: lines), bylineNames: bylineNames) {
                names[index].append(name)
            }
            if let previous { heads[index] = brokenHead(tail: lines[previous], head: s) }
        }
        return Lines(names: names, brokenHeads: heads)
    }

    static func nextNonBlank(after index: Int, in lines: [[UInt32]]) -> [UInt32]? {
        var k = index + 1
        while k < lines.count {
            if !lines[k].allSatisfy(SpacedNames.isSpace) { return lines[k] }
            k += 1
        }
        return nil
    }

    /// Position tags of a photo caption's name: （左）, （中）, （右二）...
    static let positions = EntityLexicon.scalarSet("左中右前后一二三")

    /// One name alone on its line (possibly spaced), vouched for by a bracketed post on the
    /// next line, a position tag after it, or a byline of the file naming the same person.
    static func signature(_ s: [UInt32], next: [UInt32]?, bylineNames: Set<[UInt32]>) -> EntitySpan? {
        var a = 0, b = s.count
        while a < b && SpacedNames.isSpace(s[a]) { a += 1 }
        while b > a && SpacedNames.isSpace(s[b - 1]) { b -= 1 }
        var tagged = false
        if b - a >= 4, RosterLines.closing.contains(s[b - 1]),
           let open = (a..<b).last(where: { RosterLines.opening.contains(s[$0]) }), b - open <= 5, open > a,
           (open + 1..<b - 1).allSatisfy({ positions.contains(s[$0]) }), s[open + 1] != 0x4E00 {
            tagged = true
            b = open
            while b > a && SpacedNames.isSpace(s[b - 1]) { b -= 1 }
        }
        guard b - a <= 4, let spans = SpacedNames.namesOnly(s, from: a, to: b), spans.count == 1 else { return nil }
        let name = spans[0].name
        let spaced = spans[0].end - spans[0].start != name.count
        if SpacedNames.isFrequentWord(name) && !spaced { return nil }
        var post = false
        if let next {
            var c = 0, d = next.count
            while c < d && SpacedNames.isSpace(next[c]) { c += 1 }
            while d > c && SpacedNames.isSpace(next[d - 1]) { d -= 1 }
            post = d - c >= 3 && d - c <= 40 && next[c] == 0xFF08 && next[d - 1] == 0xFF09
        }
        guard tagged || post || bylineNames.contains(name) else { return nil }
        return EntitySpan(start: spans[0].start, end: spans[0].end, kind: .person, priority: priority, cued: true)
    }

    /// How many characters at the start of `head` finish a well-known name that the end of
    /// `tail` begins (习近 | 平): 0 when none.
    static func brokenHead(tail: [UInt32], head: [UInt32]) -> Int {
        var end = tail.count
        while end > 0 && SpacedNames.isSpace(tail[end - 1]) { end -= 1 }
        var start = 0
        while start < head.count && SpacedNames.isSpace(head[start]) { start += 1 }
        guard end > 0, start < head.count, AnalyzedText.isHan(tail[end - 1]), AnalyzedText.isHan(head[start]) else { return 0 }
        let famous = EntityLexicon.shared.famousPersons
        for cut in 1...3 where end - cut >= 0 {
            let joined = Array(tail[(end - cut)..<end]) + Array(head[start..<min(head.count, start + 4)])
            if let match = famous.longest(joined, at: 0), match.length > cut { return start + match.length - cut }
        }
        return 0
    }

    /// A line's mentions with the layout's names put in: a person, place or organization
    /// the extractor read across one of them gives way, and so does a person inside the
    /// head of a name broken off on the line before.
    static func merge(_ mentions: [Mention], names: [EntitySpan], brokenHead: Int, line: String) -> [Mention] {
        guard !names.isEmpty || brokenHead > 0 else { return mentions }
        let entities: Set<Mention.Kind> = [.person, .place, .organization]
        var result = mentions.filter { mention in
            guard entities.contains(mention.kind) else { return true }
            if mention.kind == .person && mention.start < brokenHead { return false }
            return !names.contains { $0.start < mention.end && mention.start < $0.end }
        }
        let s = line.unicodeScalars.map(\.value)
        for name in names {
            result.append(Mention(kind: .person, start: name.start, end: name.end, text: string(s, name.start, name.end),
                                  normalized: SpacedNames.compacted(s, name.start, name.end), role: name.role))
        }
        return result
    }

    static func string(_ s: [UInt32], _ a: Int, _ b: Int) -> String {
        var out = String.UnicodeScalarView()
        for k in a..<b { if let scalar = Unicode.Scalar(s[k]) { out.append(scalar) } }
        return String(out)
    }
}
