/// People, places and organizations together: each extractor proposes candidates, the
/// resolver settles overlaps (衢州市委组织部 is one organization, not a place inside one),
/// and names of people confirmed anywhere in a document are then recognized in every
/// other paragraph of it, where no cue stands next to them.
public struct EntityExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?
    private let persons: PersonExtractor
    private let places: PlaceExtractor
    private let organizations: OrganizationExtractor

    /// `tokenizer` (ICU word break) sharpens name boundaries; nil works, less precisely.
    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
        persons = PersonExtractor(tokenizer: tokenizer)
        places = PlaceExtractor(tokenizer: tokenizer)
        organizations = OrganizationExtractor(tokenizer: tokenizer)
    }

    public func extract(_ text: String) -> [Mention] {
        extract(document: [text])[0]
    }

    /// Mentions per paragraph of one document (an article, an issue, a line of
    /// `tifa mentions`), ordered by start offset within each paragraph.
    /// `knownNames`: people the document names elsewhere (its bylines), recognized in
    /// every paragraph like names a cue confirmed.
    public func extract(document paragraphs: [String], knownNames: [String] = []) -> [[Mention]] {
        extract(analyzed: paragraphs.map { AnalyzedText($0, tokenizer: tokenizer) }, knownNames: knownNames)
    }

    /// The same over paragraphs already analyzed with this extractor's tokenizer.
    func extract(analyzed texts: [AnalyzedText], knownNames: [String] = []) -> [[Mention]] {
        var firstPass: [[EntitySpan]] = []
        var confirmed = PhraseTrie()
        var cuedNames = Set<String>()
        var uncuedNames: [String] = []
        // Uncued "names" the document also uses as the name of a place (钱江源|国家公园):
        // one sense per document, so none of their uncued occurrences is a person.
        var placeNames = Set<String>()
        for name in knownNames where name.unicodeScalars.count >= 2 { confirmed.insert(name, value: 0) }
        for text in texts {
            let candidates = candidates(in: text)
            let resolved = EntityResolver.resolve(candidates)
            for span in resolved where span.kind == .person && span.length >= 2 {
                let name = text.string(span.start, span.end)
                if span.cued { cuedNames.insert(name) } else { uncuedNames.append(name) }
                if !span.cued && EntityLexicon.shared.landmarkHeads.longest(text.scalars, at: span.end) != nil { placeNames.insert(name) }
            }
            firstPass.append(candidates)
        }
        placeNames.subtract(cuedNames)
        for name in cuedNames { confirmed.insert(name, value: 0) }
        for name in uncuedNames where !Self.isLongerReading(name, of: cuedNames) && !placeNames.contains(name) { confirmed.insert(name, value: 0) }
        var result: [[Mention]] = []
        for (index, text) in texts.enumerated() {
            var candidates = firstPass[index]
            if !placeNames.isEmpty {
                candidates.removeAll { $0.kind == .person && !$0.cued && placeNames.contains(text.string($0.start, $0.end)) }
            }
            if !cuedNames.isEmpty {
                // A name a cue confirmed (吴盛) wins over an uncued longer reading of the
                // same place (吴盛|会 where 盛会 is a word): the document already said who.
                candidates.removeAll { span in
                    span.kind == .person && !span.cued && Self.isLongerReading(text.string(span.start, span.end), of: cuedNames)
                }
            }
            if confirmed.maxLength > 0 {
                candidates += repeatedNames(in: text, confirmed: confirmed)
            }
            candidates += BracketedBylines.find(in: text)
            candidates += DottedNames.find(in: text)
            var resolved = EntityResolver.resolve(candidates)
            let listed = ListedNames.find(in: text, resolved: resolved)
            if !listed.isEmpty { resolved = EntityResolver.resolve(resolved + listed) }
            result.append(EntityResolver.mentions(resolved, kinds: [.person, .place, .organization], in: text))
        }
        return result
    }

    func candidates(in text: AnalyzedText) -> [EntitySpan] {
        let placeSpans = places.candidates(in: text)
        let personSpans = persons.candidates(in: text)
        let organizationSpans = organizations.candidates(in: text, places: placeSpans, persons: personSpans)
        return placeSpans + organizationSpans + personSpans
    }

    /// Whether a three-character `name` is a two-character name a cue confirmed plus one
    /// character (吴盛 + 会).
    static func isLongerReading(_ name: String, of cuedNames: Set<String>) -> Bool {
        name.unicodeScalars.count == 3 && cuedNames.contains(String(name.unicodeScalars.dropLast()))
    }

    /// Occurrences of names confirmed elsewhere in the document, on word boundaries.
    func repeatedNames(in text: AnalyzedText, confirmed: PhraseTrie) -> [EntitySpan] {
        let s = text.scalars
        var spans: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard text.boundary[i] || !text.isHan(at: i - 1), let match = confirmed.longest(s, at: i) else { i += 1; continue }
            let end = i + match.length
            if (text.boundary[end] || !text.isHan(at: end)) && !PersonExtractor.isDoctrine(after: end, in: s) {
                spans.append(EntitySpan(start: i, end: end, kind: .person, priority: 3.3))
            }
            i += 1
        }
        return spans
    }
}
