/// Finds places: names of the gazetteer (provinces, prefecture-level cities, countries,
/// world cities, regions), each with an administrative suffix when one follows (浙江省,
/// 衢州市), and unknown names made places by their suffix (宝丰县, 大洲镇, 石屏村). A
/// chain such as 衢江区大洲镇石屏村 gives one place per level, each naming its parent.
public struct PlaceExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?

    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
    }

    public func extract(_ text: String) -> [Mention] {
        EntityResolver.mentions(EntityResolver.resolve(candidates(in: AnalyzedText(text, tokenizer: tokenizer))), kinds: [.place], in: AnalyzedText(text, tokenizer: nil))
    }

    /// The priority of a bare county name of GB/T 2260 (张北): below a person a cue
    /// confirmed, and a name the document confirms elsewhere (武定远) takes it whole.
    static let bareDivisionPriority = 4.2

    /// Characters that never end or stand inside an unknown place name before a suffix.
    static let nameStops = ScalarSet(EntityLexicon.scalarSet(
        "的了在是和与及等这那其各全本该我你他每个们一二三两几数多省市县区乡镇村新老大小上下中内外前后到从向对为以于把被将由经同跟并或而又也都就该此某当"))
    /// Characters that, right after a suffix, turn it into another word (市场, 县委, 村民).
    static let suffixBreakers = ScalarSet(EntityLexicon.scalarSet(
        "场民域长政级属内里外情况貌容面直辖属府区县镇乡村籍干际"))

    /// Whether the gazetteer name `start..<end` of a foreign kind (a country, a world city)
    /// stands between two lone transliteration characters, as in 恩|古巴|尼.
    static func insideTransliteration(_ start: Int, _ end: Int, class value: Int32, in text: AnalyzedText) -> Bool {
        guard value == EntityLexicon.PlaceClass.world.rawValue || value == EntityLexicon.PlaceClass.city.rawValue,
              start > 0, end < text.scalars.count else { return false }
        let letters = EntityLexicon.shared.transliteration
        let s = text.scalars
        return letters.contains(s[start - 1]) && text.tokenEnd[start - 1] == Int32(start)
            && letters.contains(s[end]) && text.tokenEnd[end] == Int32(end + 1)
    }

    func candidates(in text: AnalyzedText) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        var spans: [EntitySpan] = []
        var i = 0
        // Gazetteer names, extended by a following suffix.
        var covered = [Bool](repeating: false, count: n + 1)
        while i < n {
            guard AnalyzedText.isHan(s[i]), let match = lexicon.places.longest(s, at: i) else { i += 1; continue }
            var end = i + match.length
            var suffixed = false
            let division = match.value == EntityLexicon.PlaceClass.division.rawValue
            // A stem whose last character opens a longer word (大|城市, 台|前后) is no name there,
            // unless that word is the character and the suffix (张|北县, 泽|州县) on a stem that
            // starts a word and is no everyday word with it (大城市).
            if (division || match.value == EntityLexicon.PlaceClass.needsSuffix.rawValue) && match.length >= 2
                && text.tokenEnd[end - 1] > Int32(end) {
                let wordEnd = Int(text.tokenEnd[end - 1])
                let suffixWord = lexicon.placeSuffixes.longest(s, at: end).map { end + $0.length == wordEnd } ?? false
                if !(suffixWord && text.boundary[i] && !PersonExtractor.isGeneralWord(i, wordEnd, in: text)) {
                    i += 1
                    continue
                }
            }
            // A whole name on a one-character stem (费县) takes no second suffix (完成|县乡).
            let whole = division && lexicon.placeSuffixes.longest(s, at: end - 1)?.length == 1
            if !whole, let suffix = lexicon.placeSuffixes.longest(s, at: end), !Self.breaksSuffix(s, end + suffix.length) {
                end += suffix.length
                suffixed = true
            }
            let needsSuffix = match.value == EntityLexicon.PlaceClass.needsSuffix.rawValue
            let foreign = match.value == EntityLexicon.PlaceClass.world.rawValue || match.value == EntityLexicon.PlaceClass.city.rawValue
            // A foreign name joined to another by a name's middle dot (印第安纳·琼斯) is a person's.
            if foreign && (end < n && PersonExtractor.middleDots.contains(s[end]) || i > 0 && PersonExtractor.middleDots.contains(s[i - 1])) {
                i += 1
                continue
            }
            // A country or city read from the middle of a word (沿|海地|区, 发展|中国|家) is no place.
            if foreign && i > 0 && !text.boundary[i] && text.isHan(at: i - 1) {
                i += 1
                continue
            }
            // A county's name is also a given name (周|樟树|同志): after a lone surname it is the person's.
            if (match.value == EntityLexicon.PlaceClass.county.rawValue || division) && !suffixed && i > 0 && text.tokenEnd[i - 1] == Int32(i),
               let surname = lexicon.surnames.longest(s, at: i - 1), surname.length == 1 {
                i += 1
                continue
            }
            // A country's currency (印尼盾, 泰国铢) is money, not the country.
            if foreign && !suffixed && end < n && Self.currencies.contains(s[end]) && (text.boundary[end + 1] || !text.isHan(at: end + 1)) {
                i = end
                continue
            }
            // An autonomous prefecture or county named with its peoples (湘西土家族苗族自治州).
            if !suffixed, let autonomous = Self.autonomousEnd(after: end, in: s) {
                end = autonomous
                suffixed = true
            }
            // A street named after a place (南京路, 长安街) is a place of its own.
            if !suffixed, let street = lexicon.streetSuffixes.longest(s, at: end),
               text.boundary[end + street.length] || !text.isHan(at: end + street.length),
               !text.boundary[end] || text.tokenEnd[end] <= Int32(end + street.length) {
                end += street.length
                suffixed = true
            }
            // A natural feature named after the place (大连|港, 雷州|半岛, 渤海|湾) is one place,
            // unless the pair is an everyday word or the feature word runs into the next one.
            if !suffixed, let feature = Self.featureEnd(after: end, in: text), !PersonExtractor.isGeneralWord(i, feature, in: text) {
                end = feature
                suffixed = true
            }
            // A suffix ICU reads into the next word (衢州|市委) stays with that word.
            if suffixed && !text.boundary[end] && text.isHan(at: end) && text.boundary[i + match.length] && !needsSuffix {
                end = i + match.length
                suffixed = false
            }
            // A name glued into a longer word (中国人, 上海市场) is left to the other rules.
            // 中国人, 北京人: ICU keeps the people of a place as one word; the place is still named.
            let ofPeople = !suffixed && end < n && s[end] == 0x4EBA && text.tokenEnd[i] == Int32(end + 1)
                && (text.boundary[end + 1] || !text.isHan(at: end + 1))
            let glued = !text.boundary[end] && text.isHan(at: end) && !ofPeople
            // A country or city read out of a transliterated name (恩|古巴|尼, 阿|巴西|德):
            // lone transliteration characters on both sides make it part of the name.
            if !suffixed && Self.insideTransliteration(i, end, class: match.value, in: text) {
                i += 1
                continue
            }
            if (!needsSuffix || suffixed) && !glued && !(i > 0 && !text.boundary[i] && text.isHan(at: i - 1) && !suffixed) {
                // A bare county name of GB/T 2260 yields to a person a cue confirmed (武定远说).
                spans.append(EntitySpan(start: i, end: end, kind: .place, priority: suffixed ? 4.9 : division ? Self.bareDivisionPriority : 4.8))
                for k in i..<end { covered[k] = true }
                i = end
            } else {
                i += 1
            }
        }
        // Unknown names before an administrative suffix.
        var j = 2
        while j < n {
            guard let suffix = lexicon.placeSuffixes.longest(s, at: j), !covered[j] else { j += 1; continue }
            let end = j + suffix.length
            if Self.breaksSuffix(s, end) || !text.boundary[end] && text.isHan(at: end) && suffix.length == 1 {
                j += 1
                continue
            }
            if suffix.length == 1 && s[j] == 0x65D7 && Self.flagMakers.contains(s[j - 1]) {  // 旗
                j += 1
                continue
            }
            // 白沙黎族自治县: the name stands before its peoples.
            var nameEnd = j
            if suffix.length == 3 && s[j] == 0x81EA {
                while let people = lexicon.peoplesBackwards.longest(s, at: nameEnd), nameEnd - people.length >= 0 { nameEnd -= people.length }
                if nameEnd < j, nameEnd < 2 || covered[nameEnd - 1] { j += 1; continue }
            }
            if nameEnd < j, let start = nameStart(before: nameEnd, in: text, covered: covered) {
                spans.append(EntitySpan(start: start, end: end, kind: .place, priority: 3))
                for k in start..<end { covered[k] = true }
                j = end
                continue
            }
            // China's provinces are all in the gazetteer: an unknown name before 省 is a
            // foreign province in transliteration (安大略省) or nothing (指导省).
            let province = suffix.length == 1 && s[j] == 0x7701
            if let start = nameStart(before: j, in: text, covered: covered),
               !Self.isQuoted(start, end, in: s),
               !province || (start..<j).allSatisfy({ EntityLexicon.shared.transliteration.contains(s[$0]) }),
               text.boundary[j] || text.isSingleWord(start, end),
               EntityLexicon.shared.genericPlaceHeads.value(s, start, j) == nil,
               !Self.isKindOfArea(start, j, end, in: text) {
                spans.append(EntitySpan(start: start, end: end, kind: .place, priority: 3))
                for k in start..<end { covered[k] = true }
                j = end
            } else {
                j += 1
            }
        }
        spans += contextPlaces(in: text, covered: covered)
        return spans
    }

    /// Words for a natural feature or port after a known place's name (大连港, 雷州半岛).
    static let featureWords = PhraseTrie(["山 山脉 湖 河 江 港 湾 半岛 岛 群岛 峡 海峡"])

    /// The end of a feature word standing as a word of its own at `start`, or nil.
    static func featureEnd(after start: Int, in text: AnalyzedText) -> Int? {
        guard start < text.count, text.boundary[start], let feature = featureWords.longest(text.scalars, at: start) else { return nil }
        let end = start + feature.length
        guard text.boundary[end] || !text.isHan(at: end), text.tokenEnd[start] <= Int32(end) else { return nil }
        // The feature word opens an everyday word with what follows (徐州|河|段, 石景山|海|特):
        // or a place's suffix follows (大安山乡 is a township's name, read by the suffix rule).
        if PersonExtractor.isGeneralWord(start, end + 1, in: text) || EntityLexicon.shared.placeSuffixes.longest(text.scalars, at: end) != nil { return nil }
        return end
    }

    /// Words that announce a place right after them: 在, 到, 赴, 抵达, 来自 ...
    static let placeCues = PhraseTrie(["在 到 赴 抵达 飞抵 到达 来自 前往 访问 位于 途经 出访 转赴"])
    /// What follows a place the cue announced: 的, 举行, 召开, 访问, or punctuation.
    static let placeCueFollowers = PhraseTrie(["的 举行 召开 访问 进行 ， 。 、"])

    /// Unknown foreign places read from their context: a cue (在, 抵达, 来自 ...), a run of
    /// two to six transliteration characters that is no everyday word, then 的, 举行, 召开,
    /// 访问 or a comma (在珀斯举行, 抵达阿克莫拉，). Weaker than any other candidate, so a
    /// person's name read by a cue keeps its characters.
    func contextPlaces(in text: AnalyzedText, covered: [Bool]) -> [EntitySpan] {
        let s = text.scalars
        let n = s.count
        let letters = EntityLexicon.shared.transliteration
        var spans: [EntitySpan] = []
        var i = 0
        while i < n {
            guard AnalyzedText.isHan(s[i]), text.boundary[i], let cue = Self.placeCues.longest(s, at: i),
                  text.tokenEnd[i] == Int32(i + cue.length) else { i += 1; continue }
            let start = i + cue.length
            var end = start
            while end < n, end - start < 6, letters.contains(s[end]), !covered[end] { end += 1 }
            var found: Int? = nil
            // The longest run that ends on a word boundary before a follower.
            var k = end
            while k >= start + 2 {
                if text.boundary[k], let follower = Self.placeCueFollowers.longest(s, at: k),
                   text.tokenEnd[k] == Int32(k + follower.length) || !text.isHan(at: k) {
                    found = k
                    break
                }
                k -= 1
            }
            if let found, text.boundary[start], !PersonExtractor.isGeneralWord(start, found, in: text),
               !(start..<found).contains(where: { text.tokenEnd[$0] > Int32(found) }) {
                spans.append(EntitySpan(start: start, end: found, kind: .place, priority: 2.5))
                i = found
            } else {
                i = start
            }
        }
        return spans
    }

    /// Suffixes of an area that also follow ordinary words (艰苦|地区, 国有|林区, 技术|开发区).
    static let areaSuffixes = PhraseTrie(["地区 林区 矿区 社区 新区 开发区 街道"])

    /// Whether an unknown name before an area suffix is an everyday word (艰苦地区,
    /// 冲突地区): a kind of area, not a named one (吕梁地区 is in the gazetteer; 旱垣地区
    /// is no word and stays).
    static func isKindOfArea(_ start: Int, _ suffixStart: Int, _ end: Int, in text: AnalyzedText) -> Bool {
        areaSuffixes.value(text.scalars, suffixStart, end) != nil && PersonExtractor.isGeneralWord(start, suffixStart, in: text)
    }

    /// A coined kind of place in quotes (“养猪村”, “专利乡”) names a type, not a place.
    static func isQuoted(_ start: Int, _ end: Int, in s: [UInt32]) -> Bool {
        guard start > 0, end < s.count else { return false }
        let open = s[start - 1], close = s[end]
        return (open == 0x201C || open == 0x300C || open == 0x22) && (close == 0x201D || close == 0x300D || close == 0x22)
    }

    /// Currency units written right after a country's name (印尼盾, 泰国铢, 英国镑).
    static let currencies = ScalarSet(EntityLexicon.scalarSet("盾铢镑元币"))

    /// The end of an autonomous unit's suffix after its peoples, starting at `start`
    /// (土家族苗族自治州), or nil when no peoples and suffix follow.
    static func autonomousEnd(after start: Int, in s: [UInt32]) -> Int? {
        let lexicon = EntityLexicon.shared
        var k = start
        while let people = lexicon.peoples.longest(s, at: k) { k += people.length }
        guard k > start, let suffix = lexicon.placeSuffixes.longest(s, at: k),
              suffix.length == 3, s[k] == 0x81EA else { return nil }  // 自治州, 自治县, 自治旗
        return k + suffix.length
    }

    /// Characters before 旗 that make it a flag (红旗, 国旗, 彩旗), not a banner (敖汉旗).
    static let flagMakers = ScalarSet(EntityLexicon.scalarSet("红国彩党队会锦战军校厂团黄白黑蓝绿"))

    static func breaksSuffix(_ s: [UInt32], _ end: Int) -> Bool {
        end < s.count && suffixBreakers.contains(s[end])
    }

    /// Where an unknown place name ending at `end` starts: two characters (the usual
    /// county or town name), three or four when the words say so; nil when the text
    /// before the suffix is not a name.
    func nameStart(before end: Int, in text: AnalyzedText, covered: [Bool]) -> Int? {
        let s = text.scalars
        func ok(_ start: Int) -> Bool {
            guard start >= 0 else { return false }
            for k in start..<end {
                if !AnalyzedText.isHan(s[k]) || Self.nameStops.contains(s[k]) || covered[k] { return false }
            }
            return true
        }
        // The name must start on a word boundary; the character before it must not be
        // able to continue it (punctuation, a covered place, a stop character, a boundary).
        for length in [2, 3] {
            let start = end - length
            guard ok(start), text.boundary[start] else { continue }
            // Not a dictionary word swallowing the suffix (城市, 社区, 山区).
            if text.isSingleWord(start, end + 1) && length == 1 { return nil }
            let before = start - 1
            let leftClean = before < 0 || !AnalyzedText.isHan(s[before]) || covered[before]
                || Self.nameStops.contains(s[before])
            if leftClean { return start }
            if length == 2 && text.isSingleWord(start, end) { return start }
        }
        return nil
    }
}
