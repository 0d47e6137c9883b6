import CICU

/// ICU's dictionary-based word break iterator for Chinese. It is a class because it owns
/// an ICU object; it is not thread-safe, so each worker of the pipeline opens its own and
/// reuses it for every text it sees (opening one costs far more than breaking a sentence).
public final class WordBreaker {
    private let handle: OpaquePointer
    private var ends = [Int32](repeating: 0, count: 1024)
    private var statuses = [Int32](repeating: 0, count: 1024)
    private let dictionaryScratch = CJKDictionary.Scratch()

    /// Opens an iterator for `locale` ("zh" uses ICU's CJK dictionary).
    public init(locale: String = "zh") throws {
        var code: Int32 = 0
        guard let handle = cicu_word_breaker_open(locale, &code) else {
            throw TifaError.icuFailure(operation: "ubrk_open(\(locale))", code: Self.errorName(code))
        }
        self.handle = handle
    }

    deinit { cicu_word_breaker_close(handle) }

    /// ICU's version, e.g. "72.1".
    public static var icuVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func errorName(_ code: Int32) -> String {
        String(cString: cicu_error_name(code))
    }

    /// Cuts `text` (UTF-16) into segments covering it completely, in order. Each segment
    /// carries ICU's rule status (0 none, 100 number, 200 letter, 300 kana, 400 ideograph).
    /// Found by `forEachSegmentReadingDictionary`: the iterator's segments, faster.
    public func segments(_ text: [UInt16]) throws -> [(end: Int, status: Int32)] {
        var result: [(end: Int, status: Int32)] = []
        result.reserveCapacity(text.count / 2 + 1)
        try text.withUnsafeBufferPointer { buffer in
            try forEachSegmentReadingDictionary(in: buffer) { _, end, status in result.append((end, status)) }
        }
        return result
    }

    /// The segments and rule statuses `forEachSegment` gives for the whole of `buffer`,
    /// found without running the iterator over Chinese: in a text of units
    /// `RunBoundaryClass` vets, runs of ideographs are cut by reading ICU's dictionary
    /// directly (`CJKDictionary`; status 400), lone punctuation and spaces need no ICU
    /// (status 0), and only the stretches between go through the iterator, each alone.
    /// Any other text goes through the iterator whole.
    func forEachSegmentReadingDictionary(in buffer: UnsafeBufferPointer<UInt16>,
                                         _ body: (Int, Int, Int32) throws -> Void) throws {
        if let dictionary = CJKDictionary.shared {
            let vetted = try RunBoundaryClass.forEachStretch(in: buffer) { start, end, stretch in
                switch stretch {
                case .ideographs:
                    try dictionary.cut(buffer, from: start, to: end, breaker: self, scratch: dictionaryScratch, body)
                case .punctuation:
                    for index in start..<end { try body(index, index + 1, 0) }
                case .space:
                    try body(start, end, 0)
                case .rules:
                    try forEachSegment(in: buffer, from: start, to: end, body)
                }
            }
            if vetted { return }
        }
        try forEachSegment(in: buffer, from: 0, to: buffer.count, body)
    }

    /// Calls `body(start, end, status)` for every segment of `text`, without allocating
    /// per segment: the hot loop of the whole pipeline.
    public func forEachSegment(_ text: [UInt16], _ body: (Int, Int, Int32) throws -> Void) throws {
        try text.withUnsafeBufferPointer { buffer in
            try forEachSegment(in: buffer, from: 0, to: buffer.count, body)
        }
    }

    /// The same over `buffer[from..<to]` alone (ICU sees only that stretch; offsets given
    /// to `body` are positions in `buffer`).
    func forEachSegment(in buffer: UnsafeBufferPointer<UInt16>, from: Int, to: Int,
                        _ body: (Int, Int, Int32) throws -> Void) throws {
        guard to - from < Int(Int32.max) else {
            throw TifaError.icuFailure(operation: "ubrk_setText", code: "text longer than 2^31 code units")
        }
        let code = cicu_word_breaker_set_text(handle, buffer.baseAddress.map { $0 + from }, Int32(to - from))
        guard code <= 0 else {
            throw TifaError.icuFailure(operation: "ubrk_setText", code: Self.errorName(code))
        }
        var start = from
        let capacity = Int32(ends.count)
        while true {
            let filled = ends.withUnsafeMutableBufferPointer { endsBuffer in
                statuses.withUnsafeMutableBufferPointer { statusBuffer in
                    cicu_word_breaker_fill(handle, endsBuffer.baseAddress, statusBuffer.baseAddress, capacity)
                }
            }
            if filled == 0 { break }
            for k in 0..<Int(filled) {
                let end = from + Int(ends[k])
                try body(start, end, statuses[k])
                start = end
            }
        }
    }
}
