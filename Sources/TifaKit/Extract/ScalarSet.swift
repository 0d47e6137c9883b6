/// A set of Unicode scalar values whose `contains` is one bit test for the BMP, where a
/// `Set<UInt32>` hashes every lookup (SipHash): the character classes of entity
/// extraction (name characters, function words, transliteration) are asked at nearly
/// every character of every issue. Iterates its members in ascending order.
struct ScalarSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// Bit per BMP scalar.
    private let bits: [UInt64]
    private let astral: Set<UInt32>
    private let members: [UInt32]

    init(_ set: Set<UInt32>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        for value in set where value < 0x10000 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
        self.bits = bits
        astral = set.filter { $0 >= 0x10000 }
        members = set.sorted()
    }

    init(arrayLiteral values: UInt32...) {
        self.init(Set(values))
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        value < 0x10000 ? bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : astral.contains(value)
    }

    func makeIterator() -> IndexingIterator<[UInt32]> { members.makeIterator() }

    /// The members of both, as a `Set` (for building other classes).
    func union<S: Sequence>(_ other: S) -> Set<UInt32> where S.Element == UInt32 { Set(members).union(other) }
}
