/// Formulations known before reading an issue: the built-in national ones plus a user's
/// own list. Known formulations are counted wherever they occur, quoted or not.
public struct SloganLexicon: Sendable, Hashable {
    /// Normalized text -> category.
    public var entries: [String: SloganCategory]

    public init(entries: [String: SloganCategory] = [:]) {
        self.entries = entries
    }

    /// The built-in national formulations.
    public static let builtIn: SloganLexicon = {
        var lexicon = SloganLexicon()
        lexicon.merge(parsing: NationalFormulations.data)
        return lexicon
    }()

    /// Adds lines of `text [category]` (category numbered, meeting or quoted; when absent
    /// it is inferred: numbered when the text starts with a numeral). Blank lines and
    /// lines starting with `#` are skipped. Returns the 1-based numbers of lines it could
    /// not read.
    @discardableResult
    public mutating func merge(parsing data: String) -> [Int] {
        var bad: [Int] = []
        for (index, line) in data.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            let text = SloganNormalizer.normalize(String(first))
            var category: SloganCategory?
            if fields.count > 1 { category = SloganCategory(rawValue: String(fields[1])) }
            if fields.count > 1 && category == nil || text.isEmpty {
                bad.append(index + 1)
                continue
            }
            let inferred: SloganCategory = text.unicodeScalars.first.map(ChineseNumerals.isNumeral) == true ? .numbered : .quoted
            entries[text] = category ?? inferred
        }
        return bad
    }
}
