/// Splits a paragraph into sentences at 。！？!? (and …… when it ends a sentence), never
/// inside quotation marks or brackets: “……。”说 stays one sentence with what follows
/// only when the quote is not closed; a closing quote right after the stop belongs to
/// the sentence it closes.
public enum SentenceSplitter {
    /// A sentence and where it starts in its paragraph, in Unicode scalars.
    public struct Sentence: Sendable, Hashable {
        public var text: String
        public var offset: Int
    }

    static let stops: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
    static let openers: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕",
    ]
    static let closers: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》", "】", "〕"]

    public static func split(_ paragraph: String) -> [Sentence] {
        let scalars = Array(paragraph.unicodeScalars)
        var sentences: [Sentence] = []
        var stack: [Unicode.Scalar] = []
        var start = 0
        var i = 0
        func emit(upTo end: Int) {
            var first = start
            while first < end, CharacterClass.isSpace(scalars[first]) { first += 1 }
            if first < end { sentences.append(Sentence(text: Byline.string(scalars[first..<end]), offset: first)) }
            start = end
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if let closer = openers[scalar] {
                stack.append(closer)
            } else if closers.contains(scalar) {
                if let index = stack.lastIndex(of: scalar) { stack.removeSubrange(index...) }
            } else if stack.isEmpty, stops.contains(scalar) || (scalar == "…" && i + 1 < scalars.count && scalars[i + 1] == "…") {
                var end = i + 1
                while end < scalars.count, stops.contains(scalars[end]) || scalars[end] == "…" { end += 1 }
                // A closing quote right after the stop ends with it: 。” belongs to this sentence.
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                emit(upTo: end)
                i = end
                continue
            } else if !stack.isEmpty, stops.contains(scalar), i + 1 < scalars.count, scalars[i + 1] == stack.last,
                      stack.count == 1, scalars[i + 1] == "”" || scalars[i + 1] == "」" {
                // “……。” at depth one: the quote closes a whole sentence.
                stack.removeLast()
                var end = i + 2
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                emit(upTo: end)
                i = end
                continue
            }
            i += 1
        }
        emit(upTo: scalars.count)
        return sentences
    }
}
