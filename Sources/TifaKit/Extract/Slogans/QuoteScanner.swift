/// Finds the spans of text set in quotation marks, the strongest sign that a phrase is a
/// slogan. Nested single quotes inside double quotes belong to the outer span; a quote
/// that is not closed within a short distance is not a span (PDF text loses marks).
public enum QuoteScanner {
    /// A quoted span: `start..<end` are the scalar offsets of the content, without marks.
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
    }

    /// The closing mark of an opening quotation mark (a switch: this runs for every character).
    @inline(__always)
    static func closing(_ open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        case "‘": return "’"
        default: return nil
        }
    }

    /// Spans in `scalars`, in order. `maxLength` bounds how far a closing mark is looked for.
    public static func spans(in scalars: [Unicode.Scalar], maxLength: Int = 80) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            let open = scalars[index]
            guard let close = closing(open) else {
                index += 1
                continue
            }
            var end = index + 1
            let limit = min(scalars.count, index + 1 + maxLength)
            var found = false
            while end < limit {
                let scalar = scalars[end]
                if scalar == close { found = true; break }
                // A new opening double quote before our close: ours was never closed.
                if open == "“" && scalar == "“" { break }
                end += 1
            }
            if found {
                spans.append(Span(start: index + 1, end: end))
                index = end + 1
            } else {
                index += 1
            }
        }
        return spans
    }
}
