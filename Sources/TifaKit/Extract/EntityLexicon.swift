/// The lexicons of entity extraction compiled once into tries and scalar sets. Built
/// lazily on first use (a `static let` is initialized once, thread-safely) and shared
/// read-only by every extractor on every thread.
final class EntityLexicon: Sendable {
    static let shared = EntityLexicon()

    enum SurnameClass: Int32 { case other = 1, common = 2, compound = 3 }
    /// `division`: a county-level name of GB/T 2260 read bare (张北, 沁源); weaker than the
    /// hand-written lists, so a name a cue confirms (武定远) keeps its characters.
    enum PlaceClass: Int32 { case province = 1, prefecture, world, city, region, needsSuffix, county, division }

    let surnames: PhraseTrie
    /// Surnames whose character is mostly an everyday word (水, 秋, 第五): only
    /// `EverydayCharacterSurnames` reads them, never the general surname model.
    let everydaySurnames: PhraseTrie
    let givenFrequent: ScalarSet
    /// Per BMP scalar, how strongly it says "a one-character given name", in tenths
    /// (`GivenNameWeights`): strong 15, frequent 10, everyday 5, other ideographs 0, verbs
    /// and measure words -10, characters no name holds -30.
    let givenWeights: [Int8]
    /// Surnames of the most frequent dozens (王, 李, 张 ...).
    let topSurnames: ScalarSet
    let givenNever: ScalarSet
    /// Name characters that are also everyday words on their own (中, 国, 有): not enough
    /// for a two-character name without a cue.
    let givenWeak: ScalarSet
    /// Characters that never end a given name (王某|家, 王某|们).
    let givenNeverLast: ScalarSet
    /// Last characters of places, teams and kinds (马头崖, 申花队): not of an uncued name.
    let nonNameFinals: ScalarSet
    let numerals: ScalarSet
    /// Characters that, standing alone after a name-like pair, are more often the next word.
    let tailWeak: ScalarSet
    /// Function words: never inside a name.
    let functionCharacters: ScalarSet
    /// Forms of address and posts that follow a bare surname (周总理, 孙先生).
    let addressTitles: PhraseTrie
    /// Titles read leftwards from a name's start (县长|王某).
    let titlesBefore: PhraseTrie
    /// Titles read rightwards from a name's end (王某|县长).
    let titlesAfter: PhraseTrie
    let afterCues: PhraseTrie
    let credits: PhraseTrie
    let places: PhraseTrie
    let placeSuffixes: PhraseTrie
    /// Streets after a known place's name (南京路, 长安街).
    let streetSuffixes: PhraseTrie
    /// China's peoples, read forwards and backwards from an autonomous unit's suffix.
    let peoples: PhraseTrie
    let peoplesBackwards: PhraseTrie
    let knownOrganizations: PhraseTrie
    let organizationSuffixes: PhraseTrie
    let postContinuations: ScalarSet
    /// Suffixes that count only where a word starts with them (司, 处).
    let wordInitialSuffixes: ScalarSet
    /// Verbs that end an organization's body (观看, 举行) and one-character ones as words (发).
    let verbs: PhraseTrie
    let verbCharacters: ScalarSet
    let transliteration: ScalarSet
    /// Words that open an organization's name when no place does: 中国, 国家, 全国 ...
    let organizationPrefixes: PhraseTrie
    /// Ordinary words that start with a surname character.
    let notNames: PhraseTrie
    let genericPlaceHeads: PhraseTrie
    /// Words after a name that make it a place's (钱江源|国家公园, 某某|景区).
    let landmarkHeads: PhraseTrie
    /// Japanese family names (桥本, 中曾根): persons before a cue, alone or with a given name.
    let japaneseSurnames: PhraseTrie
    /// People known to every reader (周恩来, 克林顿): persons without a cue.
    let famousPersons: PhraseTrie

    init() {
        var surnames = PhraseTrie()
        surnames.insert(list: SurnameLexicon.other, value: SurnameClass.other.rawValue)
        for word in SurnameLexicon.common.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            surnames.insert(String(word), value: word.unicodeScalars.count > 1 ? SurnameClass.compound.rawValue : SurnameClass.common.rawValue)
        }
        self.surnames = surnames
        everydaySurnames = PhraseTrie([SurnameLexicon.everyday])
        let frequent = Self.scalarSet(GivenNameLexicon.frequent)
        givenFrequent = ScalarSet(frequent)
        givenNever = ScalarSet(Self.scalarSet(GivenNameLexicon.never).subtracting(frequent))
        givenWeak = ScalarSet(Self.scalarSet(GivenNameLexicon.weak))
        var weights = [Int8](repeating: 0, count: 0x10000)
        for value in Self.scalarSet(GivenNameLexicon.weak) { weights[Int(value)] = 5 }
        for value in frequent.subtracting(Self.scalarSet(GivenNameLexicon.weak)) { weights[Int(value)] = 10 }
        for value in Self.scalarSet(GivenNameWeights.unlikely) { weights[Int(value)] = -10 }
        for value in Self.scalarSet(GivenNameWeights.strong) { weights[Int(value)] = 15 }
        for value in Self.scalarSet(GivenNameLexicon.never).subtracting(frequent) { weights[Int(value)] = -30 }
        for value in Self.scalarSet("的了着过是在和与及等说也都就而被把将从对为于到这那们个么吗呢吧啊我你他她它您谁哪怎不没很最更已又再还只") { weights[Int(value)] = -30 }
        givenWeights = weights
        topSurnames = ScalarSet(Self.scalarSet(GivenNameWeights.topSurnames))
        givenNeverLast = ScalarSet(Self.scalarSet(GivenNameLexicon.neverLast))
        nonNameFinals = ScalarSet(Self.scalarSet(GivenNameLexicon.nonNameFinals))
        numerals = ScalarSet(Self.scalarSet("一二三四五六七八九十百千万亿两零〇"))
        tailWeak = ScalarSet(Self.scalarSet("和与中有上下大小之以同开行等"))
        functionCharacters = ScalarSet(Self.scalarSet("的了着过是在和与及等说也都就而被把将从对为于到这那们个么吗呢吧啊我你他她它您谁哪怎不没很最更已又再还只"))
        addressTitles = PhraseTrie([PersonCueLexicon.address])
        titlesBefore = PhraseTrie([PersonCueLexicon.titles, PersonCueLexicon.credits], reversed: true)
        titlesAfter = PhraseTrie([PersonCueLexicon.titles])
        afterCues = PhraseTrie([PersonCueLexicon.after])
        credits = PhraseTrie([PersonCueLexicon.credits], reversed: true)
        var places = PhraseTrie()
        // GB/T 2260's divisions first: the hand-written lists below override their class.
        places.insert(list: ChinaDivisionLexicon.suffixedStems, value: PlaceClass.needsSuffix.rawValue)
        places.insert(list: ChinaDivisionLexicon.bareStems, value: PlaceClass.division.rawValue)
        places.insert(list: ChinaDivisionLexicon.wholeNames, value: PlaceClass.division.rawValue)
        places.insert(list: WorldPlaceLexicon.chinaFeatures, value: PlaceClass.region.rawValue)
        places.insert(list: WorldPlaceLexicon.worldFeatures, value: PlaceClass.region.rawValue)
        places.insert(list: WorldPlaceLexicon.regions, value: PlaceClass.world.rawValue)
        places.insert(list: WorldPlaceLexicon.cities, value: PlaceClass.city.rawValue)
        for name in WorldPlaceLexicon.statesAndProvinces { places.insert(name, value: PlaceClass.world.rawValue) }
        places.insert(list: PlaceLexicon.regions, value: PlaceClass.region.rawValue)
        places.insert(list: PlaceLexicon.worldCities, value: PlaceClass.city.rawValue)
        places.insert(list: PlaceLexicon.world, value: PlaceClass.world.rawValue)
        places.insert(list: PlaceLexicon.prefectures, value: PlaceClass.prefecture.rawValue)
        places.insert(list: PlaceLexicon.counties, value: PlaceClass.county.rawValue)
        places.insert(list: PlaceLexicon.provinces, value: PlaceClass.province.rawValue)
        places.insert(list: PlaceLexicon.autonomousRegions, value: PlaceClass.province.rawValue)
        places.insert(list: PlaceLexicon.prefecturesNeedingSuffix, value: PlaceClass.needsSuffix.rawValue)
        self.places = places
        placeSuffixes = PhraseTrie([PlaceLexicon.suffixes])
        knownOrganizations = PhraseTrie([OrganizationLexicon.known, OrganizationLexicon.abbreviations])
        streetSuffixes = PhraseTrie([PlaceLexicon.streetSuffixes])
        peoples = PhraseTrie([PlaceLexicon.peoples])
        peoplesBackwards = PhraseTrie([PlaceLexicon.peoples], reversed: true)
        var suffixes = PhraseTrie()
        for word in OrganizationLexicon.suffixes.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            suffixes.insert(String(word), value: Int32(word.unicodeScalars.count))
        }
        organizationSuffixes = suffixes
        postContinuations = ScalarSet(Self.scalarSet(OrganizationLexicon.postContinuations))
        wordInitialSuffixes = ScalarSet(Self.scalarSet(OrganizationLexicon.wordInitialSuffixes))
        verbs = PhraseTrie([OrganizationLexicon.verbs])
        verbCharacters = ScalarSet(Self.scalarSet(OrganizationLexicon.verbCharacters))
        transliteration = ScalarSet(Self.scalarSet(ForeignNameLexicon.characters))
        notNames = PhraseTrie([CommonWordLexicon.notNames])
        genericPlaceHeads = PhraseTrie([PlaceLexicon.genericHeads])
        landmarkHeads = PhraseTrie([PlaceLexicon.landmarkHeads])
        japaneseSurnames = PhraseTrie([JapaneseSurnameLexicon.surnames])
        famousPersons = PhraseTrie([FamousPersonLexicon.leaders, FamousPersonLexicon.figures, FamousPersonLexicon.foreign])
        organizationPrefixes = PhraseTrie(["中国 中华 全国 国家 中央 国际 世界 亚洲 欧洲 中共"])
    }

    static func scalarSet(_ list: String) -> Set<UInt32> {
        Set(list.unicodeScalars.filter { $0 != " " && $0 != "\n" }.map(\.value))
    }
}
