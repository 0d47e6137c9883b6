import Foundation

/// Finds people. Chinese names come from a surname model (single and compound surnames,
/// one- or two-character given names built from name characters) weighed with context:
/// a title or post before (县长王某) or after (王某主席), 同志/说/表示 after, a credit
/// (记者王某), a 、-list. Ordinary words that begin with a surname character (高度, 张力,
/// 方面) are rejected because ICU's dictionary knows them as words and no cue vouches for
/// them. Transliterated foreign names need a cue or a middle dot. Names confirmed once
/// are then found everywhere else in the same document.
public struct PersonExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?
    /// Score a candidate needs; cues add about 3, name characters about 1 each.
    public var threshold = 4.0

    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
    }

    public func extract(_ text: String) -> [Mention] {
        let analyzed = AnalyzedText(text, tokenizer: tokenizer)
        return EntityResolver.mentions(EntityResolver.resolve(candidates(in: analyzed)), kinds: [.person], in: analyzed)
    }

    static let listSeparators = ScalarSet(EntityLexicon.scalarSet("、，,；;和与及"))
    static let middleDots: ScalarSet = [0x00B7, 0x2022, 0x30FB, 0x2027, 0xFF0E, 0x2E31]

    /// The characters a person may start with under some rule of `candidates`: a surname's
    /// first character (the everyday-word and Japanese ones too), a famous name's, a
    /// transliteration character, 老 and 小. Every rule tried at a position needs one of them
    /// there, so the other positions (about three in four of running text) are skipped
    /// whole. A rule keyed on other characters must add them here
    /// (`PersonPositionSkipTests` compares against trying every position).
    static let nameStarts: ScalarSet = {
        let lexicon = EntityLexicon.shared
        var starts = Set(lexicon.surnames.firstScalars + lexicon.everydaySurnames.firstScalars
            + lexicon.japaneseSurnames.firstScalars + lexicon.famousPersons.firstScalars)
        starts.formUnion(lexicon.transliteration)
        starts.formUnion([0x8001, 0x5C0F])  // 老 小
        return ScalarSet(starts)
    }()

    /// `everyPosition`: try the rules at every position, not only where `nameStarts`
    /// allows (the same spans; for tests).
    func candidates(in text: AnalyzedText, everyPosition: Bool = false) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        let nameStarts = Self.nameStarts
        var spans: [EntitySpan] = []
        var i = 0
        while i < n {
            guard everyPosition || nameStarts.contains(s[i]) else { i += 1; continue }
            // A famous name right after a post may start inside ICU's word (秘书长|安南 read 长安).
            if AnalyzedText.isHan(s[i]), text.boundary[i] || lexicon.titlesBefore.longest(s, at: i) != nil,
               let famous = famousName(at: i, text: text) { spans.append(famous) }
            guard AnalyzedText.isHan(s[i]), text.boundary[i] else { i += 1; continue }
            if let anonymous = anonymousName(at: i, text: text) { spans.append(anonymous) }
            if let japanese = japaneseName(at: i, text: text) { spans.append(japanese) }
            if let functionWordName = FunctionWordGivenNames.candidate(at: i, text: text) { spans.append(functionWordName) }
            if let foreignPair = TwoCharacterForeignNames.candidate(at: i, text: text) { spans.append(foreignPair) }
            if let marshal = MarshalAddresses.candidate(at: i, text: text) { spans.append(marshal) }
            var best: (span: EntitySpan, score: Double)? = nil
            for surname in lexicon.surnames.matchLengths(s, at: i) {
                for givenLength in 1...2 {
                    guard let scored = score(start: i, surnameLength: surname.length, surnameClass: surname.value,
                                             givenLength: givenLength, text: text) else { continue }
                    if best == nil || scored.score > best!.score { best = scored }
                }
            }
            let foreign = foreignCandidate(at: i, text: text)
            if let foreign, best == nil || foreign.score > best!.score {
                best = foreign
            }
            if let married = marriedName(at: i, text: text) { spans.append(married) }
            if let everyday = EverydayCharacterSurnames.candidate(at: i, text: text, extractor: self) { spans.append(everyday) }
            if let best, best.score >= threshold {
                spans.append(best.span)
                // A longer transliteration (总理|乌叶海亚) stays beside a Chinese reading of its start (乌叶海).
                if let foreign, foreign.span.length >= 4, foreign.span.end > best.span.end { spans.append(foreign.span) }
            } else if let addressed = surnameAddressed(at: i, text: text) {
                spans.append(addressed)
            } else if let familiar = familiarName(at: i, text: text) {
                spans.append(familiar)
            } else if let short = UncuedShortNames.candidate(at: i, text: text) {
                spans.append(short)
            } else if let foreign = UncuedForeignNames.candidate(at: i, text: text) {
                spans.append(foreign)
            }
            i += 1
        }
        spans += TransliterationTails.extended(spans, in: text)
        spans.removeAll { Self.namesABrand(end: $0.end, in: s) || IdiomCrossings.crosses($0, in: text) || ServeAsVerb.isVerb($0, in: text) }
        return spans
    }

    /// Whether a name may end at `end`: punctuation, a function word (陈方安生|于, also
    /// when ICU glued it to the name's last character), a cue or a post, or a word of two
    /// or more characters; not a lone character (张纪中飞|往).
    static func endsCleanly(_ end: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard text.isHan(at: end) else { return true }
        if lexicon.functionCharacters.contains(s[end]) { return text.boundary[end] || text.tokenEnd[end - 1] == Int32(end + 1) }
        guard text.boundary[end] else { return false }
        return lexicon.afterCues.longest(s, at: end) != nil || lexicon.titlesAfter.longest(s, at: end) != nil
            || text.tokenEnd[end] >= Int32(end + 2)
    }

    /// A name right before 牌 (李宁牌, 海马牌) is a brand's, not a person's.
    static func namesABrand(end: Int, in s: [UInt32]) -> Bool {
        end < s.count && s[end] == 0x724C  // 牌
    }

    /// A married woman's name in the Hong Kong style (陈方安生, 范徐丽泰): her husband's
    /// surname before her own surname and a two-character given name, four characters. Only
    /// with a title before it or a cue after it (政务司长陈方安生, 陈方安生表示); the
    /// document then confirms it, and the resolver prefers it to the three-character reading.
    func marriedName(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let common = EntityLexicon.SurnameClass.common.rawValue
        guard start + 4 <= s.count, lexicon.surnames.value(s, start, start + 1) == common,
              lexicon.surnames.value(s, start + 1, start + 2) != nil,
              lexicon.titlesBefore.longest(s, at: start) != nil || lexicon.afterCues.longest(s, at: start + 4) != nil,
              // The given name: two name characters that ICU's words do not cross, no cue
              // or form of address among them (苏宁|报道, 胡宁|同志, 孙金龙|分别).
              text.boundary[start + 2], Self.endsCleanly(start + 4, text: text),
              (start + 2..<start + 4).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) }),
              !lexicon.givenNeverLast.contains(s[start + 3]), !lexicon.nonNameFinals.contains(s[start + 3]),
              // A transliteration (汤普森|以) is no pair of surnames.
              !(start..<start + 3).allSatisfy({ lexicon.transliteration.contains(s[$0]) }),
              lexicon.afterCues.longest(s, at: start + 2) == nil, lexicon.titlesAfter.longest(s, at: start + 2) == nil,
              lexicon.addressTitles.longest(s, at: start + 2) == nil,
              let scored = score(start: start, surnameLength: 2, surnameClass: EntityLexicon.SurnameClass.compound.rawValue,
                                 givenLength: 2, text: text),
              scored.span.cued, scored.score >= threshold else { return nil }
        return scored.span
    }

    /// The evidence for `start..<start+surnameLength+givenLength` being a Chinese name.
    func score(start: Int, surnameLength: Int, surnameClass: Int32, givenLength: Int, text: AnalyzedText) -> (span: EntitySpan, score: Double)? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let givenStart = start + surnameLength
        let end = givenStart + givenLength
        guard end <= s.count else { return nil }
        for k in givenStart..<end where !AnalyzedText.isHan(s[k]) || lexicon.givenNever.contains(s[k]) {
            // The middle of a three-character name may be a character that rarely names
            // (钱其琛, 何其芳) when the name ends on a word boundary; never a function word.
            let middle = givenLength == 2 && k == givenStart && AnalyzedText.isHan(s[k]) && !lexicon.functionCharacters.contains(s[k])
            if middle && (text.boundary[end] || !text.isHan(at: end)) && !lexicon.givenNever.contains(s[end - 1]) { continue }
            return nil
        }
        // A function word never ends a name (利维|和, 马虎|和).
        if lexicon.functionCharacters.contains(s[end - 1]) { return nil }
        // Inside a transliterated name (切尔诺|梅尔金) a surname character starts nothing.
        if start > 0, lexicon.transliteration.contains(s[start - 1]), text.tokenEnd[start - 1] == Int32(start),
           lexicon.titlesBefore.longest(s, at: start) == nil { return nil }
        // ICU may glue a name's last character to the next word (龚学|平等, 迟浩|田上|将,
        // 王经|中的): the name may end inside that two-character word when its last
        // character names and what follows is a function word, a cue or a post.
        let glued = text.isHan(at: end) && !text.boundary[end]
        if glued {
            guard lexicon.givenFrequent.contains(s[end - 1]), text.tokenEnd[end - 1] == Int32(end + 1)
                    || lexicon.afterCues.longest(s, at: end) != nil && text.tokenEnd[end - 1] < 0,
                  lexicon.functionCharacters.contains(s[end]) || lexicon.givenNever.contains(s[end])
                    || lexicon.afterCues.longest(s, at: end) != nil || lexicon.titlesAfter.longest(s, at: end) != nil
            else { return nil }
        }
        if lexicon.notNames.longest(s, at: start) != nil { return nil }
        if Self.isDoctrine(after: end, in: s) { return nil }
        // 周大伯, 孙先生: a surname and a form of address, not a full name.
        if surnameLength == 1, let address = lexicon.addressTitles.longest(s, at: givenStart), address.length >= givenLength { return nil }
        var score: Double
        switch surnameClass {
        case EntityLexicon.SurnameClass.compound.rawValue: score = 2.5
        case EntityLexicon.SurnameClass.common.rawValue: score = 2.0
        default: score = 0.8
        }
        for k in givenStart..<end { score += lexicon.givenFrequent.contains(s[k]) ? 1.0 : 0.2 }
        if givenLength == 1 { score -= 0.8 }
        // ICU's dictionary keeps many unknown two-character names whole (肖璞), so a
        // single word is no evidence either way; a word glued to the surname is weak
        // evidence against a longer name (王国|华 vs 王|国华 cannot be told; 高|增长 can).
        var cued = false
        var role: String? = nil
        var titled = false, verbAfter = false, comrade = false, bracketed = false
        if let title = lexicon.titlesBefore.longest(s, at: start) {
            score += 3
            cued = true
            titled = true
            role = text.string(start - title.length, start)
        }
        if let cue = lexicon.afterCues.longest(s, at: end) {
            let cueEnd = end + cue.length
            if text.boundary[cueEnd] || !text.isHan(at: cueEnd) {
                score += 3
                cued = true
                verbAfter = true
                comrade = cue.length == 2 && s[end] == 0x540C && s[end + 1] == 0x5FD7  // 同志
            }
        }
        // An election result: 选举王某为省长, 选举王某为主席.
        var elected = false
        if start >= 2, s[start - 2] == 0x9009, s[start - 1] == 0x4E3E, end < s.count, s[end] == 0x4E3A {  // 选举 … 为
            score += 3
            cued = true
            elected = true
        }
        var seniorPostAfter = false
        if let title = lexicon.titlesAfter.longest(s, at: end) {
            let titleEnd = end + title.length
            if text.boundary[titleEnd] || !text.isHan(at: titleEnd) {
                score += 2.5
                cued = true
                let post = text.string(end, titleEnd)
                if role == nil { role = post }
                seniorPostAfter = Self.seniorPosts.contains(post)
            }
        }
        let before = start > 0 ? s[start - 1] : 0x0A
        let after = end < s.count ? s[end] : 0x0A
        if before == 0x3001 || after == 0x3001 { score += 1.0 }  // 、
        if !AnalyzedText.isHan(before) { score += 0.3 }
        if !AnalyzedText.isHan(after) { score += 0.3 }
        // A roster line "书 记：徐利水": a post, a colon, then names.
        if before == 0xFF1A || before == 0x3A { score += 1.0 }
        // A byline in brackets: （王某）, （王某 李某）.
        if (before == 0xFF08 || before == 0x28) && (after == 0xFF09 || after == 0x29 || after == 0x3001) {
            score += 3
            cued = true
            bracketed = true
        }
        // A two-character word ICU knows (官兵, 郑重, 盛赞) next to a speech verb or after a
        // title is most often that word; only a title with a clean end, 同志 or a byline
        // bracket make it a name.
        // A reporter's credit before the name and a clean end after it (记者王政报道, （记者屈明光）)
        // vouch as strongly as a byline bracket, whatever words the name is made of.
        let credited = titled && (lexicon.credits.longest(s, at: start)?.length ?? 0) >= 2 && (!text.isHan(at: end) || verbAfter)
        if givenLength == 1 && surnameLength == 1 && text.isSingleWord(start, end) {
            let cleanEnd = !text.isHan(at: end) || verbAfter
            let frequentSurname = surnameClass == EntityLexicon.SurnameClass.common.rawValue
            guard (titled && cleanEnd && frequentSurname) || comrade || bracketed || credited || elected else { return nil }
        }
        // A rarer surname that is also a word's first character (关|爱, 高|端, 党|忠诚): when
        // the whole or its given part is a dictionary word, only 同志, a byline bracket or a
        // senior post after it make it a name; another title is still most often the word.
        if surnameClass == EntityLexicon.SurnameClass.other.rawValue && !(comrade || bracketed || seniorPostAfter || credited || elected)
            && (text.isSingleWord(start, end) || (givenLength == 2 && text.tokenEnd[givenStart] == Int32(end)
                && !RareSurnameFullNames.vouched(start: start, givenStart: givenStart, end: end, titled: titled, verbAfter: verbAfter, text: text))) {
            return nil
        }
        if surnameClass == EntityLexicon.SurnameClass.other.rawValue && !(comrade || bracketed || credited || elected)
            && RareSurnameWordStarts.opensWord(start: start, givenStart: givenStart, end: end, text: text) { return nil }
        // Two characters on a rarer surname (高|端 after 院士, 关|爱 after 党员): a title before
        // counts only when the name ends cleanly (punctuation or a speech verb after it).
        if surnameClass == EntityLexicon.SurnameClass.other.rawValue && givenLength == 1 && !(comrade || bracketed || elected)
            && !(titled && (!text.isHan(at: end) || verbAfter)) {
            return nil
        }
        // A post after is the weakest cue (金钉子支书 is a slogan's 金钉子): a given name
        // that is a dictionary word then needs two name characters.
        let titledAfter = cued && !titled && !verbAfter && !bracketed
        if titledAfter && !seniorPostAfter && givenLength == 2 && text.tokenEnd[givenStart] == Int32(end)
            && !(givenStart..<end).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) && !lexicon.givenWeak.contains(s[$0]) }) {
            return nil
        }
        if glued && !cued { return nil }
        // Without a cue, a character that follows names (来到谭某|家, 王某|们) does not end one.
        if !cued && lexicon.givenNeverLast.contains(s[end - 1]) { return nil }
        if !cued {
            guard let bonus = uncuedEvidence(start: start, surnameLength: surnameLength, surnameClass: surnameClass,
                                             givenLength: givenLength, text: text) else { return nil }
            score += bonus
        }
        // A given name that is also a city's name (李|长春, 丁|安庆) after a title or before a
        // cue: the person wins over the place read inside the name.
        var priority = cued ? 4.5 : 3.4
        if (titled || verbAfter) && surnameClass != EntityLexicon.SurnameClass.other.rawValue && givenLength == 2,
           let place = lexicon.places.value(s, givenStart, end), place == EntityLexicon.PlaceClass.prefecture.rawValue
            || place == EntityLexicon.PlaceClass.needsSuffix.rawValue {
            priority = 4.85
        }
        return (EntitySpan(start: start, end: end, kind: .person, priority: priority, cued: cued, role: role), score)
    }

    /// Posts that, right after a three-character name, make it a person even when its given
    /// name is also a word (习近平总书记, 王建国书记): a slogan or a thing is not given them.
    static let seniorPosts: Set<String> = [
        "总书记", "书记", "副书记", "主席", "副主席", "总理", "副总理", "委员长", "部长", "副部长",
        "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "镇长", "乡长", "主任", "副主任",
    ]

    /// Evidence for a name no cue vouches for, from how ICU's dictionary word break cut
    /// the text: ICU knows ordinary words (高度, 方面, 张力) and famous names (周恩来) whole,
    /// and leaves an unknown name in pieces (张|治平, 田|亮). A surname standing alone
    /// followed by name characters that end on a word boundary is most often a name.
    /// Returns a score bonus, or nil when the pieces say "ordinary words".
    func uncuedEvidence(start: Int, surnameLength: Int, surnameClass: Int32, givenLength: Int, text: AnalyzedText) -> Double? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let givenStart = start + surnameLength
        let end = givenStart + givenLength
        let rare = surnameClass == EntityLexicon.SurnameClass.other.rawValue
        guard text.boundary[end] || !text.isHan(at: end) else { return nil }
        // A lone character right before the surname that is not a function word means the
        // surname is the tail of something else (铺|张|浪费, 克|林顿).
        if start > 0, text.isHan(at: start - 1), text.tokenEnd[start - 1] == Int32(start), !lexicon.givenNever.contains(s[start - 1]),
           !Self.endsNameRun(before: start, text: text),
           !LoneCharacterNameStarts.followsLoneCharacter(start: start, givenLength: givenLength, rare: rare, text: text) {
            return nil
        }
        for k in givenStart..<end where lexicon.numerals.contains(s[k]) { return nil }
        let nameCharacters = (givenStart..<end).filter { lexicon.givenFrequent.contains(s[$0]) }.count
        let surnameAlone = text.tokenEnd[start] == Int32(givenStart)
        let wholeWord = text.isSingleWord(start, end)
        // The given name in ICU pieces: one word, or single characters.
        let givenPieces = text.tokenEnd[givenStart] == Int32(end)
            || (givenLength == 2 && text.tokenEnd[givenStart] == Int32(givenStart + 1) && text.tokenEnd[givenStart + 1] == Int32(end))
        if rare {
            // A rarer surname (常, 高, 石) that is also a word: a three-character name in
            // pieces whose given characters are both name characters.
            guard givenLength == 2, surnameAlone, givenPieces, (givenStart..<end).allSatisfy({ lexicon.givenFrequent.contains(s[$0]) && !lexicon.givenWeak.contains(s[$0]) }) else { return nil }
            if LoneCharacterNameStarts.rareSurnameName(start: start, text: text) { return 1.2 }
            return 0.8
        }
        if givenLength == 1 {
            // 田|亮: the riskiest shape; a lone surname and a lone name character, both
            // standing between word boundaries, on a frequent surname.
            guard surnameAlone, givenPieces, nameCharacters == 1, !lexicon.givenWeak.contains(s[givenStart]) else { return nil }
            return 0.8
        }
        if wholeWord && surnameLength == 1 {
            // A three-character dictionary word that starts with a surname: a known name
            // (周恩来) when both given characters are name characters (not 牛鼻子).
            return nameCharacters == givenLength ? 1.0 : nil
        }
        if surnameAlone && givenPieces {
            if text.tokenEnd[givenStart] == Int32(end) {
                // The given name is a dictionary word (可以, 浪费): both must be name characters.
                // One may be an everyday name character (建|国) when the other is not.
                let named = (givenStart..<end).allSatisfy { lexicon.givenFrequent.contains(s[$0]) }
                let weak = (givenStart..<end).filter { lexicon.givenWeak.contains(s[$0]) }.count
                if named && weak <= 1 { return 1.0 }
                // Both everyday name characters (王|正平): only between punctuation or
                // function words, on a frequent surname, when the word is no frequent word
                // of the general vocabulary (平等, 中国).
                let open = !text.isHan(at: start - 1) || lexicon.functionCharacters.contains(s[start - 1])
                let close = !text.isHan(at: end) || lexicon.functionCharacters.contains(s[end])
                    || lexicon.afterCues.longest(s, at: end) != nil
                guard named, open, close, surnameClass == EntityLexicon.SurnameClass.common.rawValue,
                      !Self.isFrequentGeneralWord(givenStart, end, in: text, minimumWeight: 200) else { return nil }
                return 0.6
            }
            // A weak last character standing alone (马|虎|和) is the next word.
            if lexicon.tailWeak.contains(s[end - 1]) { return nil }
            if lexicon.givenFrequent.contains(s[end - 1]) { return 1.0 }
            // Three lone characters (史|大|桢): ICU's dictionary found no word among them,
            // which a name usually gives, whatever its characters, when the general
            // vocabulary finds no word across them either.
            return Self.isLoneCharacterName(start: start, text: text) ? 1.6 : nil
        }
        // ICU reads 钱江|源 or 王国|华 as a word plus a character: too often a place or a
        // word, not a name.
        return nil
    }

    /// A surname and two given characters that ICU left as three lone characters (史|大|桢)
    /// and that no word of the general vocabulary spans: not the surname with the character
    /// before it (从|严|治|党) or with its first given character (纪实), not the two given
    /// characters (抓获), not the last with the next (龙凤|呈|祥); no character that
    /// names never hold, no numeral before it (１０余|本), no place's or group's final
    /// character last (马头崖, 申花队).
    static func isLoneCharacterName(start: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let end = start + 3
        guard end <= s.count, text.tokenEnd[start] == Int32(start + 1), text.tokenEnd[start + 1] == Int32(start + 2),
              text.tokenEnd[start + 2] == Int32(end) else { return false }
        for k in start + 1..<end where lexicon.givenNever.contains(s[k]) || lexicon.functionCharacters.contains(s[k])
            || lexicon.numerals.contains(s[k]) { return false }
        if lexicon.nonNameFinals.contains(s[end - 1]) { return false }
        // All three from the transliteration table (施特劳|斯, 马歇尔): a foreign name's piece.
        if (start..<end).allSatisfy({ lexicon.transliteration.contains(s[$0]) }) { return false }
        if start > 0, isNumberLike(s[start - 1]) { return false }
        if isQuoted(start, end, in: s) { return false }
        // Surnames that are as often an adverb or a verb before lone characters (曾|屡|经, 任|该|剧).
        if Self.adverbSurnames.contains(s[start]) { return false }
        func isWord(_ a: Int, _ b: Int) -> Bool { isGeneralWord(a, b, in: text) }
        // An idiom ICU does not know (焦头烂额, 陈词滥调) spans the name and the next character.
        return !isWord(start - 1, start + 1) && !isWord(start, start + 2) && !isWord(start + 1, end) && !isWord(end - 1, end + 1)
            && !isWord(start, end + 1) && !isWord(start - 1, end)
    }

    /// Whether `a..<b` is a word of the general vocabulary (the tokenizer's built-in
    /// lexicon), which knows many words ICU's dictionary splits (抓获, 忠诚, 呈祥).
    static func isGeneralWord(_ a: Int, _ b: Int, in text: AnalyzedText) -> Bool {
        guard a >= 0, b <= text.count, b - a >= 2 else { return false }
        for k in a..<b where !text.isHan(at: k) { return false }
        return Lexicon.builtin.trie.logProbability(scalars: text.scalars, a, b) != nil
    }

    /// Whether `a..<b` is a frequent word of the general vocabulary (weight at least
    /// `minimumWeight` in the input-method list: 忠诚 is, 云龙 is not).
    static func isFrequentGeneralWord(_ a: Int, _ b: Int, in text: AnalyzedText, minimumWeight: Float = 500) -> Bool {
        guard a >= 0, b <= text.count, b - a >= 2 else { return false }
        for k in a..<b where !text.isHan(at: k) { return false }
        let trie = Lexicon.builtin.trie
        guard let logProbability = trie.logProbability(scalars: text.scalars, a, b) else { return false }
        // Relative to a curated word's weight (2000), which the trie keeps as a log probability.
        return logProbability >= trie.ruleWordLogProbability + log(minimumWeight / 2000)
    }

    /// A digit or a Chinese numeral: what comes before a measure, not before a name.
    static func isNumberLike(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) || EntityLexicon.shared.numerals.contains(value)
    }

    /// Whether `start..<end` stands alone in book marks or quotes (《白门柳》, “李宁牌”): a
    /// work's or a brand's name more often than a person's, when no cue says otherwise.
    static func isQuoted(_ start: Int, _ end: Int, in s: [UInt32]) -> Bool {
        guard start > 0, end < s.count else { return false }
        switch (s[start - 1], s[end]) {
        case (0x300A, 0x300B), (0x300E, 0x300F), (0x201C, 0x201D), (0x300C, 0x300D), (0x2018, 0x2019): return true
        default: return false
        }
    }

    /// 曾 (once), 任 (serve as), 尤 (especially): surnames that are more often words.
    static let adverbSurnames = EntityLexicon.scalarSet("曾任尤")

    /// Whether the three characters before `start` look like a name ICU left in pieces
    /// (赖|林|嵩|周|美|林: names run together in a byline or a caption): a frequent surname
    /// and two lone characters, none a function word.
    static func endsNameRun(before start: Int, text: AnalyzedText) -> Bool {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let a = start - 3
        guard a >= 0, lexicon.surnames.value(s, a, a + 1) == EntityLexicon.SurnameClass.common.rawValue,
              text.boundary[a], text.tokenEnd[a] == Int32(a + 1), text.tokenEnd[a + 1] == Int32(a + 2), text.tokenEnd[a + 2] == Int32(a + 3) else { return false }
        return !(a + 1..<start).contains { lexicon.givenNever.contains(s[$0]) || lexicon.functionCharacters.contains(s[$0]) || lexicon.numerals.contains(s[$0]) }
    }

    /// A surname alone before a form of address or a post (周总理, 何教授, 孙先生): the
    /// person is named by the surname only, and the span is just the surname.
    func surnameAddressed(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard let surname = lexicon.surnames.value(s, start, start + 1),
              !text.isHan(at: start - 1) || lexicon.givenNever.contains(s[start - 1]) || text.boundary[start] && text.tokenEnd[start - 1] < 0
                || Self.loneVerbBefore(start, text: text),
              let title = lexicon.addressTitles.longest(s, at: start + 1),
              text.boundary[start + 1 + title.length] || !text.isHan(at: start + 1 + title.length),
              // The surname stands alone, or ICU knows surname and title as one word (毛主席).
              text.tokenEnd[start] == Int32(start + 1) || text.tokenEnd[start] == Int32(start + 1 + title.length) else { return nil }
        // A rarer surname (江, 华) only before the highest posts (江主席, 华大使), after
        // punctuation or a function word, and not 党 or 国 (党主席, 国副总理); 总理 after a
        // country's one-character name (巴总理, 印总理) is not a surname's.
        if surname == EntityLexicon.SurnameClass.other.rawValue {
            guard Self.leadersAddressed.contains(text.string(start + 1, start + 1 + title.length))
                    || Self.familyAddresses.contains(text.string(start + 1, start + 1 + title.length)) && text.tokenEnd[start] == Int32(start + 1),
                  !text.isHan(at: start - 1) || lexicon.functionCharacters.contains(s[start - 1]) || text.tokenEnd[start - 1] < 0,
                  s[start] != 0x515A, s[start] != 0x56FD else { return nil }  // 党 国
        }
        return EntitySpan(start: start, end: start + 1, kind: .person, priority: 4.4, cued: true,
                          role: text.string(start + 1, start + 1 + title.length))
    }

    /// A lone preposition, function word or verb before a surname and its form of address
    /// (对|沙奶奶, 令|韩老师, 吃|胡老师): not a word's first half, when the two make no word.
    static func loneVerbBefore(_ start: Int, text: AnalyzedText) -> Bool {
        let s = text.scalars
        guard start > 0, text.tokenEnd[start - 1] == Int32(start), s[start - 1] < 0x10000,
              !isGeneralWord(start - 1, start + 1, in: text) else { return false }
        return EntityLexicon.shared.functionCharacters.contains(s[start - 1]) || SurnameAnaphora.clauseOpeners.contains(s[start - 1])
            || EntityLexicon.shared.givenWeights[Int(s[start - 1])] < 0
    }

    /// Forms of address a rarer surname takes as a person's (沙奶奶, 高大娘, 石师傅): kin
    /// words and crafts, never a post a word may precede (原|主任, 时|任).
    static let familyAddresses: Set<String> = ["奶奶", "大娘", "大爷", "大妈", "大伯", "大叔", "大姐", "大嫂", "老汉", "老伯", "婆婆", "阿姨", "师傅", "老先生", "老太太"]

    /// Posts after which even a rarer surname is a person's (江主席, 华大使).
    static let leadersAddressed: Set<String> = ["主席", "总书记", "副主席", "大使"]

    /// 老 or 小 before a frequent surname (老黄说, （小苏）): how colleagues and neighbours
    /// name a person. Only with a speech verb or 同志-like cue after it, or as a byline in
    /// brackets; a dictionary word (小康, 老毛病) needs the cue after it.
    func familiarName(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let end = start + 2
        guard end <= s.count, s[start] == 0x8001 || s[start] == 0x5C0F,  // 老 小
              lexicon.surnames.value(s, start + 1, start + 2) == EntityLexicon.SurnameClass.common.rawValue,
              text.boundary[end] || !text.isHan(at: end) else { return nil }
        if start > 0, text.isHan(at: start - 1), !text.boundary[start] { return nil }
        var cued = false
        if let cue = lexicon.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) {
            cued = true
        }
        let before = start > 0 ? s[start - 1] : 0x0A
        let after = end < s.count ? s[end] : 0x0A
        if (before == 0xFF08 || before == 0x28) && (after == 0xFF09 || after == 0x29) && !text.isSingleWord(start, end) {
            cued = true
        }
        if cued { return EntitySpan(start: start, end: end, kind: .person, priority: 4.4, cued: true) }
        // Between punctuation or function words (，老张的, 向老邱学习) and not an everyday
        // word of the general vocabulary (小康, 老家): weaker, but still most often a person.
        let openEdge = !text.isHan(at: start - 1) || lexicon.functionCharacters.contains(before) || lexicon.givenNever.contains(before)
        let closeEdge = !text.isHan(at: end) || lexicon.functionCharacters.contains(after)
        if openEdge && closeEdge && !text.isSingleWord(start, end) && !Self.isFrequentGeneralWord(start, end, in: text, minimumWeight: 300) {
            return EntitySpan(start: start, end: end, kind: .person, priority: 3.4, cued: false)
        }
        return nil
    }

    /// What 某 starts when it is not standing for a name: 某种, 某些, 某个, 某人 ...
    static let someWords = EntityLexicon.scalarSet("种些个人项地处天年日时方面位次件类")

    /// A person the paper names by surname and 某 only (被告人张某, 王某某说): a frequent
    /// surname, then 某 or 某某, then no word that makes 某 mean "some" (张某种 is not one).
    func anonymousName(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let s = text.scalars
        guard let surname = EntityLexicon.shared.surnames.longest(s, at: start), surname.value != EntityLexicon.SurnameClass.other.rawValue else { return nil }
        var end = start + surname.length
        guard end < s.count, s[end] == 0x67D0 else { return nil }  // 某
        end += 1
        if end < s.count && s[end] == 0x67D0 { end += 1 }
        if end < s.count && Self.someWords.contains(s[end]) { return nil }
        if start > 0, text.isHan(at: start - 1), !text.boundary[start] { return nil }
        return EntitySpan(start: start, end: end, kind: .person, priority: 4.5, cued: true)
    }

    /// A Japanese person (桥本表示, 首相桥本, 鹿野道彦说): a Japanese family name alone or
    /// with a two-character given name (or three ending in 子), vouched for by a cue after it or a title before it
    /// with a clean end; the name is then confirmed for the rest of the document.
    func japaneseName(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard let surname = lexicon.japaneseSurnames.longest(s, at: start) else { return nil }
        if start > 0, text.isHan(at: start - 1), text.tokenEnd[start - 1] == Int32(start),
           !lexicon.functionCharacters.contains(s[start - 1]), lexicon.titlesBefore.longest(s, at: start) == nil { return nil }
        let title = lexicon.titlesBefore.longest(s, at: start)
        for givenLength in [3, 2, 0] {
            let end = start + surname.length + givenLength
            // Three given characters only for a woman's name in 子 (土井多贺子).
            guard end <= s.count, givenLength != 3 || s[end - 1] == 0x5B50 else { continue }
            var nameLike = true
            for k in (start + surname.length)..<end where !text.isHan(at: k) || lexicon.givenNever.contains(s[k])
                || lexicon.functionCharacters.contains(s[k]) || lexicon.numerals.contains(s[k]) { nameLike = false }
            guard nameLike else { continue }
            var role: String? = title.map { text.string(start - $0.length, start) }
            var cued = false
            if let cue = lexicon.afterCues.longest(s, at: end), text.boundary[end + cue.length] || !text.isHan(at: end + cue.length) {
                cued = true
            } else if let post = lexicon.titlesAfter.longest(s, at: end), text.boundary[end + post.length] || !text.isHan(at: end + post.length) {
                cued = true
                if role == nil { role = text.string(end, end + post.length) }
            } else if title != nil && (!text.isHan(at: end) || lexicon.functionCharacters.contains(s[end])) {
                cued = true
            }
            guard cued, text.boundary[end] || !text.isHan(at: end) || givenLength > 0 else { continue }
            return EntitySpan(start: start, end: end, kind: .person, priority: 4.5, cued: true, role: role)
        }
        return nil
    }

    /// A person every reader knows (周恩来, 克林顿), on word boundaries, not inside a
    /// doctrine's name (毛泽东思想). Counts as cued: it confirms the name in the document.
    func famousName(at start: Int, text: AnalyzedText) -> EntitySpan? {
        let s = text.scalars
        guard let match = EntityLexicon.shared.famousPersons.longest(s, at: start) else { return nil }
        let end = start + match.length
        guard text.boundary[end] || !text.isHan(at: end), !Self.isDoctrine(after: end, in: s),
              !FamousNamesAlsoWords.uncuedWord(start: start, end: end, text: text) else { return nil }
        // Part of a longer foreign name (索尼亚·甘地) or a longer Chinese one (孙文|盛: a lone
        // name character follows).
        if start > 0, Self.middleDots.contains(s[start - 1]) { return nil }
        if match.length == 2, text.isHan(at: end), text.tokenEnd[end] == Int32(end + 1), EntityLexicon.shared.givenFrequent.contains(s[end]),
           !EntityLexicon.shared.tailWeak.contains(s[end]),
           text.boundary[end + 1] || !text.isHan(at: end + 1) { return nil }
        // 马克思列宁主义: two names joined into a doctrine's name.
        if let next = EntityLexicon.shared.famousPersons.longest(s, at: end), Self.isDoctrine(after: end + next.length, in: s) { return nil }
        var role: String? = nil
        if let title = EntityLexicon.shared.titlesBefore.longest(s, at: start) {
            role = text.string(start - title.length, start)
        } else if let title = EntityLexicon.shared.titlesAfter.longest(s, at: end), text.boundary[end + title.length] || !text.isHan(at: end + title.length) {
            role = text.string(end, end + title.length)
        }
        return EntitySpan(start: start, end: end, kind: .person, priority: 4.6, cued: true, role: role)
    }

    /// Words that make a name before them part of a doctrine's name (邓小平理论,
    /// 马克思主义): the doctrine is talked about, not the person.
    static let doctrines = PhraseTrie(["理论 主义 思想"])

    static func isDoctrine(after end: Int, in s: [UInt32]) -> Bool {
        doctrines.longest(s, at: end) != nil
    }

    /// A transliterated foreign name at `start`: a run of transliteration characters
    /// (with middle dots) vouched for by a title before, a cue after, or a middle dot.
    func foreignCandidate(at start: Int, text: AnalyzedText) -> (span: EntitySpan, score: Double)? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        guard lexicon.transliteration.contains(s[start]) else { return nil }
        // A run starts where the previous character cannot continue it (格|鲁吉亚 is not one).
        if start > 0, lexicon.transliteration.contains(s[start - 1]) || Self.middleDots.contains(s[start - 1]),
           lexicon.titlesBefore.longest(s, at: start) == nil { return nil }
        var end = start
        var dotted = false
        while end < s.count && end - start < 16 {
            if lexicon.transliteration.contains(s[end]) {
                end += 1
            } else if Self.middleDots.contains(s[end]), end + 1 < s.count, lexicon.transliteration.contains(s[end + 1]), end > start {
                dotted = true
                end += 1
            } else {
                break
            }
        }
        // Try the longest aligned run first, then shorter ones.
        var e = end
        while e - start >= 2 {
            defer { e -= 1 }
            guard text.boundary[e] || !text.isHan(at: e), !Self.middleDots.contains(s[e - 1]) else { continue }
            if lexicon.places.value(s, start, e) != nil || Self.isDoctrine(after: e, in: s) { return nil }
            // A known organization or an ordinary transliterated word (塔利班, 迪斯尼) wins.
            if let word = lexicon.notNames.longest(s, at: start), word.length >= e - start { return nil }
            if let known = lexicon.knownOrganizations.longest(s, at: start), known.length >= e - start { return nil }
            var score = 1.0 + Double(e - start) * 0.4
            var cued = dotted
            var role: String? = nil
            // A function word after the run (外长利维|在, 协调员罗斯|的) ends it as cleanly as punctuation.
            var titled = false, cleanEnd = !text.isHan(at: e) || lexicon.functionCharacters.contains(s[e])
            if let title = lexicon.titlesBefore.longest(s, at: start) {
                score += 3
                cued = true
                titled = true
                role = text.string(start - title.length, start)
            }
            if let cue = lexicon.afterCues.longest(s, at: e), text.boundary[e + cue.length] || !text.isHan(at: e + cue.length) {
                score += 3
                cued = true
                cleanEnd = true
            }
            if let title = lexicon.titlesAfter.longest(s, at: e), text.boundary[e + title.length] || !text.isHan(at: e + title.length) {
                score += 2.5
                cued = true
                if role == nil { role = text.string(e, e + title.length) }
            }
            if dotted { score += 3 }
            // Two characters (外长|利维|辞职) need a title before and a clean end.
            guard cued, e - start >= 3 || dotted || (titled && cleanEnd) else { continue }
            // A word ICU knows is weak evidence, unless a title before and a clean end
            // frame it (协调员罗斯的).
            if text.isSingleWord(start, e) && !dotted {
                score -= titled && cleanEnd && !Self.isGeneralWord(start, e, in: text) ? 0.5 : 1.5
            }
            return (EntitySpan(start: start, end: e, kind: .person, priority: e - start >= 4 ? 4.6 : 3.5, cued: true, role: role), score)
        }
        return nil
    }
}
