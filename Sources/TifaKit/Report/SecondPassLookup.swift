/// What the second pass of the reduce looks up, keyed by the bytes of the packed records
/// (`EscapedKeyTable`), made once per run from the corpus statistics: corpus counts of
/// every term (the followed terms first), the followed slogans and people, the chosen
/// collocation nodes.
struct SecondPassLookup: Sendable {
    /// Followed terms first (`followedTerms[i]` is the position in `CorpusStatistics.followed`
    /// of term `i`), then every corpus term.
    let terms: EscapedKeyTable
    let termCounts: [Int]
    /// The String of each position of `terms`.
    let termNames: [String]
    let followedTerms: [Int]
    let slogans: EscapedKeyTable
    let followedSlogans: [Int]
    let persons: EscapedKeyTable
    let followedPersons: [Int]
    let nodes: EscapedKeyTable
    let nodeNames: [String]
    /// Each chosen node as records spell it (escaped UTF-8), to be found in a record's
    /// sorted node index.
    let nodeKeys: [[UInt8]]
    /// Whether every followed item and chosen node is `PlainText` (else records are
    /// reduced through Strings).
    let plain: Bool

    init(_ statistics: CorpusStatistics) {
        var positions: [CorpusStatistics.Followed.Kind: [Int]] = [:]
        for (position, item) in statistics.followed.enumerated() { positions[item.kind, default: []].append(position) }
        let items = { (kind: CorpusStatistics.Followed.Kind) in (positions[kind] ?? []).map { statistics.followed[$0].item } }
        followedTerms = positions[.term] ?? []
        followedSlogans = positions[.slogan] ?? []
        followedPersons = positions[.person] ?? []
        let followedTermNames = items(.term)
        let corpusTerms = Array(statistics.termTotals)
        termNames = followedTermNames + corpusTerms.map(\.key.string)
        terms = EscapedKeyTable(termNames)
        termCounts = followedTermNames.map { statistics.termTotal($0)?.count ?? 0 } + corpusTerms.map(\.value.count)
        slogans = EscapedKeyTable(items(.slogan))
        persons = EscapedKeyTable(items(.person))
        nodeNames = statistics.chosenNodes.sorted()
        nodes = EscapedKeyTable(nodeNames)
        nodeKeys = nodeNames.map { name in
            var key: [UInt8] = []
            EscapedKeyTable.appendEscaped(name, to: &key)
            return key
        }
        plain = statistics.followed.allSatisfy { PlainText.isPlain($0.item) } && nodeNames.allSatisfy(PlainText.isPlain)
    }
}
