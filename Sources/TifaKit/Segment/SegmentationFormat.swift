/// The SIGHAN bakeoff's segmentation format: a line's tokens separated by two spaces.
/// Whitespace tokens are left out (the separator already stands for them), every other
/// character is printed unchanged.
public enum SegmentationFormat {
    public static func line(_ tokens: [Token], in text: [UInt16]) -> String {
        var out = ""
        var first = true
        for token in tokens where token.kind != .whitespace {
            if !first { out += "  " }
            out += token.text(in: text)
            first = false
        }
        return out
    }
}
