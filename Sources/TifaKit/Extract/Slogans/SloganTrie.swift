/// A character trie over an inventory's matching keys, for longest-match counting in one
/// left-to-right pass (双带双强 wins over the 双带 inside it).
public struct SloganTrie: Sendable {
    /// Edges, keyed by `edgeKey(node, scalar)` in a flat table (a lookup is a multiply and
    /// a probe, where a `Dictionary` per node hashed every scalar with a seeded `Hasher`);
    /// `targets[i]` is the node entry `i` of `edges` leads to.
    private var edges = GramTable(capacity: 1024)
    private var targets: [Int32] = []
    /// Per node (0 is the root): the entry of the key ending there.
    private var values: [SloganInventory.Entry?] = [nil]
    /// One bit per BMP character: can a key start with it? Most characters of a text start
    /// no slogan, and this answers without hashing.
    private var startsBMP = [UInt64](repeating: 0, count: 1024)

    public init(_ inventory: SloganInventory) {
        // In any order: a key's path and value do not depend on the keys inserted before it
        // (distinct keys are distinct scalar sequences), so no sort and no second lookup.
        for (key, entry) in inventory.entries {
            insert(Array(key.unicodeScalars), entry)
        }
    }

    private mutating func insert(_ key: [Unicode.Scalar], _ entry: SloganInventory.Entry) {
        if let first = key.first, first.value < 0x10000 {
            startsBMP[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
        }
        var node = 0
        for scalar in key {
            let edge = Self.edgeKey(node, scalar)
            if let index = edges.index(of: edge) {
                node = Int(targets[index])
            } else {
                values.append(nil)
                edges.add(edge, 0)
                targets.append(Int32(values.count - 1))
                node = values.count - 1
            }
        }
        values[node] = entry
    }

    /// The key of the edge from `node` by `scalar` (a scalar takes 21 bits).
    @inline(__always)
    static func edgeKey(_ node: Int, _ scalar: Unicode.Scalar) -> UInt64 {
        UInt64(node) << 21 | UInt64(scalar.value)
    }

    /// Whether some key may start with `scalar` (false: none does). Callers scanning a
    /// text test this first: most positions end here, without a call to `longestMatch`.
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x10000 || startsBMP[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
    }

    /// The longest key starting at `start` in `text`: its end offset and entry.
    public func longestMatch(in text: [Unicode.Scalar], from start: Int) -> (end: Int, entry: SloganInventory.Entry)? {
        if start < text.count, text[start].value < 0x10000,
           startsBMP[Int(text[start].value >> 6)] & (1 << UInt64(text[start].value & 63)) == 0 {
            return nil
        }
        var node = 0
        var best: (Int, SloganInventory.Entry)?
        var index = start
        while index < text.count, let edge = edges.index(of: Self.edgeKey(node, text[index])) {
            node = Int(targets[edge])
            index += 1
            if let value = values[node] { best = (index, value) }
        }
        return best
    }
}
