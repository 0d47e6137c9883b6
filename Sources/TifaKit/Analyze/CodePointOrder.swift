import Foundation

/// The tie-break order of every sorted output: Unicode code points, the same on every
/// machine and locale. Compared over UTF-8 bytes, whose order is code-point order and
/// which a native String holds contiguously (walking unicodeScalars was a measurable share
/// of a run's sorting); one `memcmp` where both are contiguous.
public enum CodePointOrder {
    @inline(__always)
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
        if let compared, let result = compared { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
