/// A read-only trie over UTF-16 code units answering "which lexicon words start here?"
/// without building a String. Built once per run and shared by every worker (a value of
/// flat arrays): a direct table for the first code unit, sorted child lists below it.
public struct LexiconTrie: Sendable {
    /// Where a word came from; a higher source wins over a lower one at the same place.
    public enum Source: UInt8, Sendable, Comparable, Codable {
        case discovered = 1
        case builtin = 2
        case user = 3

        public static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// A match: how many code units, and the strongest source that holds that word.
    public struct Match: Sendable, Equatable {
        public var length: Int
        public var source: Source
    }

    // Node 0 is the root. For node n: its children are childUnits/childNodes[firstChild[n] ..< firstChild[n] + childCount[n]].
    private var rootChild: [Int32]
    private var firstChild: [Int32]
    private var childCount: [Int32]
    private var childUnits: [UInt16]
    private var childNodes: [Int32]
    private var terminal: [UInt8]
    /// Per first code unit: whether some user word starts with it (user words are looked
    /// up at every position, not only at ICU's boundaries).
    private var userFirst: [Bool]
    public private(set) var count: Int
    /// Whether any word comes from a user lexicon.
    public private(set) var hasUserWords: Bool

    /// Builds a trie from words and their sources; for a word listed more than once the
    /// strongest source is kept. Words shorter than two code units are ignored.
    public init<S: Sequence>(_ entries: S) where S.Element == (word: [UInt16], source: Source) {
        var builder = TrieBuilder()
        for entry in entries where entry.word.count >= 2 { builder.insert(entry.word, entry.source) }
        (rootChild, firstChild, childCount, childUnits, childNodes, terminal, userFirst, count) = builder.flatten()
        hasUserWords = userFirst.contains(true)
    }

    /// The empty trie.
    public init() { self.init([]) }

    /// The longest word at `start` (ending at or before `limit`) from `minimum` source up,
    /// preferring user words: if any user word starts here, the longest user word wins.
    @inline(__always)
    public func longestMatch(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int,
                             minimum: Source = .discovered) -> Match? {
        guard start < limit else { return nil }
        var node = rootChild[Int(text[start])]
        if node < 0 { return nil }
        var best: Match?
        var bestUser: Match?
        var position = start + 1
        while position < limit {
            guard let next = child(of: Int(node), unit: text[position]) else { break }
            node = next
            position += 1
            let mark = terminal[Int(node)]
            if mark != 0 {
                let source = Source(rawValue: mark)!
                if source == .user { bestUser = Match(length: position - start, source: .user) }
                if source >= minimum { best = Match(length: position - start, source: source) }
            }
        }
        return bestUser ?? best
    }

    /// Whether a user word may start with this code unit.
    @inline(__always)
    public func userWordMayStart(with unit: UInt16) -> Bool { userFirst[Int(unit)] }

    /// Whether `word` is in the trie (from any source).
    public func contains(_ word: [UInt16]) -> Bool {
        exactSource(word) != nil
    }

    /// The source of exactly `word`, or nil.
    public func exactSource(_ word: [UInt16]) -> Source? {
        guard word.count >= 2 else { return nil }
        var node = rootChild[Int(word[0])]
        if node < 0 { return nil }
        for unit in word.dropFirst() {
            guard let next = child(of: Int(node), unit: unit) else { return nil }
            node = next
        }
        return Source(rawValue: terminal[Int(node)])
    }

    @inline(__always)
    private func child(of node: Int, unit: UInt16) -> Int32? {
        var low = Int(firstChild[node])
        var high = low + Int(childCount[node])
        while low < high {
            let middle = (low + high) >> 1
            let value = childUnits[middle]
            if value == unit { return childNodes[middle] }
            if value < unit { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}

/// The mutable trie a `LexiconTrie` is flattened from.
private struct TrieBuilder {
    var children: [[UInt16: Int32]] = [[:]]
    var terminal: [UInt8] = [0]
    var words = 0

    mutating func insert(_ word: [UInt16], _ source: LexiconTrie.Source) {
        var node = 0
        for unit in word {
            if let next = children[node][unit] {
                node = Int(next)
            } else {
                let next = Int32(children.count)
                children.append([:])
                terminal.append(0)
                children[node][unit] = next
                node = Int(next)
            }
        }
        if terminal[node] == 0 { words += 1 }
        terminal[node] = max(terminal[node], source.rawValue)
    }

    func flatten() -> ([Int32], [Int32], [Int32], [UInt16], [Int32], [UInt8], [Bool], Int) {
        var root = [Int32](repeating: -1, count: 65536)
        for (unit, node) in children[0] { root[Int(unit)] = node }
        var first = [Int32](repeating: 0, count: children.count)
        var counts = [Int32](repeating: 0, count: children.count)
        var units: [UInt16] = []
        var nodes: [Int32] = []
        for (index, map) in children.enumerated() where index > 0 {
            first[index] = Int32(units.count)
            counts[index] = Int32(map.count)
            for (unit, node) in map.sorted(by: { $0.key < $1.key }) {
                units.append(unit)
                nodes.append(node)
            }
        }
        // Which first units lead to a user word.
        var leadsToUser = [Bool](repeating: false, count: children.count)
        for index in stride(from: children.count - 1, through: 1, by: -1) {
            if terminal[index] == LexiconTrie.Source.user.rawValue { leadsToUser[index] = true }
            if leadsToUser[index] { continue }
            for node in children[index].values where leadsToUser[Int(node)] {
                leadsToUser[index] = true
                break
            }
        }
        // Children always have higher indexes than parents, so one backward pass suffices.
        var userFirst = [Bool](repeating: false, count: 65536)
        for (unit, node) in children[0] where leadsToUser[Int(node)] { userFirst[Int(unit)] = true }
        return (root, first, counts, units, nodes, terminal, userFirst, words)
    }
}
