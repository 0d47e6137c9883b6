/// Joins hard-wrapped lines into paragraphs. Blank lines mean nothing in PDF text (some
/// pages have one after every line), so a paragraph end is inferred from the lines
/// themselves: a line clearly shorter than the column, or a line closing a sentence
/// followed by an indented line or a numbered point.
public struct ParagraphJoiner: Sendable {
    /// A line this many half columns short of the local column width ends a paragraph.
    public var shortLineSlack: Int
    /// How many neighbouring lines on each side estimate the local column width.
    public var widthWindow: Int

    public init(shortLineSlack: Int = 2, widthWindow: Int = 4) {
        self.shortLineSlack = shortLineSlack
        self.widthWindow = widthWindow
    }

    /// Paragraphs of `lines`, in order; each cites the line it starts on.
    public func join(_ lines: [SourceLine]) -> [Paragraph] {
        let widths = lines.map(\.displayWidth)
        var paragraphs: [Paragraph] = []
        var current: [Unicode.Scalar] = []
        var currentLine = 0
        for (i, entry) in lines.enumerated() {
            if current.isEmpty {
                currentLine = entry.line
                current = entry.scalars
            } else {
                Self.appendJoined(&current, entry.scalars)
            }
            if i + 1 == lines.count || endsParagraph(at: i, lines: lines, widths: widths) {
                paragraphs.append(Paragraph(text: String(scalars: current), line: currentLine))
                current = []
            }
        }
        return paragraphs
    }

    func endsParagraph(at i: Int, lines: [SourceLine], widths: [Int]) -> Bool {
        let width = localWidth(at: i, widths: widths)
        let line = lines[i].scalars, next = lines[i + 1].scalars
        let closes = line.last.map { Self.sentenceEnders.contains($0) } ?? false
        // A short line ends its paragraph; a line short only by the first-line indent
        // (two characters) and not closing a sentence is a paragraph's first line.
        if widths[i] < width - shortLineSlack, closes || widths[i] < width - 5 { return true }
        guard closes else { return false }
        if Self.opensNumberedPoint(next) { return true }
        // A first line is indented by two characters, which the extractor drops: after a
        // sentence end, a line about that much shorter than its column starts a paragraph
        // (unless it is itself the short last line of a one-line paragraph... that ends too).
        let nextWidth = widths[i + 1]
        let nextColumn = localWidth(at: i + 1, widths: widths)
        if nextWidth <= nextColumn - 3, nextWidth >= nextColumn - 6,
           let nextLast = next.last, !Self.sentenceEnders.contains(nextLast) {
            return true
        }
        return false
    }

    /// The median width of the lines around `index`: the column width of that page.
    func localWidth(at index: Int, widths: [Int]) -> Int {
        let low = max(0, index - widthWindow)
        let high = min(widths.count - 1, index + widthWindow)
        let count = high - low + 1
        precondition(count > 0, "no line at \(index)")
        // The window (a few widths) insertion-sorted in scratch memory: no array made and
        // sorted twice per line.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { window in
            for k in 0..<count {
                let value = widths[low + k]
                var j = k
                while j > 0 && window[j - 1] > value {
                    window[j] = window[j - 1]
                    j -= 1
                }
                window[j] = value
            }
            return window[count / 2]
        }
    }

    static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "”", "」", "』", "…", "!", "?", "）"]

    /// 一、 二是 （三） 1. 2、 and the like.
    static func opensNumberedPoint(_ line: [Unicode.Scalar]) -> Bool {
        guard let first = line.first else { return false }
        let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var i = 0
        if first == "（" || first == "(" { i = 1 }
        var sawNumeral = false
        while i < line.count, numerals.contains(line[i]) || ("0"..."9").contains(line[i]) {
            sawNumeral = true
            i += 1
        }
        guard sawNumeral, i < line.count else { return false }
        let mark = line[i]
        if mark == "、" || mark == "." || mark == "）" || mark == ")" { return true }
        return mark == "是" && first != "（"
    }

    /// Joins a wrapped line onto the paragraph so far: no space, unless a Latin word or
    /// number ends one line and another begins the next.
    static func appendJoined(_ paragraph: inout [Unicode.Scalar], _ line: [Unicode.Scalar]) {
        if let last = paragraph.last, let first = line.first,
           isLatinLetter(last), isLatinLetter(first) {
            paragraph.append(" ")
        }
        paragraph.append(contentsOf: line)
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
