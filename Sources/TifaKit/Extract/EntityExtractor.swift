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
    public func extract(document paragraphs: [String]) -> [[Mention]] {
        let texts = paragraphs.map { AnalyzedText($0, tokenizer: tokenizer) }
        var firstPass: [[EntitySpan]] = []
        var confirmed = PhraseTrie()
        for text in texts {
            let candidates = candidates(in: text)
            let resolved = EntityResolver.resolve(candidates)
            for span in resolved where span.kind == .person && span.length >= 2 {
                confirmed.insert(text.string(span.start, span.end), value: 0)
            }
            firstPass.append(candidates)
        }
        var result: [[Mention]] = []
        for (index, text) in texts.enumerated() {
            var candidates = firstPass[index]
            if confirmed.maxLength > 0 {
                candidates += repeatedNames(in: text, confirmed: confirmed)
            }
            result.append(EntityResolver.mentions(EntityResolver.resolve(candidates), kinds: [.person, .place, .organization], in: text))
        }
        return result
    }

    func candidates(in text: AnalyzedText) -> [EntitySpan] {
        let placeSpans = places.candidates(in: text)
        let organizationSpans = organizations.candidates(in: text, places: placeSpans)
        return placeSpans + organizationSpans + persons.candidates(in: text)
    }

    /// Occurrences of names confirmed elsewhere in the document, on word boundaries.
    func repeatedNames(in text: AnalyzedText, confirmed: PhraseTrie) -> [EntitySpan] {
        let s = text.scalars
        var spans: [EntitySpan] = []
        var i = 0
        while i < s.count {
            guard text.boundary[i] || !text.isHan(at: i - 1), let match = confirmed.longest(s, at: i) else { i += 1; continue }
            let end = i + match.length
            if text.boundary[end] || !text.isHan(at: end) {
                spans.append(EntitySpan(start: i, end: end, kind: .person, priority: 3.3))
            }
            i += 1
        }
        return spans
    }
}
