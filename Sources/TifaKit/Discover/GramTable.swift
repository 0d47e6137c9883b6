/// Counts keyed by a 64-bit integer (an n-gram of up to four code units, or an n-gram id
/// with a neighbour), in flat arrays with open addressing: what new-word discovery does
/// per character position, without a `Dictionary` (hashing with a seeded `Hasher`,
/// nested dictionaries per entry) in its hottest loop. Entries keep their insertion
/// index, so other arrays can sit beside them.
struct GramTable: Sendable {
    /// Per entry, in insertion order.
    private(set) var keys: [UInt64] = []
    private(set) var counts: [Int] = []
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int
    /// The slot each entry sits in (to empty the table without touching every slot).
    private var slotOfEntry: [Int32] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Distinct keys.
    var count: Int { keys.count }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 31
        return Int(truncatingIfNeeded: h)
    }

    /// The index of `key`, or nil.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `count` to `key` (inserting it at 0 first); returns its index.
    @discardableResult
    @inline(__always)
    mutating func add(_ key: UInt64, _ count: Int = 1) -> Int {
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key {
                counts[entry - 1] += count
                return entry - 1
            }
            slot = (slot + 1) & mask
        }
        let index = keys.count
        slots[slot] = Int32(index + 1)
        keys.append(key)
        counts.append(count)
        slotOfEntry.append(Int32(slot))
        if keys.count * 2 > slots.count { grow() }
        return index
    }

    /// Empties the table, keeping its storage (cost proportional to the entries, not the slots).
    mutating func removeAll() {
        for slot in slotOfEntry { slots[Int(slot)] = 0 }
        keys.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        slotOfEntry.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for index in keys.indices {
            var slot = Self.hash(keys[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
            slotOfEntry[index] = Int32(slot)
        }
    }
}
