/// Counts terms keyed by their UTF-16 code units, so counting a token costs a hash over
/// a range of the text buffer and no String: Strings are made once per distinct term,
/// when the table is read. (Counting through `[String: Int]` made one String per token
/// and hashed it with normalization, a large share of a run.)
struct TermTable: Sendable {
    /// The code units of every distinct term, one after another.
    private var arena: [UInt16] = []
    /// Per distinct term: where it starts in `arena`, its length, its count.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private(set) var counts: [Int] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Distinct terms counted.
    var count: Int { counts.count }

    /// Adds `count` occurrences of the term `buffer[start..<end]`; returns its index.
    @discardableResult
    mutating func add(_ buffer: UnsafeBufferPointer<UInt16>, start: Int, end: Int, count: Int = 1) -> Int {
        var slot = Self.hash(buffer, start, end) & mask
        let length = end - start
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            let index = entry - 1
            if lengths[index] == length, equal(index, buffer, start) {
                counts[index] += count
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = counts.count
        slots[slot] = Int32(counts.count + 1)
        starts.append(arena.count)
        lengths.append(length)
        counts.append(count)
        arena.append(contentsOf: buffer[start..<end])
        if counts.count * 2 > slots.count { grow() }
        return index
    }

    /// The index of the term `buffer[start..<end]`, or nil when it was never added.
    func index(_ buffer: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Int? {
        var slot = Self.hash(buffer, start, end) & mask
        let length = end - start
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let index = entry - 1
            if lengths[index] == length, equal(index, buffer, start) { return index }
            slot = (slot + 1) & mask
        }
    }

    /// The code units of the term at `index`.
    func units(_ index: Int) -> ArraySlice<UInt16> {
        arena[starts[index]..<starts[index] + lengths[index]]
    }

    /// Adds every term of `other` (merging per-part tables of one issue).
    mutating func merge(_ other: TermTable) {
        other.arena.withUnsafeBufferPointer { units in
            for index in 0..<other.counts.count {
                add(units, start: other.starts[index], end: other.starts[index] + other.lengths[index], count: other.counts[index])
            }
        }
    }

    /// The distinct terms as Strings with their counts, in first-seen order.
    func terms() -> [(term: String, count: Int)] {
        arena.withUnsafeBufferPointer { units in
            (0..<counts.count).map { index in
                let start = starts[index]
                return (String(decoding: UnsafeBufferPointer(rebasing: units[start..<start + lengths[index]]), as: UTF16.self),
                        counts[index])
            }
        }
    }

    /// The term at `index` as a String (the same String `String(decoding:as:)` makes).
    func string(_ index: Int) -> String {
        arena.withUnsafeBufferPointer { units in
            Self.string(UnsafeBufferPointer(rebasing: units[starts[index]..<starts[index] + lengths[index]]))
        }
    }

    /// UTF-16 without surrogates transcoded straight to UTF-8: `String(decoding:as:)` over
    /// a slice takes a generic path costing thousands of instructions per short term.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        var byteCount = 0
        for unit in units {
            if unit < 0x80 {
                byteCount += 1
            } else if unit < 0x800 {
                byteCount += 2
            } else if unit >= 0xD800 && unit < 0xE000 {
                return String(decoding: units, as: UTF16.self)
            } else {
                byteCount += 3
            }
        }
        guard byteCount > 0 else { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { bytes in
            var i = 0
            for unit in units {
                if unit < 0x80 {
                    bytes[i] = UInt8(unit)
                    i += 1
                } else if unit < 0x800 {
                    bytes[i] = UInt8(0xC0 | unit >> 6)
                    bytes[i + 1] = UInt8(0x80 | unit & 0x3F)
                    i += 2
                } else {
                    bytes[i] = UInt8(0xE0 | unit >> 12)
                    bytes[i + 1] = UInt8(0x80 | unit >> 6 & 0x3F)
                    bytes[i + 2] = UInt8(0x80 | unit & 0x3F)
                    i += 3
                }
            }
            return i
        }
    }

    /// Whether every term is made of plain characters (`PlainScalars`, no surrogates):
    /// then no two distinct terms are equal as Strings, and code-unit order is code-point
    /// order.
    func isPlain() -> Bool {
        arena.allSatisfy { Unicode.Scalar($0).map(PlainScalars.isPlain) ?? false }
    }

    /// Code-point order of the terms at `a` and `b`, for a table where `isPlain()` holds
    /// (no surrogates: code-unit order is code-point order).
    func plainPrecedes(_ a: Int, _ b: Int) -> Bool {
        let (baseA, lengthA, baseB, lengthB) = (starts[a], lengths[a], starts[b], lengths[b])
        var k = 0
        while k < lengthA && k < lengthB {
            let x = arena[baseA + k], y = arena[baseB + k]
            if x != y { return x < y }
            k += 1
        }
        return lengthA < lengthB
    }

    /// The first four code units of the term at `index`, packed first-highest and padded
    /// with zeros, for a table where `isPlain()` holds: plain text has no unit 0, so two
    /// terms' prefixes compare as `plainPrecedes` would over their first four units.
    func plainPrefix(_ index: Int) -> UInt64 {
        let (base, length) = (starts[index], lengths[index])
        var prefix: UInt64 = 0
        for k in 0..<4 { prefix = prefix << 16 | (k < length ? UInt64(arena[base + k]) : 0) }
        return prefix
    }

    /// FNV-1a over the code units.
    private static func hash(_ buffer: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(buffer[k])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    private func equal(_ index: Int, _ buffer: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
        let base = starts[index]
        for k in 0..<lengths[index] where arena[base + k] != buffer[start + k] { return false }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { units in
            for index in 0..<counts.count {
                var slot = Self.hash(units, starts[index], starts[index] + lengths[index]) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }
}
