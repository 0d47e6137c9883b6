/// Undoes the damage of PDF text extraction: hard-wrapped lines (blank lines do not mark
/// paragraphs) and spaces inserted inside Chinese text. Without it, words split at line
/// ends ("基\n层") and names spaced apart ("徐 宾") would never be counted.
public struct LayoutRepair: Sendable {
    /// Lines this many characters shorter than the local column width end a paragraph.
    public var shortLineSlack: Int
    /// How many neighbouring lines on each side estimate the local column width.
    public var widthWindow: Int

    public init(shortLineSlack: Int = 1, widthWindow: Int = 4) {
        self.shortLineSlack = shortLineSlack
        self.widthWindow = widthWindow
    }

    public func repair(_ text: String) -> RepairedText {
        let lines = Self.splitLines(text)
        // (original line number, cleaned text, length in scalars) for non-blank lines.
        var kept: [(line: Int, scalars: [Unicode.Scalar])] = []
        for (index, line) in lines.enumerated() {
            let cleaned = Self.collapseWhitespace(line)
            if !cleaned.isEmpty { kept.append((index + 1, cleaned)) }
        }
        let lengths = kept.map(\.scalars.count)
        var paragraphs: [RepairedText.Paragraph] = []
        var current: [Unicode.Scalar] = []
        var currentLine = 0
        for (i, entry) in kept.enumerated() {
            if current.isEmpty {
                currentLine = entry.line
                current = entry.scalars
            } else {
                Self.appendJoined(&current, entry.scalars)
            }
            let next = i + 1 < kept.count ? kept[i + 1].scalars : nil
            if next == nil || endsParagraph(at: i, in: lengths, line: entry.scalars, next: next!) {
                var string = String.UnicodeScalarView()
                string.append(contentsOf: current)
                paragraphs.append(.init(text: String(string), line: currentLine))
                current = []
            }
        }
        return RepairedText(paragraphs: paragraphs)
    }

    /// A line ends its paragraph when it is clearly shorter than the lines around it, or
    /// when it closes a sentence and the next line opens a numbered point.
    func endsParagraph(at index: Int, in lengths: [Int], line: [Unicode.Scalar], next: [Unicode.Scalar]) -> Bool {
        let width = localWidth(at: index, lengths: lengths)
        if line.count < width - shortLineSlack { return true }
        if let last = line.last, Self.sentenceEnders.contains(last), Self.opensNumberedPoint(next) {
            return true
        }
        return false
    }

    /// The median length of the lines around `index`: the column width of that page.
    func localWidth(at index: Int, lengths: [Int]) -> Int {
        let low = max(0, index - widthWindow)
        let high = min(lengths.count - 1, index + widthWindow)
        let window = lengths[low...high].sorted()
        return window[window.count / 2]
    }

    static let sentenceEnders: Set<Unicode.Scalar> = ["。", "！", "？", "；", "：", "”", "」", "』", "…", "!", "?"]

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

    /// Drops whitespace that touches a CJK character and folds other runs to one space.
    static func collapseWhitespace(_ line: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.unicodeScalars.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            let cls = CharacterClass(scalar)
            if cls == .space {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, let last = out.last, CharacterClass(last) != .cjk, cls != .cjk {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
        }
        return out
    }

    /// Splits on LF, CRLF and lone CR, so line numbers match what an editor shows.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        let scalars = text.unicodeScalars
        while index < text.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < text.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        if start < text.endIndex { lines.append(Substring(scalars[start...])) }
        return lines
    }
}
