/// Counts of character n-grams inside runs of ideographs, with the characters seen to
/// their left and right: what new-word discovery scores. One value per document, merged
/// across documents; `prune` keeps memory bounded on large corpora.
public struct NgramStatistics: Sendable {
    /// Left and right neighbours of one n-gram (0 stands for a run boundary).
    public struct Entry: Sendable {
        public var count: Int
        public var left: [UInt16: Int32] = [:]
        public var right: [UInt16: Int32] = [:]
    }

    /// Single characters: counts by code unit.
    public private(set) var characters: [UInt16: Int] = [:]
    /// n-grams of 2...maxLength code units, keyed by `key(_:)`.
    public private(set) var grams: [UInt64: Entry] = [:]
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
        let runs = Self.ideographRuns(text)
        var counts: [UInt64: Int] = [:]
        for run in runs {
            positions += run.count
            for i in run {
                characters[text[i], default: 0] += 1
                var key: UInt64 = UInt64(text[i])
                var j = i + 1
                while j < run.upperBound, j - i < self.maxLength {
                    key = key << 16 | UInt64(text[j])
                    j += 1
                    counts[key, default: 0] += 1
                }
            }
        }
        for (key, count) in counts where count >= minCount { grams[key] = Entry(count: count) }
        // Second pass: neighbours of the grams that stayed.
        for run in runs {
            for i in run {
                var key: UInt64 = UInt64(text[i])
                var j = i + 1
                while j < run.upperBound, j - i < self.maxLength {
                    key = key << 16 | UInt64(text[j])
                    j += 1
                    if grams[key] != nil {
                        let left: UInt16 = i > run.lowerBound ? text[i - 1] : 0
                        let right: UInt16 = j < run.upperBound ? text[j] : 0
                        grams[key]!.left[left, default: 0] += 1
                        grams[key]!.right[right, default: 0] += 1
                    }
                }
            }
        }
    }

    /// Adds another document's statistics.
    public mutating func merge(_ other: NgramStatistics) {
        positions += other.positions
        for (unit, count) in other.characters { characters[unit, default: 0] += count }
        for (key, entry) in other.grams {
            if var mine = grams[key] {
                mine.count += entry.count
                for (unit, count) in entry.left { mine.left[unit, default: 0] += count }
                for (unit, count) in entry.right { mine.right[unit, default: 0] += count }
                grams[key] = mine
            } else {
                grams[key] = entry
            }
        }
    }

    /// Keeps at most `maxEntries` n-grams, the most frequent (ties broken by key so the
    /// result never depends on hashing order).
    public mutating func prune(maxEntries: Int) {
        guard grams.count > maxEntries else { return }
        let kept = grams.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(maxEntries)
        grams = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    /// Count of an n-gram given as code units (single characters included).
    public func count(_ units: ArraySlice<UInt16>) -> Int {
        if units.count == 1 { return characters[units.first!] ?? 0 }
        return grams[Self.key(units)]?.count ?? 0
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
