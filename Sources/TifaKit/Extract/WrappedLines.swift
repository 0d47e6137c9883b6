/// A sentence that the page wraps goes on in the next line ("…深入实" / "施家风建设…"),
/// often after a blank line. Read alone, a line's first or last characters make false
/// words (施家风 read as a name) and cut true ones; the run joins such lines into
/// paragraphs before it extracts. `tifa mentions` keeps its offsets per line, so it reads
/// each line with the few characters around it that the wrap cut off, and keeps what lies
/// inside the line: a mention across the cut is dropped, as the line alone cannot hold it.
struct WrappedLines {
    /// How many characters of a neighbouring line are read with a line.
    static let reach = 8
    /// Blank lines that may stand between a line and its continuation.
    static let blankLines = 2

    let lines: [[UInt32]]

    /// The end of the line before that line `index` continues, and the start of the line
    /// after that continues it: runs of Han characters, empty when the sentence does not
    /// run on (punctuation, a space, a line that opens indented).
    func context(of index: Int) -> (before: [UInt32], after: [UInt32]) {
        let line = lines[index]
        var before: [UInt32] = [], after: [UInt32] = []
        if let first = line.first, AnalyzedText.isHan(first), Self.continues(line), let previous = neighbour(of: index, step: -1), Self.wraps(previous) {
            var k = previous.count
            while k > 0 && previous.count - k < Self.reach && AnalyzedText.isHan(previous[k - 1]) { k -= 1 }
            before = Array(previous[k...])
        }
        if let last = line.last, AnalyzedText.isHan(last), Self.wraps(line), let next = neighbour(of: index, step: 1), let first = next.first,
           AnalyzedText.isHan(first), Self.continues(next) {
            var k = 0
            while k < next.count && k < Self.reach && AnalyzedText.isHan(next[k]) { k += 1 }
            after = Array(next[..<k])
        }
        return (before, after)
    }

    /// Whether a sentence may run on past the end of `line`: a line of running text, as
    /// wide as a column (`minimumWidth` characters at least), with no colon inside and no
    /// space outside prose (a title, a roster line "书 记：王某", a byline are set apart).
    static func wraps(_ line: [UInt32]) -> Bool {
        guard line.count >= minimumWidth, !line.contains(where: RosterLines.colons.contains) else { return false }
        // Spaces only in prose (a stray gap in a sentence), not in a line of names or a title.
        return !line.contains(where: SpacedNames.isSpace) || line.contains(where: proseMarks.contains)
    }

    /// Whether `line` may be the rest of a wrapped sentence: no post and colon at its head
    /// ("书 记：王某"), not letter-spaced from its first character.
    static func continues(_ line: [UInt32]) -> Bool {
        if line.count > 1 && SpacedNames.isSpace(line[1]) { return false }
        return !line.prefix(12).contains(where: RosterLines.colons.contains)
    }

    /// Punctuation of running text: ，。；！？“”‘’
    static let proseMarks: ScalarSet = [0xFF0C, 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0x201C, 0x201D, 0x2018, 0x2019]

    /// The fewest characters of a line that wraps.
    static let minimumWidth = 10

    /// The nearest line that is not blank, `step` away (at most `blankLines` blank lines between).
    private func neighbour(of index: Int, step: Int) -> [UInt32]? {
        var k = index + step
        var blanks = 0
        while k >= 0 && k < lines.count {
            if lines[k].allSatisfy(SpacedNames.isSpace) {
                blanks += 1
                guard blanks <= Self.blankLines else { return nil }
                k += step
                continue
            }
            return lines[k]
        }
        return nil
    }

    /// Mentions of `extractor` in line `index`, read with its wrapped context.
    func mentions(of index: Int, by extractor: any MentionExtractor) -> [Mention] {
        let (before, after) = context(of: index)
        let line = lines[index]
        guard !before.isEmpty || !after.isEmpty else { return extractor.extract(LayoutNames.string(line, 0, line.count)) }
        let joined = before + line + after
        let offset = before.count
        return extractor.extract(LayoutNames.string(joined, 0, joined.count)).compactMap { mention in
            guard mention.start >= offset, mention.end <= offset + line.count else { return nil }
            var shifted = mention
            shifted.start -= offset
            shifted.end -= offset
            return shifted
        }
    }
}
