/// Cleans the lines of an extracted issue one by one: the damage that does not depend on
/// neighbouring lines. Whitespace touching CJK text goes ("徐 宾" -> "徐宾", "2017 年" ->
/// "2017年"), other runs fold to one space, and full-width letters and digits become
/// ASCII (their NFKC form) while CJK punctuation stays as it is.
public struct LineCleaner: Sendable {
    public init() {}

    /// The non-blank lines of `text`, cleaned, with their original line numbers.
    /// One pass over the text's scalars: lines split as `splitLines` does, each cleaned as
    /// `cleanScalars` does and measured as `SourceLine.displayWidth` does, without walking
    /// a line three times.
    public func clean(_ text: String) -> [SourceLine] {
        var text = text
        return text.withUTF8 { Self.clean(utf8: $0) }
    }

    /// `clean` over the text's UTF-8, scalars decoded in place (walking the String's
    /// scalar view cost more than the cleaning).
    private static func clean(utf8: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        let end = utf8.count
        var index = 0
        var number = 0
        // One scratch buffer for every line, copied out at its exact size (a fresh array
        // per line grew by doubling: ~6 reallocations per line).
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(256)
        while index < end {
            number += 1
            let start = index
            var pendingSpace = false
            var startsFrame = false
            var first = true
            // displayWidth of the raw line: spaces count only between non-space scalars.
            var width = 0, pendingSpaces = 0, started = false
            var lineEnd = end
            while index < end {
                let (raw, length) = String.scalar(inValidUTF8: utf8, at: index)
                if raw == "\n" || raw == "\r" {
                    lineEnd = index
                    index += 1
                    if raw == "\r", index < end, utf8[index] == UInt8(ascii: "\n") { index += 1 }
                    break
                }
                index += length
                let rawClass = CharacterClass(raw)
                if first {
                    startsFrame = rawClass == .space
                    first = false
                }
                if rawClass == .space {
                    if started { pendingSpaces += 1 }
                } else {
                    width += pendingSpaces + (rawClass == .cjk ? 2 : 1)
                    pendingSpaces = 0
                    started = true
                }
                append(raw, rawClass: rawClass, to: &out, pendingSpace: &pendingSpace)
            }
            if out.isEmpty { continue }
            lines.append(SourceLine(line: number, scalars: Array(out), startsFrame: startsFrame,
                                    raw: String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<lineEnd]), as: UTF8.self),
                                    displayWidth: width))
            out.removeAll(keepingCapacity: true)
        }
        return lines
    }

    /// Folds full-width ASCII letters and digits (U+FF10-FF19, FF21-FF3A, FF41-FF5A) to
    /// ASCII, as NFKC would, leaving full-width punctuation (，：（）) alone: it is how
    /// Chinese is typeset, and later stages rely on it.
    public static func foldFullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return Unicode.Scalar(scalar.value - 0xFEE0)!
        default:
            return scalar
        }
    }

    /// Drops whitespace that touches a CJK character and folds other runs to one space;
    /// no leading or trailing whitespace.
    public static func cleanScalars(_ line: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.unicodeScalars.count)
        var pendingSpace = false
        for raw in line.unicodeScalars {
            append(raw, rawClass: CharacterClass(raw), to: &out, pendingSpace: &pendingSpace)
        }
        return out
    }

    /// One raw scalar of a line onto `out`: full-width letters and digits folded,
    /// whitespace dropped where it touches CJK and folded to one space elsewhere (written
    /// only before the next non-space). The one cleaning step of `clean` and `cleanScalars`.
    @inline(__always)
    private static func append(_ raw: Unicode.Scalar, rawClass: CharacterClass,
                               to out: inout [Unicode.Scalar], pendingSpace: inout Bool) {
        let scalar = foldFullWidth(raw)
        let cls = scalar == raw ? rawClass : CharacterClass(scalar)
        if cls == .space {
            pendingSpace = !out.isEmpty
            return
        }
        if pendingSpace, let last = out.last, CharacterClass(last) != .cjk, cls != .cjk {
            out.append(" ")
        }
        pendingSpace = false
        out.append(scalar)
    }

    /// Splits on LF, CRLF and lone CR, so line numbers match what an editor shows.
    public static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        if start < scalars.endIndex { lines.append(Substring(scalars[start...])) }
        return lines
    }
}
