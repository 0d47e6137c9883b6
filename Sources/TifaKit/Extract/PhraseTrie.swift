/// A set of phrases over Unicode scalars, each with a small integer value, that answers
/// "which phrases start (or end) here" without building a String per position: the
/// lexicon lookups of entity extraction run at every character of every issue, so a
/// step from one node to the next is one probe of a flat open-addressing table keyed by
/// (node, scalar), and the first step (where almost every lookup ends) a bit test.
public struct PhraseTrie: Sendable {
    /// Packed (node << 32 | scalar) of each slot, `empty` where none.
    private var keys: [UInt64]
    /// The child node of each slot.
    private var targets: [Int32]
    private var shift: UInt64
    private var edges = 0
    /// Value of each node, -1 where no phrase ends.
    private var values: [Int32] = [-1]
    /// Bit per BMP scalar: some phrase starts (ends, reversed) with it.
    private var firstUnits: [UInt64]
    /// Whether phrases are stored back to front, for matching leftwards from a position.
    public let reversed: Bool
    public private(set) var maxLength = 0

    private static let empty = UInt64.max

    public init(reversed: Bool = false) {
        self.reversed = reversed
        keys = [UInt64](repeating: Self.empty, count: 16)
        targets = [Int32](repeating: 0, count: 16)
        shift = 64 - 4
        firstUnits = [UInt64](repeating: 0, count: 1024)
    }

    /// Phrases from whitespace-separated lists, all with `value`.
    public init(_ lists: [String], value: Int32 = 0, reversed: Bool = false) {
        self.init(reversed: reversed)
        for list in lists { insert(list: list, value: value) }
    }

    public mutating func insert(list: String, value: Int32) {
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            insert(String(word), value: value)
        }
    }

    /// Adds `phrase` (a later insert of the same phrase overwrites its value).
    public mutating func insert(_ phrase: String, value: Int32) {
        var scalars = phrase.unicodeScalars.map(\.value)
        if reversed { scalars.reverse() }
        guard let first = scalars.first else { return }
        if first < 0x10000 { firstUnits[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        var node: Int32 = 0
        for scalar in scalars {
            if let next = child(node, scalar) {
                node = next
            } else {
                values.append(-1)
                let next = Int32(values.count - 1)
                add(node, scalar, next)
                node = next
            }
        }
        values[Int(node)] = value
        maxLength = max(maxLength, scalars.count)
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The child of `node` along `scalar`.
    @inline(__always)
    private func child(_ node: Int32, _ scalar: UInt32) -> Int32? {
        if node == 0, scalar < 0x10000, firstUnits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) == 0 { return nil }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)
        let mask = keys.count - 1
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return targets[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    private mutating func add(_ node: Int32, _ scalar: UInt32, _ next: Int32) {
        if (edges + 1) * 2 > keys.count { grow() }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)
        let mask = keys.count - 1
        var index = slot(key)
        while keys[index] != Self.empty { index = (index + 1) & mask }
        keys[index] = key
        targets[index] = next
        edges += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldTargets = targets
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, target) in zip(oldKeys, oldTargets) where key != Self.empty {
            var index = slot(key)
            while keys[index] != Self.empty { index = (index + 1) & mask }
            keys[index] = key
            targets[index] = target
        }
    }

    /// The BMP scalars some phrase starts with (ends with, reversed), ascending.
    var firstScalars: [UInt32] {
        var result: [UInt32] = []
        for (word, bits) in firstUnits.enumerated() where bits != 0 {
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { result.append(UInt32(word * 64 + bit)) }
        }
        return result
    }

    public func contains(_ phrase: String) -> Bool { value(of: phrase) != nil }

    public func value(of phrase: String) -> Int32? {
        var scalars = phrase.unicodeScalars.map(\.value)
        if reversed { scalars.reverse() }
        var node: Int32 = 0
        for scalar in scalars {
            guard let next = child(node, scalar) else { return nil }
            node = next
        }
        return values[Int(node)] >= 0 ? values[Int(node)] : nil
    }

    /// Whether `text[start..<end]` is a phrase.
    public func contains(_ text: [UInt32], _ start: Int, _ end: Int) -> Bool {
        value(text, start, end) != nil
    }

    @inline(__always)
    public func value(_ text: [UInt32], _ start: Int, _ end: Int) -> Int32? {
        guard start >= 0, end <= text.count, start < end, mayMatch(text, at: reversed ? end : start) else { return nil }
        return walkedValue(text, start, end)
    }

    private func walkedValue(_ text: [UInt32], _ start: Int, _ end: Int) -> Int32? {
        var node: Int32 = 0
        if reversed {
            var i = end - 1
            while i >= start {
                guard let next = child(node, text[i]) else { return nil }
                node = next
                i -= 1
            }
        } else {
            for i in start..<end {
                guard let next = child(node, text[i]) else { return nil }
                node = next
            }
        }
        return values[Int(node)] >= 0 ? values[Int(node)] : nil
    }

    /// Lengths of the phrases starting at `start` (forward trie) or ending at `start`
    /// (exclusive; reversed trie), shortest first, not crossing `limit` (a bound in the
    /// direction of travel: an end for a forward trie, a start for a reversed one).
    @inline(__always)
    public func matchLengths(_ text: [UInt32], at start: Int, limit: Int? = nil) -> [(length: Int, value: Int32)] {
        // Most positions start no phrase: no array is made for them.
        guard mayMatch(text, at: start) else { return [] }
        return allMatchLengths(text, at: start, limit: limit)
    }

    private func allMatchLengths(_ text: [UInt32], at start: Int, limit: Int?) -> [(length: Int, value: Int32)] {
        var result: [(length: Int, value: Int32)] = []
        walk(text, from: start, limit: limit) { result.append(($0, $1)) }
        return result
    }

    /// Steps from the root along `text` from `start` (backwards for a reversed trie), not
    /// crossing `limit`, calling `match` with (length, value) at every phrase end, shortest
    /// first. The one walk behind `matchLengths` and `longest`.
    @inline(__always)
    private func walk(_ text: [UInt32], from start: Int, limit: Int?, _ match: (Int, Int32) -> Void) {
        var node: Int32 = 0
        if reversed {
            let stop = max(limit ?? 0, 0)
            var i = start - 1
            while i >= stop, let next = child(node, text[i]) {
                node = next
                let value = values[Int(node)]
                if value >= 0 { match(start - i, value) }
                i -= 1
            }
        } else {
            let stop = min(limit ?? text.count, text.count)
            var i = start
            while i < stop, let next = child(node, text[i]) {
                node = next
                let value = values[Int(node)]
                if value >= 0 { match(i - start + 1, value) }
                i += 1
            }
        }
    }

    /// The longest phrase starting (forward) or ending (reversed) at `start`: the last of
    /// `matchLengths`, without the array.
    @inline(__always)
    public func longest(_ text: [UInt32], at start: Int, limit: Int? = nil) -> (length: Int, value: Int32)? {
        // Most lookups end at the first scalar: its bit is tested in the caller, the walk
        // is a call only where some phrase starts with it.
        guard mayMatch(text, at: start) else { return nil }
        return longestWalk(text, at: start, limit: limit)
    }

    /// False when no phrase can start (end, reversed) at `start`: the scalar there is a
    /// BMP scalar no phrase starts (ends) with. True says nothing either way.
    @inline(__always)
    func mayMatch(_ text: [UInt32], at start: Int) -> Bool {
        let first = reversed ? start - 1 : start
        if first >= 0 && first < text.count {
            let scalar = text[first]
            if scalar < 0x10000 && firstUnits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) == 0 { return false }
        }
        return true
    }

    private func longestWalk(_ text: [UInt32], at start: Int, limit: Int?) -> (length: Int, value: Int32)? {
        var length = 0
        var found: Int32 = -1
        walk(text, from: start, limit: limit) { (length, found) = ($0, $1) }
        return found >= 0 ? (length, found) : nil
    }
}
