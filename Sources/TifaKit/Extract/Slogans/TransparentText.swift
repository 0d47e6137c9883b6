/// A text seen with quotation marks, 、 and spaces skipped, and the way back to the
/// original offsets: slogans are counted and concordances found on this view, so
/// “四个”意识 and 五不能、六不宜 match as one phrase while citations point at the text as written.
struct TransparentText {
    /// The text's Unicode scalars, as written.
    let scalars: [Unicode.Scalar]
    /// The scalars that are not transparent, in order.
    let search: [Unicode.Scalar]
    /// For each scalar of `search`, its offset in `scalars`.
    let origin: [Int]

    init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    init(scalars: [Unicode.Scalar]) {
        let n = scalars.count
        var search = [Unicode.Scalar](repeating: " ", count: n)
        var origin = [Int](repeating: 0, count: n)
        var kept = 0
        search.withUnsafeMutableBufferPointer { search in
            origin.withUnsafeMutableBufferPointer { origin in
                for index in 0..<n where !SloganNormalizer.isTransparent(scalars[index]) {
                    search[kept] = scalars[index]
                    origin[kept] = index
                    kept += 1
                }
            }
        }
        search.removeLast(n - kept)
        origin.removeLast(n - kept)
        self.scalars = scalars
        self.search = search
        self.origin = origin
    }

    /// The original characters from `first` through `last` (offsets in `scalars`).
    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }
}
