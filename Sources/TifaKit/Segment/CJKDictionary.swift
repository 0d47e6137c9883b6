import CICU

/// ICU's own CJK word-break dictionary, walked directly. ICU's word break iterator hands
/// each run of ideographs to its CJK engine, which cuts it by the cheapest sequence of
/// dictionary words; `cut` does the same walk over the same dictionary, so the boundaries
/// are ICU's, without the iterator's per-run machinery (about 2.5x the walk itself). The
/// entity stage reads ICU's boundaries of every paragraph (`Tokenizer.icuTokens`), slogan
/// discovery those of short windows (`WordBreaker.segments`).
/// Read-only once opened: one serves every thread.
final class CJKDictionary: @unchecked Sendable {
    /// Per-thread work space for `cut` (a word breaker, like its ICU iterator, serves one
    /// thread): raw buffers, so the hot loop pays no exclusivity checks.
    final class Scratch {
        private(set) var capacity = 0
        private(set) var cost = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        private(set) var previous = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        private(set) var ends = UnsafeMutablePointer<Int32>.allocate(capacity: 1)

        init() {}

        /// Makes room for a run of `length` units (`length + 1` entries each).
        @inline(__always)
        func reserve(_ length: Int) {
            guard capacity < length + 1 else { return }
            cost.deallocate()
            previous.deallocate()
            ends.deallocate()
            capacity = 2 * length + 1
            cost = .allocate(capacity: capacity)
            previous = .allocate(capacity: capacity)
            ends = .allocate(capacity: capacity)
        }

        deinit {
            cost.deallocate()
            previous.deallocate()
            ends.deallocate()
        }
    }

    private let handle: OpaquePointer

    /// ICU's rule status of a word of ideographs (UBRK_WORD_IDEO).
    static let ideographStatus: Int32 = 400

    /// The dictionary of the ICU this binary runs with; nil when its data lacks one the
    /// shim can read, and then callers use the break iterator for everything.
    static let shared: CJKDictionary? = CJKDictionary()

    private init?() {
        var code: Int32 = 0
        guard let handle = cicu_cjk_dictionary_open(&code) else { return nil }
        self.handle = handle
    }

    deinit { cicu_cjk_dictionary_close(handle) }

    /// Whether ICU's CJK engine sees `unit` unchanged: compatibility ideographs are NFKC-
    /// normalized by the engine first, so a run holding one is left to the iterator.
    @inline(__always)
    static func readsDirectly(_ unit: UInt16) -> Bool {
        !(0xF900...0xFAFF).contains(unit)
    }

    /// Calls `body(start, end, 400)` (ICU's status of ideograph words) for ICU's words of
    /// `buffer[from..<to]`, a run of ideographs ICU breaks on both sides of
    /// (`RunBoundaryClass.Stretch.ideographs`). A run holding a unit the dictionary cannot be
    /// read for directly goes to `breaker` alone: the engine's cuts inside a run depend
    /// only on the run.
    func cut(_ buffer: UnsafeBufferPointer<UInt16>, from: Int, to: Int, breaker: WordBreaker, scratch: Scratch,
             _ body: (Int, Int, Int32) throws -> Void) throws {
        let length = to - from
        if length == 1 {
            try body(from, to, Self.ideographStatus)
            return
        }
        for position in from..<to where !Self.readsDirectly(buffer[position]) {
            try breaker.forEachSegment(in: buffer, from: from, to: to, body)
            return
        }
        scratch.reserve(length)
        let ends = scratch.ends
        let count = Int(cicu_cjk_dictionary_cut(handle, buffer.baseAddress! + from, Int32(length), scratch.cost,
                                                scratch.previous, ends))
        var start = from
        for index in 0..<count {
            let end = from + Int(ends[index])
            try body(start, end, Self.ideographStatus)
            start = end
        }
    }
}
