/// Counts of character n-grams inside runs of ideographs, with the characters seen to
/// their left and right: what new-word discovery scores. Documents are added one by one
/// (or whole statistics merged); `prune` keeps memory bounded on large corpora. Tables are
/// flat (`GramTable`): an n-gram is its code units packed in a `UInt64`, a neighbour is
/// (n-gram index, side, code unit) packed the same way.
public struct NgramStatistics: Sendable {
    /// Left and right neighbours of one n-gram (0 stands for a run boundary).
    public struct Entry: Sendable {
        public var count: Int
        public var left: [UInt16: Int32] = [:]
        public var right: [UInt16: Int32] = [:]
    }

    /// Single characters: counts by code unit (65536 slots, allocated on first use).
    private var characters: [Int] = []
    /// n-grams of 2...maxLength code units, keyed by `key(_:)`, with their counts.
    private var table = GramTable(capacity: 1024)
    /// Neighbour counts, keyed by `neighbourKey`.
    private var neighbours = GramTable(capacity: 1024)
    /// Ideograph positions counted (the denominator of every probability).
    public private(set) var positions = 0
    public let maxLength: Int

    public init(maxLength: Int = 4) {
        self.maxLength = min(4, max(2, maxLength))
    }

    /// Statistics of one text: n-grams seen fewer than `minCount` times in it are dropped
    /// (a word worth discovering recurs), which keeps per-document tables small.
    public init(text: [UInt16], maxLength: Int = 4, minCount: Int = 2) {
        self.init(maxLength: maxLength)
        var scratch = Scratch()
        add(text, minCount: minCount, scratch: &scratch)
    }

    /// Reusable buffers of `add` (one document's own counts).
    struct Scratch {
        var counts = GramTable(capacity: 4096)
        /// The document's n-gram keys in reading order, then their neighbour keys.
        var keys: [UInt64] = []
        /// Per n-gram occurrence, in reading order: its index in `counts`.
        var occurrences: [Int32] = []
        /// Per entry of `counts`: its index in the statistics, or -1 when dropped.
        var kept: [Int32] = []
    }

    /// Adds one document, as `merge(NgramStatistics(text:maxLength:minCount:))` would.
    mutating func add(_ text: [UInt16], minCount: Int, scratch: inout Scratch) {
        if characters.isEmpty { characters = [Int](repeating: 0, count: 65536) }
        scratch.counts.removeAll()
        let runs = Self.ideographRuns(text)
        let maxLength = self.maxLength
        // At most maxLength - 1 n-grams start at a position; two neighbours per n-gram.
        let bound = 2 * (maxLength - 1) * text.count
        // Left uninitialized (no memset of six keys per code unit): both passes write every
        // key and occurrence they read.
        if scratch.keys.count < bound {
            scratch.keys = [UInt64](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        }
        if scratch.occurrences.count < bound {
            scratch.occurrences = [Int32](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        }
        text.withUnsafeBufferPointer { text in
            // First pass: every n-gram of the document, counted in the scratch table.
            var grams = 0
            var counted = 0
            // Character counts through a pointer too: no uniqueness check per character.
            characters.withUnsafeMutableBufferPointer { characters in
                scratch.keys.withUnsafeMutableBufferPointer { keys in
                    for run in runs {
                        counted += run.count
                        for i in run {
                            characters[Int(text[i])] += 1
                            var key = UInt64(text[i])
                            var j = i + 1
                            while j < run.upperBound, j - i < maxLength {
                                key = key << 16 | UInt64(text[j])
                                j += 1
                                keys[grams] = key
                                grams += 1
                            }
                        }
                    }
                }
            }
            positions += counted
            scratch.keys.withUnsafeBufferPointer { keys in
                scratch.occurrences.withUnsafeMutableBufferPointer { occurrences in
                    scratch.counts.addEach(UnsafeBufferPointer(rebasing: keys[..<grams]),
                                           indices: UnsafeMutableBufferPointer(rebasing: occurrences[..<grams]))
                }
            }
            scratch.kept.removeAll(keepingCapacity: true)
            for (key, count) in zip(scratch.counts.keys, scratch.counts.counts) {
                scratch.kept.append(count >= minCount ? Int32(table.add(key, count)) : -1)
            }
            // Second pass: neighbours of the n-grams that stayed, in the same order.
            var neighbourCount = 0
            scratch.keys.withUnsafeMutableBufferPointer { keys in
                scratch.occurrences.withUnsafeBufferPointer { occurrences in
                    scratch.kept.withUnsafeBufferPointer { kept in
                        var occurrence = 0
                        for run in runs {
                            for i in run {
                                var j = i + 1
                                while j < run.upperBound, j - i < maxLength {
                                    j += 1
                                    let gram = kept[Int(occurrences[occurrence])]
                                    occurrence += 1
                                    guard gram >= 0 else { continue }
                                    let left: UInt16 = i > run.lowerBound ? text[i - 1] : 0
                                    let right: UInt16 = j < run.upperBound ? text[j] : 0
                                    keys[neighbourCount] = Self.neighbourKey(Int(gram), right: false, left)
                                    keys[neighbourCount + 1] = Self.neighbourKey(Int(gram), right: true, right)
                                    neighbourCount += 2
                                }
                            }
                        }
                    }
                }
            }
            scratch.keys.withUnsafeBufferPointer { keys in
                neighbours.addEach(UnsafeBufferPointer(rebasing: keys[..<neighbourCount]), indices: nil)
            }
        }
    }

    @inline(__always)
    static func neighbourKey(_ gram: Int, right: Bool, _ unit: UInt16) -> UInt64 {
        UInt64(gram) << 17 | (right ? 1 << 16 : 0) | UInt64(unit)
    }

    /// Adds another document's statistics.
    public mutating func merge(_ other: NgramStatistics) {
        positions += other.positions
        if !other.characters.isEmpty {
            if characters.isEmpty { characters = other.characters } else {
                for unit in 0..<65536 where other.characters[unit] != 0 { characters[unit] += other.characters[unit] }
            }
        }
        let mapped = zip(other.table.keys, other.table.counts).map { Int32(table.add($0, $1)) }
        for (key, count) in zip(other.neighbours.keys, other.neighbours.counts) {
            neighbours.add(UInt64(mapped[Int(key >> 17)]) << 17 | key & 0x1FFFF, count)
        }
    }

    /// Keeps at most `maxEntries` n-grams, the most frequent (ties broken by key so the
    /// result never depends on insertion order).
    public mutating func prune(maxEntries: Int) {
        guard table.count > maxEntries else { return }
        let (keys, counts) = (table.keys, table.counts)
        let kept = keys.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : keys[$0] < keys[$1] }
            .prefix(maxEntries)
        var newIndex = [Int32](repeating: -1, count: keys.count)
        var pruned = GramTable(capacity: maxEntries)
        for old in kept { newIndex[old] = Int32(pruned.add(keys[old], counts[old])) }
        var prunedNeighbours = GramTable(capacity: neighbours.count)
        for (key, count) in zip(neighbours.keys, neighbours.counts) {
            let gram = newIndex[Int(key >> 17)]
            if gram >= 0 { prunedNeighbours.add(UInt64(gram) << 17 | key & 0x1FFFF, count) }
        }
        table = pruned
        neighbours = prunedNeighbours
    }

    /// Count of an n-gram given as code units (single characters included).
    public func count(_ units: ArraySlice<UInt16>) -> Int {
        if units.count == 1 { return characters.isEmpty ? 0 : characters[Int(units.first!)] }
        return table.index(of: Self.key(units)).map { table.counts[$0] } ?? 0
    }

    /// Number of distinct n-grams kept.
    public var gramCount: Int { table.count }

    /// Every n-gram with its count and neighbours, as a dictionary (for inspection and
    /// tests; discovery reads the flat tables through `forEachGram`).
    public var grams: [UInt64: Entry] {
        var result: [UInt64: Entry] = [:]
        for (key, count) in zip(table.keys, table.counts) { result[key] = Entry(count: count) }
        for (key, count) in zip(neighbours.keys, neighbours.counts) {
            let gram = table.keys[Int(key >> 17)]
            let unit = UInt16(truncatingIfNeeded: key)
            if key & 0x10000 != 0 { result[gram]!.right[unit] = Int32(count) } else { result[gram]!.left[unit] = Int32(count) }
        }
        return result
    }

    /// Neighbours of one n-gram: (code unit, count) pairs, 0 for a run boundary.
    typealias Neighbours = ArraySlice<(unit: UInt16, count: Int32)>

    /// Calls `body` with every n-gram seen at least `minCount` times, its count and its
    /// left and right neighbours, in no particular order.
    func forEachGram(minCount: Int, _ body: (_ key: UInt64, _ count: Int, _ left: Neighbours, _ right: Neighbours) -> Void) {
        // Group neighbour entries by (n-gram, side) with a counting sort.
        let buckets = table.count * 2
        var starts = [Int](repeating: 0, count: buckets + 1)
        for key in neighbours.keys { starts[Int(key >> 16) + 1] += 1 }
        for bucket in 0..<buckets { starts[bucket + 1] += starts[bucket] }
        var fill = starts
        var grouped = [(unit: UInt16, count: Int32)](repeating: (0, 0), count: neighbours.count)
        for (key, count) in zip(neighbours.keys, neighbours.counts) {
            let bucket = Int(key >> 16)
            grouped[fill[bucket]] = (UInt16(truncatingIfNeeded: key), Int32(count))
            fill[bucket] += 1
        }
        for (index, (key, count)) in zip(table.keys, table.counts).enumerated() where count >= minCount {
            body(key, count, grouped[starts[2 * index]..<starts[2 * index + 1]],
                 grouped[starts[2 * index + 1]..<starts[2 * index + 2]])
        }
    }

    /// The key of 2...4 code units, first unit in the highest bits.
    public static func key<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        units.reduce(0) { $0 << 16 | UInt64($1) }
    }

    /// The code units a key stands for.
    public static func units(of key: UInt64) -> [UInt16] {
        var units: [UInt16] = []
        var rest = key
        while rest != 0 {
            units.append(UInt16(truncatingIfNeeded: rest))
            rest >>= 16
        }
        return units.reversed()
    }

    /// Maximal runs of BMP ideographs (n-grams never cross punctuation, digits or spaces).
    static func ideographRuns(_ text: [UInt16]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = -1
        for (i, unit) in text.enumerated() {
            let ideograph = CodeUnitClass.isIdeograph(unit) && !(0xD800...0xDFFF).contains(unit)
            if ideograph {
                if start < 0 { start = i }
            } else if start >= 0 {
                runs.append(start..<i)
                start = -1
            }
        }
        if start >= 0 { runs.append(start..<text.count) }
        return runs
    }
}
