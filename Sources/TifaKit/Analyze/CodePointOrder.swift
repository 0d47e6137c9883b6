/// The tie-break order of every sorted output: Unicode code points, the same on every
/// machine and locale. Compared over UTF-8 bytes, whose order is code-point order and
/// which a native String holds contiguously (walking unicodeScalars was a measurable share
/// of a run's sorting).
public enum CodePointOrder {
    @inline(__always)
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
