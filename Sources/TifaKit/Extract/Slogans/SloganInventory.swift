/// The formulations one text (an issue) uses, learned in a first pass so that the second
/// pass can count every occurrence, quoted or not: a slogan quoted once in the opening
/// article is still counted where the closing article mentions it without quotes.
public struct SloganInventory: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var normalized: String
        public var category: SloganCategory
    }

    /// Matching key (the surface with quotes and 、 removed) -> what it counts as.
    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// Starts from known formulations.
    public init(lexicon: SloganLexicon) {
        for (text, category) in lexicon.entries { add(text, as: text, category) }
    }

    /// Records that `surface` counts as `normalized`. The first category recorded for a
    /// form wins, so a known formulation keeps its category.
    public mutating func add(_ surface: String, as normalized: String, _ category: SloganCategory) {
        let key = SloganNormalizer.normalize(surface)
        guard !key.isEmpty, entries[key] == nil else { return }
        entries[key] = Entry(normalized: SloganNormalizer.normalize(normalized), category: category)
    }

    public func contains(_ surface: String) -> Bool {
        entries[SloganNormalizer.normalize(surface)] != nil
    }

    /// Slogans by normalized form, for reports.
    public var slogans: [String: SloganCategory] {
        var result: [String: SloganCategory] = [:]
        for entry in entries.values where result[entry.normalized] == nil { result[entry.normalized] = entry.category }
        return result
    }
}
