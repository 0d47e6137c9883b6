/// Code units sorted by what ICU's word breaking is known to do with them next to a run of
/// ideographs, so the tokenizer can skip ICU's CJK dictionary (whose cuts inside a run it
/// discards anyway) without changing a single boundary. ICU always breaks on both sides of
/// a run of these ideographs unless a combining mark or format character follows it
/// (Unicode word-break rule WB4) or another dictionary script touches it (kana, 々, Thai):
/// such units are `.unknown`, and a text holding any of them goes through ICU whole.
enum RunBoundaryClass: UInt8 {
    /// Not vetted: the whole text goes through ICU (the exact path).
    case unknown = 0
    /// An ideograph of the BMP that ICU hands to its CJK dictionary (and 〇).
    case ideograph
    /// Punctuation ICU always cuts into a segment of its own with no rule status.
    case punctuation
    /// One space (U+0020, U+3000): a segment of its own when alone.
    case space
    /// Anything else ICU's rules (not its dictionary) decide: digits, Latin letters,
    /// symbols, controls. Stretches of these go through ICU.
    case rules

    /// One class per UTF-16 code unit.
    static let table: [RunBoundaryClass] = {
        var table = [RunBoundaryClass](repeating: .unknown, count: 65536)
        func set(_ range: ClosedRange<Int>, _ value: RunBoundaryClass) {
            for unit in range { table[unit] = value }
        }
        set(0x00...0x7F, .rules)
        set(0xA0...0xFF, .rules)
        table[0xAD] = .unknown  // soft hyphen: a format character
        set(0x2010...0x2027, .rules)
        set(0x2030...0x205E, .rules)
        set(0x2100...0x218F, .rules)
        set(0x2190...0x23FF, .rules)
        set(0x2460...0x27BF, .rules)
        set(0x3000...0x3004, .rules)
        set(0x3008...0x3020, .rules)
        set(0xFE10...0xFE19, .rules)
        set(0xFE30...0xFE4F, .rules)
        set(0xFF01...0xFF64, .rules)
        set(0xFFE0...0xFFEE, .rules)
        set(0x4E00...0x9FFF, .ideograph)
        set(0x3400...0x4DBF, .ideograph)
        set(0xF900...0xFA6D, .ideograph)
        set(0xFA70...0xFAD9, .ideograph)
        table[0x3007] = .ideograph
        // ，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()"'
        for unit in "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,;:?!()\"".utf16 { table[Int(unit)] = .punctuation }
        table[0x20] = .space
        table[0x3000] = .space
        return table
    }()
}

extension RunBoundaryClass {
    /// A stretch of a vetted text that ICU's word break treats on its own.
    enum Stretch {
        /// A maximal run of `.ideograph` units: ICU breaks on both sides and hands the run
        /// to its CJK dictionary.
        case ideographs
        /// Only `.punctuation` units: each one ICU segment with no rule status.
        case punctuation
        /// One lone space: one ICU segment with no rule status.
        case space
        /// Anything else between runs of ideographs: ICU's rules over the stretch alone
        /// give the segments they give in context.
        case rules
    }

    /// Calls `body(start, end, stretch)` for the stretches of `buffer` in order, covering
    /// it. Returns false, having called nothing, if a unit is `.unknown` (the text must
    /// then go through ICU whole).
    static func forEachStretch(in buffer: UnsafeBufferPointer<UInt16>,
                               _ body: (Int, Int, Stretch) throws -> Void) rethrows -> Bool {
        try table.withUnsafeBufferPointer { classes in
            for unit in buffer where classes[Int(unit)] == .unknown { return false }
            let count = buffer.count
            var position = 0
            while position < count {
                let first = classes[Int(buffer[position])]
                var end = position + 1
                if first == .ideograph {
                    while end < count, classes[Int(buffer[end])] == .ideograph { end += 1 }
                    try body(position, end, .ideographs)
                    position = end
                    continue
                }
                var allPunctuation = first == .punctuation
                while end < count {
                    let next = classes[Int(buffer[end])]
                    if next == .ideograph { break }
                    if next != .punctuation { allPunctuation = false }
                    end += 1
                }
                if allPunctuation {
                    try body(position, end, .punctuation)
                } else if first == .space && end == position + 1 {
                    try body(position, end, .space)
                } else {
                    try body(position, end, .rules)
                }
                position = end
            }
            return true
        }
    }
}
