/// A deterministic generator (64-bit LCG) for generated test texts, so a failure can be
/// reproduced from its seed.
struct SeededGenerator {
    var state: UInt64

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
