/// The tokenizer users count with: ICU word breaking, the most probable segmentation of
/// each run of ideographs over the lexicon (general vocabulary, curated built-in words,
/// discovered words; user words always win), number/date/percent rules, and the
/// surname + given-name joiner. Tokens are ranges into the UTF-16 buffer.
public struct Tokenizer {
    private let breaker: WordBreaker
    public let lexicon: Lexicon
    /// Raw ICU tokens only, for comparison (`tifa tokenize --icu-only`).
    public let icuOnly: Bool
    /// Conventions where standards disagree (measure words); MSR's by default.
    public let standard: SegmentationStandard
    private let scratch = BestPathSegmenter.Scratch()

    /// The segmentation's revision, raised whenever the built-in tokens change (lexicon,
    /// rules): part of the analyzer fingerprint, so cached analyses cut the old way are
    /// not mixed with new ones.
    public static let revision = "seg-10"

    public init(breaker: WordBreaker, lexicon: Lexicon = .builtin, icuOnly: Bool = false,
                standard: SegmentationStandard = .msr) {
        self.breaker = breaker
        self.lexicon = lexicon
        self.icuOnly = icuOnly
        self.standard = standard
    }

    /// Opens its own ICU iterator; use one tokenizer per thread.
    public init(lexicon: Lexicon = .builtin, icuOnly: Bool = false, standard: SegmentationStandard = .msr) throws {
        self.init(breaker: try WordBreaker(), lexicon: lexicon, icuOnly: icuOnly, standard: standard)
    }

    /// Tokens covering all of `text`: concatenated, they give `text` back exactly.
    /// One token array is built: ICU's tokens go straight into it, except runs of
    /// ideographs, which the best-path segmenter cuts; the rules then merge in place.
    /// ICU's CJK dictionary is skipped where its cuts would be discarded (see
    /// `RunBoundaryClass`): the result is the same as cutting the whole text with ICU first.
    public func tokenize(_ text: [UInt16]) throws -> [Token] {
        try tokenize(text, skippingDictionary: true)
    }

    /// `skippingDictionary: false` always runs ICU over the whole text: the reference the
    /// faster path is tested against.
    func tokenize(_ text: [UInt16], skippingDictionary: Bool) throws -> [Token] {
        if icuOnly { return try icuTokens(text) }
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 2 + 1)
        let trie = lexicon.trie
        let segmenter = BestPathSegmenter(trie: trie, scratch: scratch)
        try text.withUnsafeBufferPointer { buffer in
            let vetted = try skippingDictionary && cutVetted(buffer, segmenter: segmenter, into: &tokens)
            if !vetted { try cutWithICU(text, buffer, segmenter: segmenter, into: &tokens) }
            if trie.hasUserWords { UserWordJoin(trie: trie).apply(&tokens, buffer) }
            NumberRule(trie: trie, joinsMeasureWords: standard.joinsMeasureWords).apply(&tokens, buffer)
            if standard.joinsDatesAndTimes { DateTimeJoin().apply(&tokens, buffer) }
            ReduplicationJoin().apply(&tokens, buffer)
            PlaceNameJoin().apply(&tokens, buffer)
            NameJoiner(surnames: lexicon.surnames).apply(&tokens, buffer)
            BoundSuffixJoin().apply(&tokens, buffer)
            if standard.joinsNamedEntities { OrganizationJoin().apply(&tokens, buffer) }
        }
        return tokens
    }

    /// Cuts a text made only of vetted code units: runs of ideographs by the best path,
    /// lone punctuation and spaces directly, everything between runs by ICU's rules over
    /// that stretch alone. Returns false (having appended nothing) if a unit is not vetted.
    private func cutVetted(_ buffer: UnsafeBufferPointer<UInt16>, segmenter: BestPathSegmenter,
                           into tokens: inout [Token]) throws -> Bool {
        try RunBoundaryClass.forEachStretch(in: buffer) { start, end, stretch in
            switch stretch {
            case .ideographs:
                segmenter.segment(buffer, from: start, to: end, into: &tokens)
            case .punctuation:
                // None of these joins another: ICU gives each its own segment.
                for index in start..<end { tokens.append(Token(start: index, end: index + 1, kind: .punctuation)) }
            case .space:
                tokens.append(Token(start: start, end: end, kind: .whitespace))
            case .rules:
                try breaker.forEachSegment(in: buffer, from: start, to: end) { start, end, status in
                    tokens.append(Token(start: start, end: end, kind: Self.kind(status: status, buffer, start: start, end: end)))
                }
            }
        }
    }

    /// The exact path for any text: ICU cuts everything, then each run of ICU's ideograph
    /// words is cut again by the best path.
    private func cutWithICU(_ text: [UInt16], _ buffer: UnsafeBufferPointer<UInt16>, segmenter: BestPathSegmenter,
                            into tokens: inout [Token]) throws {
        var runStart = -1
        var runEnd = -1
        try breaker.forEachSegment(text) { start, end, status in
            let kind = Self.kind(status: status, buffer, start: start, end: end)
            if kind == .word && CodeUnitClass.isIdeograph(buffer[start]) {
                if runStart < 0 { runStart = start }
                runEnd = end
                return
            }
            if runStart >= 0 {
                segmenter.segment(buffer, from: runStart, to: runEnd, into: &tokens)
                runStart = -1
            }
            tokens.append(Token(start: start, end: end, kind: kind))
        }
        if runStart >= 0 { segmenter.segment(buffer, from: runStart, to: runEnd, into: &tokens) }
    }

    /// ICU's segmentation alone, with token kinds from its rule statuses. Runs of
    /// ideographs are cut by reading ICU's dictionary directly
    /// (`WordBreaker.forEachSegmentReadingDictionary`): the break iterator's tokens, faster.
    public func icuTokens(_ text: [UInt16]) throws -> [Token] {
        try icuTokens(text, readingDictionary: true)
    }

    /// The segments of `icuTokens` as `body(start, end)`, building no tokens (the entity
    /// stage keeps only the boundaries).
    func forEachICUSegment(in buffer: UnsafeBufferPointer<UInt16>, _ body: (Int, Int) throws -> Void) throws {
        try breaker.forEachSegmentReadingDictionary(in: buffer) { start, end, _ in try body(start, end) }
    }

    /// `readingDictionary: false` runs ICU's break iterator over the whole text: the
    /// reference the faster path is tested against.
    func icuTokens(_ text: [UInt16], readingDictionary: Bool) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 2 + 1)
        try text.withUnsafeBufferPointer { buffer in
            if readingDictionary {
                try breaker.forEachSegmentReadingDictionary(in: buffer) { start, end, status in
                    tokens.append(Token(start: start, end: end, kind: Self.kind(status: status, buffer, start: start, end: end)))
                }
            } else {
                try breaker.forEachSegment(in: buffer, from: 0, to: buffer.count) { start, end, status in
                    tokens.append(Token(start: start, end: end, kind: Self.kind(status: status, buffer, start: start, end: end)))
                }
            }
        }
        return tokens
    }

    /// Tokenizes a string; convenience for callers that hold text as `String`.
    public func tokenize(_ string: String) throws -> (text: [UInt16], tokens: [Token]) {
        let text = Array(string.utf16)
        return (text, try tokenize(text))
    }

    /// ICU's rule status, and for status 0 (no word) a look at the code units.
    static func kind(status: Int32, text: [UInt16], start: Int, end: Int) -> TokenKind {
        text.withUnsafeBufferPointer { kind(status: status, $0, start: start, end: end) }
    }

    @inline(__always)
    static func kind(status: Int32, _ text: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> TokenKind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default:
            for position in start..<end where !isSpaceUnit(text[position]) { return .punctuation }
            return .whitespace
        }
    }

    static func isSpaceUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
