/// Sums of co-occurrence sentences by numbered pair (node position << 32 | collocate
/// position), added in the serial fold of the reduce's second pass: a flat open-addressing
/// table (one multiply and a probe or two per pair) instead of a `[Int: Int]` dictionary,
/// whose hashing and bookkeeping cost ~140 instructions a pair over ~150,000 pairs a run.
struct NumberedPairSums: Sendable {
    private var keys: [UInt64]
    private var sums: [Int]
    private var mask: Int
    private(set) var count = 0
    /// Marks an empty slot: no pair has it (positions are below 2^31).
    private static let empty = UInt64.max

    init() {
        keys = [UInt64](repeating: Self.empty, count: 1024)
        sums = [Int](repeating: 0, count: 1024)
        mask = 1023
    }

    var isEmpty: Bool { count == 0 }

    /// Adds `sentences` to the pair (`node`, `collocate`).
    mutating func add(node: Int32, collocate: Int32, _ sentences: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: collocate))
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { sums[slot] += sentences; return }
            if stored == Self.empty {
                keys[slot] = key
                sums[slot] = sentences
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Every pair and its sum (in table order).
    func forEach(_ body: (_ node: Int, _ collocate: Int, _ sum: Int) -> Void) {
        for slot in keys.indices where keys[slot] != Self.empty {
            body(Int(keys[slot] >> 32), Int(keys[slot] & 0xFFFF_FFFF), sums[slot])
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let oldKeys = keys, oldSums = sums
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        sums = [Int](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for slot in oldKeys.indices where oldKeys[slot] != Self.empty {
            var target = Self.slot(oldKeys[slot], mask)
            while keys[target] != Self.empty { target = (target + 1) & mask }
            keys[target] = oldKeys[slot]
            sums[target] = oldSums[slot]
            count += 1
        }
    }
}
