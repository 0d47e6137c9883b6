import Foundation

/// A read-only trie over UTF-16 code units answering "which lexicon words start here, and
/// how likely is each?" without building a String. Built once per run and shared by every
/// worker: flat arrays (a direct table for the first code unit, sorted child lists below
/// it), built from sorted words without any per-node dictionary.
public struct LexiconTrie: Sendable {
    /// Where a word came from; a higher source wins over a lower one at the same place.
    public enum Source: UInt8, Sendable, Comparable, Codable {
        /// The general vocabulary (word-frequency list) compiled into the binary.
        case general = 1
        case discovered = 2
        /// The curated built-in lexicon files (formulations, places, titles ...).
        case builtin = 3
        case user = 4

        public static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// A word to insert: its code units, source and weight (a frequency: only ratios matter).
    public struct Entry: Sendable {
        public var word: [UInt16]
        public var source: Source
        public var weight: Double

        public init(word: [UInt16], source: Source, weight: Double) {
            self.word = word
            self.source = source
            self.weight = weight
        }
    }

    /// A match: how many code units, and the strongest source that holds that word.
    public struct Match: Sendable, Equatable {
        public var length: Int
        public var source: Source
    }

    /// Per code unit: the node of the one-unit prefix (or -1) and the unit's log probability
    /// as a word of its own, side by side so one memory load serves both.
    struct RootSlot {
        var node: Int32
        var logProbability: Float
    }
    /// A node below the root: its children are `children[firstChild ..< firstChild + childCount]`,
    /// sorted by code unit; `terminal` is the source's raw value (0: not a word end) and
    /// `logProbability` the natural log of the word's probability (weight / total weight).
    struct Node {
        var firstChild: Int32
        var childCount: Int32
        var logProbability: Float
        var terminal: UInt8
    }
    struct Child {
        var unit: UInt16
        var node: Int32
    }
    private(set) var root: [RootSlot]
    private(set) var nodes: [Node]
    private(set) var children: [Child]
    /// Per first code unit: whether some user word starts with it (user words are looked
    /// up at every position, not only at ICU's boundaries).
    private(set) var userFirst: [Bool]
    public private(set) var count: Int
    /// Log probability of a word a rule proposes (a number in Chinese numerals): a
    /// curated word's (weight 2000), so it beats a split into vocabulary pieces.
    public private(set) var ruleWordLogProbability: Float
    /// Whether any word comes from a user lexicon.
    public private(set) var hasUserWords: Bool
    /// The weight probabilities are relative to, kept so words added later score alike.
    private(set) var totalWeight: Double

    /// A trie from its arrays as they are (the compiled vocabulary trie, `CompiledVocabularyTrie`).
    init(root: [RootSlot], nodes: [Node], children: [Child], userFirst: [Bool], count: Int,
         ruleWordLogProbability: Float, hasUserWords: Bool, totalWeight: Double) {
        self.root = root
        self.nodes = nodes
        self.children = children
        self.userFirst = userFirst
        self.count = count
        self.ruleWordLogProbability = ruleWordLogProbability
        self.hasUserWords = hasUserWords
        self.totalWeight = totalWeight
    }

    /// Builds a trie from weighted words. A word listed more than once keeps its strongest
    /// source and its highest weight. One-unit words only set that unit's probability.
    /// `total` is the weight the probabilities are relative to (default: the sum).
    public init(weighted entries: [Entry], total: Double? = nil) {
        let sum = total ?? max(1, entries.reduce(0) { $0 + max($1.weight, 0) })
        totalWeight = sum
        let floor = Float(log(1 / sum))
        ruleWordLogProbability = Float(log(Self.ruleWordWeight / sum))
        root = [RootSlot](repeating: RootSlot(node: -1, logProbability: floor), count: 65536)
        var words: [Entry] = []
        words.reserveCapacity(entries.count)
        for entry in entries {
            if entry.word.count >= 2 {
                words.append(entry)
            } else if entry.word.count == 1 {
                let unit = Int(entry.word[0])
                root[unit].logProbability = max(root[unit].logProbability, Float(log(max(entry.weight, 1) / sum)))
            }
        }
        words.sort { $0.word.lexicographicallyPrecedes($1.word) }
        // Duplicates are adjacent now: fold them into the first of each group.
        var unique: [Entry] = []
        unique.reserveCapacity(words.count)
        for entry in words {
            if let last = unique.last, last.word == entry.word {
                unique[unique.count - 1].source = max(last.source, entry.source)
                unique[unique.count - 1].weight = max(last.weight, entry.weight)
            } else {
                unique.append(entry)
            }
        }
        count = unique.count
        userFirst = [Bool](repeating: false, count: 65536)
        nodes = [Node(firstChild: 0, childCount: 0, logProbability: 0, terminal: 0)]
        children = []
        for entry in unique where entry.source == .user { userFirst[Int(entry.word[0])] = true }
        hasUserWords = userFirst.contains(true)

        // Breadth first over ranges of the sorted words sharing a prefix: each node's
        // children are laid out next to each other. A range starts with the word equal
        // to its prefix, if any (sorting puts a prefix first).
        var queue: [(node: Int32, low: Int, high: Int, depth: Int)] = []
        var head = 0
        func addChildren(of node: Int32, low: Int, high: Int, depth: Int) {
            var index = low
            if node != 0 { nodes[Int(node)].firstChild = Int32(children.count) }
            while index < high {
                let unit = unique[index].word[depth]
                var end = index + 1
                while end < high, unique[end].word[depth] == unit { end += 1 }
                let child = Int32(nodes.count)
                nodes.append(Node(firstChild: 0, childCount: 0, logProbability: 0, terminal: 0))
                if node == 0 {
                    root[Int(unit)].node = child
                } else {
                    children.append(Child(unit: unit, node: child))
                    nodes[Int(node)].childCount += 1
                }
                queue.append((child, index, end, depth + 1))
                index = end
            }
        }
        addChildren(of: 0, low: 0, high: unique.count, depth: 0)
        while head < queue.count {
            var (node, low, high, depth) = queue[head]
            head += 1
            if unique[low].word.count == depth {
                nodes[Int(node)].terminal = unique[low].source.rawValue
                nodes[Int(node)].logProbability = Float(log(max(unique[low].weight, 1) / sum))
                low += 1
            }
            addChildren(of: node, low: low, high: high, depth: depth)
        }
    }

    static let ruleWordWeight = 2000.0

    /// A copy with `entries` added, answering every query exactly as a trie built from the
    /// original words plus these would (same probabilities, strongest source, highest
    /// weight), without re-sorting the whole vocabulary: an issue's few hundred discovered
    /// words cost a copy of the arrays, not a rebuild. Words from a user lexicon are not
    /// accepted here (they also mark first code units); use `init(weighted:total:)`.
    public func adding(_ entries: [Entry]) -> LexiconTrie {
        var copy = self
        // The copy's arrays are made once with room to grow (a shared array is copied on
        // its first append, then copied again when that append outgrows it): a node per
        // unit, and a child list moved to the end per new child (room for lists of 256).
        let units = entries.reduce(0) { $0 + ($1.source != .user ? $1.word.count : 0) }
        if units > 0 {
            copy.nodes.reserveCapacity(nodes.count + units)
            copy.children.reserveCapacity(children.count + 256 * units)
        }
        for entry in entries where entry.source != .user { copy.insert(entry) }
        return copy
    }

    private mutating func insert(_ entry: Entry) {
        let word = entry.word
        let logProbability = Float(log(max(entry.weight, 1) / totalWeight))
        if word.count == 1 {
            let unit = Int(word[0])
            root[unit].logProbability = max(root[unit].logProbability, logProbability)
            return
        }
        guard word.count >= 2 else { return }
        var node = Int(root[Int(word[0])].node)
        if node < 0 {
            node = newNode()
            root[Int(word[0])].node = Int32(node)
        }
        for unit in word.dropFirst() {
            if let next = child(of: node, unit: unit) {
                node = Int(next)
            } else {
                node = addChild(to: node, unit: unit)
            }
        }
        let data = nodes[node]
        if data.terminal == 0 {
            nodes[node].terminal = entry.source.rawValue
            nodes[node].logProbability = logProbability
            count += 1
        } else {
            nodes[node].terminal = max(data.terminal, entry.source.rawValue)
            nodes[node].logProbability = max(data.logProbability, logProbability)
        }
    }

    private mutating func newNode() -> Int {
        nodes.append(Node(firstChild: 0, childCount: 0, logProbability: 0, terminal: 0))
        return nodes.count - 1
    }

    /// Moves `node`'s child list to the end of `children` with `unit` inserted in order
    /// (the old list is left unused); returns the new child node.
    private mutating func addChild(to node: Int, unit: UInt16) -> Int {
        let child = newNode()
        let first = Int(nodes[node].firstChild)
        let end = first + Int(nodes[node].childCount)
        let newFirst = children.count
        var inserted = false
        for index in first..<end {
            let existing = children[index]
            if !inserted && unit < existing.unit {
                children.append(Child(unit: unit, node: Int32(child)))
                inserted = true
            }
            children.append(existing)
        }
        if !inserted { children.append(Child(unit: unit, node: Int32(child))) }
        nodes[node].firstChild = Int32(newFirst)
        nodes[node].childCount += 1
        return child
    }

    /// Builds a trie of unweighted words (each weighs 1).
    public init<S: Sequence>(_ entries: S) where S.Element == (word: [UInt16], source: Source) {
        self.init(weighted: entries.map { Entry(word: $0.word, source: $0.source, weight: 1) })
    }

    /// The empty trie.
    public init() { self.init(weighted: []) }

    /// The longest word at `start` (ending at or before `limit`) from `minimum` source up,
    /// preferring user words: if any user word starts here, the longest user word wins.
    @inline(__always)
    public func longestMatch(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int,
                             minimum: Source = .general) -> Match? {
        guard start < limit else { return nil }
        var node = root[Int(text[start])].node
        if node < 0 { return nil }
        var best: Match?
        var bestUser: Match?
        var position = start + 1
        while position < limit {
            guard let next = child(of: Int(node), unit: text[position]) else { break }
            node = next
            position += 1
            let mark = nodes[Int(node)].terminal
            if mark != 0 {
                let source = Source(rawValue: mark)!
                if source == .user { bestUser = Match(length: position - start, source: .user) }
                if source >= minimum { best = Match(length: position - start, source: source) }
            }
        }
        return bestUser ?? best
    }

    /// Calls `body(length, logProbability)` for every word of two or more code units that
    /// starts at `start` and ends at or before `limit`, shortest first.
    @inline(__always)
    func forEachWord(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int,
                     _ body: (Int, Float) -> Void) {
        var node = root[Int(text[start])].node
        if node < 0 { return }
        var position = start + 1
        while position < limit {
            guard let next = child(of: Int(node), unit: text[position]) else { return }
            node = next
            position += 1
            let data = nodes[Int(node)]
            if data.terminal != 0 { body(position - start, data.logProbability) }
        }
    }

    /// Log probability of one code unit as a word of its own.
    @inline(__always)
    func unitLogProbability(_ unit: UInt16) -> Float { root[Int(unit)].logProbability }

    /// Whether a user word may start with this code unit.
    @inline(__always)
    public func userWordMayStart(with unit: UInt16) -> Bool { userFirst[Int(unit)] }

    /// Whether `word` is in the trie (from any source).
    public func contains(_ word: [UInt16]) -> Bool {
        exactSource(word) != nil
    }

    /// The source of exactly `word`, or nil.
    public func exactSource(_ word: [UInt16]) -> Source? {
        guard let node = node(of: word) else { return nil }
        return Source(rawValue: nodes[node].terminal)
    }

    /// The log probability of exactly `word` (two or more code units), or nil.
    public func logProbability(of word: [UInt16]) -> Float? {
        guard let node = node(of: word), nodes[node].terminal != 0 else { return nil }
        return nodes[node].logProbability
    }

    /// The log probability of the word spelled by the Unicode scalars `text[start..<end]`
    /// (two or more, all in the BMP), or nil: the entity extractors ask this per candidate
    /// and so build no array for it.
    public func logProbability(scalars text: [UInt32], _ start: Int, _ end: Int) -> Float? {
        guard start >= 0, end <= text.count, end - start >= 2, text[start] < 0x10000 else { return nil }
        var node = root[Int(text[start])].node
        if node < 0 { return nil }
        for k in (start + 1)..<end {
            guard text[k] < 0x10000, let next = child(of: Int(node), unit: UInt16(truncatingIfNeeded: text[k])) else { return nil }
            node = next
        }
        let data = nodes[Int(node)]
        return data.terminal != 0 ? data.logProbability : nil
    }

    /// The length of the longest word of two or more scalars starting at `text[start]`
    /// (0 when none): whether an idiom or a longer word covers a place, without an array.
    public func longestWordLength(scalars text: [UInt32], at start: Int) -> Int {
        guard start >= 0, start < text.count, text[start] < 0x10000 else { return 0 }
        var node = root[Int(text[start])].node
        if node < 0 { return 0 }
        var longest = 0
        var k = start + 1
        while k < text.count, text[k] < 0x10000, let next = child(of: Int(node), unit: UInt16(truncatingIfNeeded: text[k])) {
            node = next
            k += 1
            if nodes[Int(node)].terminal != 0 { longest = k - start }
        }
        return longest
    }

    private func node(of word: [UInt16]) -> Int? {
        guard word.count >= 2 else { return nil }
        var node = root[Int(word[0])].node
        if node < 0 { return nil }
        for unit in word.dropFirst() {
            guard let next = child(of: Int(node), unit: unit) else { return nil }
            node = next
        }
        return Int(node)
    }

    @inline(__always)
    private func child(of node: Int, unit: UInt16) -> Int32? {
        let data = nodes[node]
        var low = Int(data.firstChild)
        var high = low + Int(data.childCount)
        return children.withUnsafeBufferPointer { children in
            while low < high {
                let middle = (low + high) >> 1
                let child = children[middle]
                if child.unit == unit { return child.node }
                if child.unit < unit { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }
}
