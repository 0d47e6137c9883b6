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
        // Each text's dotted names, found once for both passes.
        var dottedNames: [[EntitySpan]] = []
        var confirmed = PhraseTrie()
        var cuedNames = Set<String>()
        var uncuedNames: [String] = []
        // Uncued "names" the document also uses as the name of a place (钱江源|国家公园):
        // one sense per document, so none of their uncued occurrences is a person.
        var placeNames = Set<String>()
        // What the document calls a person it has named in full (润五 for 王润五, 邦德 for 詹姆士·邦德).
        var aliases = Set<String>()
        // Surnames of people the document names in full (侯宝林 -> 侯老), and the names (李建华 -> 李).
        var elderSurnames = Set<UInt32>()
        var surnameFullNames: [UInt32: Set<String>] = [:]
        var comradeAliases = Set<String>()
        var kinshipNames = Set<String>()
        for name in knownNames where name.unicodeScalars.count >= 2 { confirmed.insert(name, value: 0) }
        for text in texts {
            let candidates = candidates(in: text)
            // Bare county names (武定) stay out of this first reading: a name that holds one
            // (武定远) is still confirmed, and then takes it whole below.
            let resolved = EntityResolver.resolve(candidates.filter { !($0.kind == .place && $0.priority == PlaceExtractor.bareDivisionPriority) })
            // An uncued transliteration (the weakest reading) confirms nothing elsewhere.
            for span in resolved where span.kind == .person && span.length >= 2 && span.priority != UncuedForeignNames.priority {
                let name = text.string(span.start, span.end)
                if span.cued { cuedNames.insert(name) } else { uncuedNames.append(name) }
                if span.cued, let alias = Self.givenNameAlone(span, in: text) { aliases.insert(alias) }
                if span.cued, let family = JapaneseFamilyNames.alias(of: span, in: text) { aliases.insert(family) }
                if let given = GivenNamesBeforeComrade.alias(of: span, in: text) { comradeAliases.insert(given) }
                if !span.cued && EntityLexicon.shared.landmarkHeads.longest(text.scalars, at: span.end) != nil { placeNames.insert(name) }
            }
            elderSurnames.formUnion(ElderAddresses.surnames(of: resolved, in: text))
            surnameFullNames.merge(SurnameAnaphora.fullNames(of: resolved, in: text)) { $0.union($1) }
            let textDottedNames = DottedNames.find(in: text)
            dottedNames.append(textDottedNames)
            for dotted in textDottedNames {
                if let alias = Self.lastPart(dotted, in: text) { aliases.insert(alias) }
            }
            kinshipNames.formUnion(KinshipGivenNames.afterKinship(in: text))
            firstPass.append(candidates)
        }
        for alias in aliases where !placeNames.contains(alias) { confirmed.insert(alias, value: 0) }
        kinshipNames = KinshipGivenNames.confirmed(kinshipNames, in: texts)
        placeNames.subtract(cuedNames)
        for name in Self.namesTheDocumentRepeats(texts) where !placeNames.contains(name) { confirmed.insert(name, value: 0) }
        for name in cuedNames { confirmed.insert(name, value: 0) }
        for name in uncuedNames where !Self.isLongerReading(name, of: cuedNames) && !placeNames.contains(name) { confirmed.insert(name, value: 0) }
        let anaphoraSurnames = SurnameAnaphora.unambiguous(surnameFullNames)
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
                let repeated = repeatedNames(in: text, confirmed: confirmed)
                // A bare county name inside a name the document confirms (武定|远) is the name's.
                candidates.removeAll { place in
                    place.kind == .place && place.priority == PlaceExtractor.bareDivisionPriority
                        && repeated.contains { $0.start <= place.start && place.end <= $0.end && $0.length > place.length }
                }
                // A shorter uncued reading inside a name the document confirms (陈方安 in 陈方安生).
                candidates.removeAll { span in
                    span.kind == .person && !span.cued
                        && repeated.contains { $0.start <= span.start && span.end <= $0.end && $0.length > span.length }
                }
                candidates += repeated
            }
            candidates += ElderAddresses.find(in: text, surnames: elderSurnames)
            candidates += SurnameAnaphora.find(in: text, surnames: anaphoraSurnames)
            candidates += NamedSurnames.find(in: text)
            candidates += GivenNamesBeforeComrade.find(in: text, aliases: comradeAliases)
            candidates += KinshipGivenNames.find(in: text, names: kinshipNames)
            candidates += BracketedBylines.find(in: text)
            candidates += CreditLines.find(in: text)
            candidates += BracketedNameRuns.find(in: text)
            candidates += dottedNames[index].map { ForeignNameEnds.trimmed($0, in: text) }
            // A name is never half of an idiom (雷厉风|行), whichever path proposed it.
            candidates.removeAll { $0.kind == .person && (PersonExtractor.namesABrand(end: $0.end, in: text.scalars)
                || IdiomCrossings.crosses($0, in: text) || FourCharacterPhrases.holds($0, in: text) || EthnicNotes.isNote($0, in: text)) }
            var resolved = EntityResolver.resolve(candidates)
            let listed = ListedNames.find(in: text, resolved: resolved).filter { !IdiomCrossings.crosses($0, in: text) && !EthnicNotes.isNote($0, in: text) }
            if !listed.isEmpty { resolved = EntityResolver.resolve(resolved + listed) }
            result.append(EntityResolver.mentions(resolved, kinds: [.person, .place, .organization], in: text))
        }
        return result
    }

    func candidates(in text: AnalyzedText) -> [EntitySpan] {
        let placeSpans = places.candidates(in: text)
        let personSpans = persons.candidates(in: text).map { ForeignNameEnds.trimmed(VerbAfterName.trimmed($0, in: text), in: text) }
        let organizationSpans = organizations.candidates(in: text, places: placeSpans, persons: personSpans)
        return placeSpans + organizationSpans + personSpans + RosterLines.find(in: text) + AppointmentNames.find(in: text) + GroupCues.find(in: text)
            + MinorityNames.find(in: text) + EthnicNotes.find(in: text)
    }

    /// Times a name-shaped string must stand alone in one document to be taken for a name.
    static let repeatsForAName = 3

    /// Name-shaped strings the document repeats (谭某某 … 谭某某是 … 来到谭某某家): a frequent
    /// or compound surname and one or two name characters, standing between word boundaries,
    /// not a word ICU knows, a place of the gazetteer or an ordinary word, at least
    /// `repeatsForAName` times. An ordinary phrase is rarely shaped so and repeated.
    static func namesTheDocumentRepeats(_ texts: [AnalyzedText]) -> [String] {
        let lexicon = EntityLexicon.shared
        var counts: [String: Int] = [:]
        var seenClean = Set<String>()
        var placeLike = Set<String>()
        let rareGivens = [2], givens = [2, 1]  // made once, not an array per surname
        for text in texts {
            let s = text.scalars
            for i in 0..<s.count where text.boundary[i] && text.isHan(at: i) && !(i > 0 && text.isHan(at: i - 1) && text.tokenEnd[i - 1] == Int32(i) && !lexicon.givenNever.contains(s[i - 1])) {
                guard let surname = lexicon.surnames.longest(s, at: i) else { continue }
                // A rarer surname (盛, 石) counts only with two strong name characters (盛云龙).
                let rare = surname.value == EntityLexicon.SurnameClass.other.rawValue
                for given in rare ? rareGivens : givens {
                    let start = i + surname.length, end = start + given
                    guard end <= s.count else { continue }
                    // One sense per document: once before a place's suffix or a landmark (柯某区,
                    // 某某景区), never a name there, even where ICU glued the suffix (柯|城区).
                    if (start..<end).allSatisfy({ text.isHan(at: $0) }),
                       lexicon.placeSuffixes.longest(s, at: end) != nil || lexicon.landmarkHeads.longest(s, at: end) != nil {
                        placeLike.insert(text.string(i, end))
                    }
                    guard text.boundary[end] || !text.isHan(at: end) else { continue }
                    let range = start..<end
                    if range.contains(where: { !text.isHan(at: $0) || lexicon.givenNever.contains(s[$0]) || lexicon.functionCharacters.contains(s[$0]) || lexicon.numerals.contains(s[$0]) }) { continue }
                    if lexicon.givenNeverLast.contains(s[end - 1]) { continue }
                    // A rarer surname after a number or a measure (５０００万|光年, 各|项|政策) or
                    // as a title in book marks or quotes (《白门柳》) is not a name's.
                    if rare && (i > 0 && (PersonExtractor.isNumberLike(s[i - 1]) || text.isHan(at: i - 1) && !lexicon.functionCharacters.contains(s[i - 1]))
                                || PersonExtractor.isQuoted(i, end, in: s)
                                // 党|忠诚, 干|成事, 党风|正: the surname or the given part makes a word.
                                || PersonExtractor.isFrequentGeneralWord(start, end, in: text) || PersonExtractor.isGeneralWord(i, i + 2, in: text)) { continue }
                    let named = range.filter { lexicon.givenFrequent.contains(s[$0]) && !lexicon.givenWeak.contains(s[$0]) }.count
                    guard range.allSatisfy({ lexicon.givenFrequent.contains(s[$0]) }), named >= 1 || given == 2, !rare || named == 2 else { continue }
                    if text.isSingleWord(i, end) || (lexicon.places.longest(s, at: i).map { $0.value != EntityLexicon.PlaceClass.division.rawValue } ?? false) || lexicon.notNames.longest(s, at: i) != nil
                        || lexicon.addressTitles.longest(s, at: start) != nil || PersonExtractor.isDoctrine(after: end, in: s) { continue }
                    // Somewhere it must stand as a person does: before punctuation, a speech
                    // verb or a post, or after a title (not always before 协定 or 时报).
                    // A rarer surname needs a cue or a post there; punctuation is not enough
                    // (干成事、党风正 are slogans' phrases).
                    let clean = (!rare && !text.isHan(at: end)) || lexicon.afterCues.longest(s, at: end) != nil
                        || lexicon.titlesAfter.longest(s, at: end) != nil || lexicon.titlesBefore.longest(s, at: i) != nil
                    let name = text.string(i, end)
                    if placeLike.contains(name) { break }
                    // A lone character after it that may continue it (严治|党) leaves it a fragment.
                    if text.isHan(at: end), text.tokenEnd[end] == Int32(end + 1), !lexicon.givenNever.contains(s[end]),
                       !lexicon.functionCharacters.contains(s[end]) { break }
                    counts[name, default: 0] += 1
                    if clean { seenClean.insert(name) }
                    break
                }
            }
        }
        return counts.filter { $0.value >= repeatsForAName && seenClean.contains($0.key) && !placeLike.contains($0.key) }.keys.sorted()
    }

    /// The given name of a confirmed three-character Chinese name (王润五 -> 润五), which the
    /// document may use alone later: one sense per document. Not when the given name is a
    /// word of the general vocabulary (王建国 -> 建国) or a place's name.
    static func givenNameAlone(_ span: EntitySpan, in text: AnalyzedText) -> String? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard span.length == 3, lexicon.surnames.value(s, span.start, span.start + 1) != nil,
              lexicon.japaneseSurnames.value(s, span.start, span.start + 2) == nil,
              (span.start + 1..<span.end).allSatisfy({ text.isHan(at: $0) && !lexicon.givenNever.contains(s[$0]) && !lexicon.numerals.contains(s[$0]) }),
              (span.start + 1..<span.end).contains(where: { lexicon.givenFrequent.contains(s[$0]) && !lexicon.givenWeak.contains(s[$0]) }),
              !lexicon.nonNameFinals.contains(s[span.end - 1]),
              !PersonExtractor.isGeneralWord(span.start + 1, span.end, in: text),
              lexicon.places.value(s, span.start + 1, span.end) == nil,
              lexicon.surnames.value(s, span.start + 1, span.start + 2) == nil else { return nil }
        return text.string(span.start + 1, span.end)
    }

    /// The last part of a name written with middle dots (詹姆士·邦德 -> 邦德), by which the
    /// document names the person again; at least two characters.
    static func lastPart(_ span: EntitySpan, in text: AnalyzedText) -> String? {
        let s = text.scalars
        var k = span.end
        while k > span.start, !PersonExtractor.middleDots.contains(s[k - 1]) { k -= 1 }
        guard k > span.start, span.end - k >= 2, !PersonExtractor.isGeneralWord(k, span.end, in: text),
              EntityLexicon.shared.places.value(s, k, span.end) == nil else { return nil }
        return text.string(k, span.end)
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
