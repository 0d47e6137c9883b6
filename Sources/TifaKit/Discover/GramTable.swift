/// Counts keyed by a 64-bit integer (an n-gram of up to four code units, or an n-gram id
/// with a neighbour), in flat arrays with open addressing: what new-word discovery does
/// per character position, without a `Dictionary` (hashing with a seeded `Hasher`,
/// nested dictionaries per entry) in its hottest loop. Entries keep their insertion
/// index, so other arrays can sit beside them. Storage is allocated a load factor ahead
/// (`capacity` entries), so `addEach` runs over raw buffers between growths.
struct GramTable: Sendable {
    /// Per entry, in insertion order (`count` of them are in use).
    private var keyStorage: [UInt64]
    private var countStorage: [Int]
    /// The slot each entry sits in (to empty the table without touching every slot).
    private var slotStorage: [Int32]
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var mask: Int
    /// Distinct keys.
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        keyStorage = [UInt64](repeating: 0, count: size / 2)
        countStorage = [Int](repeating: 0, count: size / 2)
        slotStorage = [Int32](repeating: 0, count: size / 2)
    }

    /// The keys, in insertion order.
    var keys: ArraySlice<UInt64> { keyStorage[..<count] }
    /// The counts, in insertion order.
    var counts: ArraySlice<Int> { countStorage[..<count] }

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
            if keyStorage[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `count` to `key` (inserting it at 0 first); returns its index.
    @discardableResult
    mutating func add(_ key: UInt64, _ count: Int = 1) -> Int {
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keyStorage[entry - 1] == key {
                countStorage[entry - 1] += count
                return entry - 1
            }
            slot = (slot + 1) & mask
        }
        if self.count == keyStorage.count {
            grow()
            return add(key, count)
        }
        let index = self.count
        slots[slot] = Int32(index + 1)
        keyStorage[index] = key
        countStorage[index] = count
        slotStorage[index] = Int32(slot)
        self.count += 1
        return index
    }

    /// Adds 1 to every key of `newKeys`, in order, writing each key's index to `indices`
    /// (when given, as long as `newKeys`): `add` over raw buffers.
    mutating func addEach(_ newKeys: UnsafeBufferPointer<UInt64>, indices: UnsafeMutableBufferPointer<Int32>?) {
        var i = 0
        while i < newKeys.count {
            if count == keyStorage.count { grow() }
            let limit = keyStorage.count
            let mask = self.mask
            var n = count
            slots.withUnsafeMutableBufferPointer { slots in
                keyStorage.withUnsafeMutableBufferPointer { keys in
                    countStorage.withUnsafeMutableBufferPointer { counts in
                        slotStorage.withUnsafeMutableBufferPointer { slotOf in
                            while i < newKeys.count, n < limit {
                                let key = newKeys[i]
                                var slot = Self.hash(key) & mask
                                while true {
                                    let entry = Int(slots[slot])
                                    if entry == 0 {
                                        slots[slot] = Int32(n + 1)
                                        keys[n] = key
                                        counts[n] = 1
                                        slotOf[n] = Int32(slot)
                                        indices?[i] = Int32(n)
                                        n += 1
                                        break
                                    }
                                    if keys[entry - 1] == key {
                                        counts[entry - 1] += 1
                                        indices?[i] = Int32(entry - 1)
                                        break
                                    }
                                    slot = (slot + 1) & mask
                                }
                                i += 1
                            }
                        }
                    }
                }
            }
            count = n
        }
    }

    /// Empties the table, keeping its storage (cost proportional to the entries, not the slots).
    mutating func removeAll() {
        for index in 0..<count { slots[Int(slotStorage[index])] = 0 }
        count = 0
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        let capacity = size / 2
        keyStorage += [UInt64](repeating: 0, count: capacity - keyStorage.count)
        countStorage += [Int](repeating: 0, count: capacity - countStorage.count)
        slotStorage += [Int32](repeating: 0, count: capacity - slotStorage.count)
        for index in 0..<count {
            var slot = Self.hash(keyStorage[index]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
            slotStorage[index] = Int32(slot)
        }
    }
}
