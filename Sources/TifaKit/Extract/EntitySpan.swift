/// A candidate entity before overlaps are resolved: where it is, what it is, how sure the
/// rules are, and for a person whether a context cue (title, 同志, 说 ...) vouched for it.
struct EntitySpan: Sendable, Hashable {
    var start: Int
    var end: Int
    var kind: Mention.Kind
    /// Higher wins an overlap; ties go to the longer span, then the earlier.
    var priority: Double
    var cued: Bool = false
    /// A post stated next to a person (总书记, 开化县人民政府副县长).
    var role: String? = nil

    var length: Int { end - start }

    func overlaps(_ other: EntitySpan) -> Bool { start < other.end && other.start < end }
}
