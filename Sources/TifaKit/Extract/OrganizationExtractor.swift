/// Finds organizations: names of general knowledge (国务院, 中组部) and names made by a
/// suffix (委员会, 组织部, 集团, 大学 ...) over a body that starts at a place, a known
/// organization, a prefix such as 中国/全国, or a clear left edge. Nested names come out
/// whole: 衢州市委组织部 is 衢州市 + 委 -> 衢州市委, then + 组织部.
public struct OrganizationExtractor: MentionExtractor {
    private let tokenizer: Tokenizer?

    public init(tokenizer: Tokenizer?) {
        self.tokenizer = tokenizer
    }

    public func extract(_ text: String) -> [Mention] {
        let analyzed = AnalyzedText(text, tokenizer: tokenizer)
        let places = PlaceExtractor(tokenizer: nil).candidates(in: analyzed)
        let spans = EntityResolver.resolve(places + candidates(in: analyzed, places: places))
        return EntityResolver.mentions(spans, kinds: [.organization], in: analyzed)
    }

    /// Characters an organization's body never contains (function words, verbs of the
    /// sentence around it).
    static let bodyStops: Set<UInt32> = EntityLexicon.scalarSet(
        "的了在是与及等这那其各每该我你他她们个把被将由从向对为以于到说也都就而又并或很最更已曾还要能让使给没不无非未否所如若但却且即着过得吗呢吧啊")

    static let allowUnanchored = false

    /// Words that end in a one-character suffix without naming a body: 东部 (a region),
    /// 政局, 社会, 举办; events held rather than bodies (全会, 博览会, 音乐会) ...
    static let falseSuffixWords = PhraseTrie(["""
    东部 西部 南部 北部 中部 全部 内部 外部 大部 局部 干部 本部 腹部 胸部 头部 部分 政局 当局 大局 全局 结局
    格局 布局 时局 社会 机会 大会 晚会 宴会 开会 约会 理会 体会 集会 领会 都会 峰会 年会 例会 茶话会 举办 创办 开办
    承办 主办 协办 兴办 筹办 操办 督办 查办 代办 领队 排队 入队 归队 车队 团队 乐队 球队 军队 部队 梯队 带队 列队
    住院 医院 法院 学院 剧院 庭院 寺院 影院 场所 住所 处所 厕所 哨所 研究所 诊所 工厂 药厂 报社 结社 旅社
    车站 网站 岗站 大厅 客厅 餐厅 展厅 门厅 宫廷 海军 陆军 空军 冠军 亚军 季军 参军 从军 将军 全军 红军 敌军
    集团 社团 剧团 乐团 兵团 军团 谜团 代表团 入党 建党 全党 政党 执政党 在野党 反对党 公署 部署 签署 专署
    全会 盛会 聚会 舞会 酒会 庙会 博览会 运动会 奥运会 亚运会 全运会 冬奥会 音乐会 演唱会 展览会 展销会
    交易会 洽谈会 研讨会 座谈会 报告会 表彰会 联欢会 招待会 发布会 动员会 推进会 现场会 培训会 交流会
    纪念会 追悼会 见面会 恳谈会 听证会 评审会 订货会 文化节 艺术节
    """])

    func candidates(in text: AnalyzedText, places: [EntitySpan], persons: [EntitySpan] = []) -> [EntitySpan] {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let n = s.count
        var spans: [EntitySpan] = []
        // A named person inside a body means the body ran past the organization's start.
        var blocked = [Bool](repeating: false, count: n + 1)
        for person in persons where person.cued { for k in person.start..<person.end { blocked[k] = true } }
        // Starts of anchors: where a place or organization name begins, keyed by its end.
        var anchorStartByEnd = [Int](repeating: -1, count: n + 1)
        for place in places where anchorStartByEnd[place.end] < 0 || place.start < anchorStartByEnd[place.end] {
            anchorStartByEnd[place.end] = place.start
        }
        // Where a known organization that ends at an index starts (新华社 in 会见某某新华社).
        var knownStartByEnd = [Int](repeating: -1, count: n + 1)
        var i = 0
        while i < n {
            if AnalyzedText.isHan(s[i]), text.boundary[i], let match = lexicon.knownOrganizations.longest(s, at: i),
               Self.knownNameEndsAt(i + match.length, length: match.length, text: text) {
                spans.append(EntitySpan(start: i, end: i + match.length, kind: .organization, priority: 4.95))
                let end = i + match.length
                anchorStartByEnd[end] = anchorStartByEnd[end] < 0 ? i : min(anchorStartByEnd[end], i)
                knownStartByEnd[end] = i
            }
            i += 1
        }
        var j = 1
        while j < n {
            guard AnalyzedText.isHan(s[j]) else { j += 1; continue }
            // A known name ICU glued to the next word (联合国|会费 read 联合|国会|费): what
            // follows is that word, not a suffix of the known name.
            if knownStartByEnd[j] >= 0 && !text.boundary[j] { j += 1; continue }
            for suffix in lexicon.organizationSuffixes.matchLengths(s, at: j).reversed() {
                let end = j + suffix.length
                let single = suffix.length == 1
                if end < n, single ? lexicon.postContinuations.contains(s[end]) : s[end] == 0x957F { continue }  // 长
                if single && (Self.falseSuffixWords.value(s, j - 1, end) != nil || j >= 2 && Self.falseSuffixWords.value(s, j - 2, end) != nil) { continue }
                // A one-character suffix that ICU reads as the start of a longer word
                // (社|会主义, 会|议, 部|分) is that word, not the end of a name.
                if single && text.tokenEnd[j] > Int32(end) { continue }
                if !text.boundary[end] && text.isHan(at: end) && !(end < n && lexicon.organizationSuffixes.longest(s, at: end) != nil) { continue }
                guard let start = bodyStart(before: j, suffixEnd: end, single: single, text: text, anchorStartByEnd: anchorStartByEnd, blocked: blocked,
                                                organizationEnds: Set(spans.map(\.end))) else { continue }
                // A known name ending with the suffix (新华社, 外交部) is the whole name unless a
                // place or organization stands right before it (衢州新华书店 is not that case).
                let known = knownStartByEnd[end]
                if known >= 0, start < known, anchorStartByEnd[known] != start { continue }
                spans.append(EntitySpan(start: start, end: end, kind: .organization, priority: single ? 5 : 5.1))
                anchorStartByEnd[end] = anchorStartByEnd[end] < 0 ? start : min(anchorStartByEnd[end], start)
                break
            }
            j += 1
        }
        return spans
    }

    /// Whether a known organization's name may end at `end`: on a word boundary, or for a
    /// name of three or more characters anywhere ICU glued it (联合国|会费 read 联合|国会|费),
    /// but never before a post (外交部长, 党委员) nor as its members (共产党人).
    static func knownNameEndsAt(_ end: Int, length: Int, text: AnalyzedText) -> Bool {
        guard text.isHan(at: end) else { return true }
        let next = text.scalars[end]
        if EntityLexicon.shared.postContinuations.contains(next) { return false }
        if next == 0x4EBA, text.boundary[end + 1] || !text.isHan(at: end + 1) { return false }  // 人
        return text.boundary[end] || length >= 3
    }

    /// Where the organization whose suffix starts at `suffixStart` begins, or nil.
    func bodyStart(before suffixStart: Int, suffixEnd: Int, single: Bool, text: AnalyzedText, anchorStartByEnd: [Int], blocked: [Bool],
                   organizationEnds: Set<Int> = []) -> Int? {
        let lexicon = EntityLexicon.shared
        let s = text.scalars
        let maxBody = 14
        var best: Int? = nil
        // Anchored: a place or organization ends where the body (possibly empty) starts.
        var k = suffixStart
        while k >= 0 && suffixStart - k <= maxBody {
            if text.boundary[k], let prefix = lexicon.organizationPrefixes.matchLengths(s, at: k).last,
               k + prefix.length <= suffixStart, k + prefix.length == suffixStart || text.boundary[k + prefix.length] {
                if best == nil || k < best! { best = k }
            }
            // Names listed back to back (湖北省科委湖北医科大学): where one organization ends
            // and a place or prefix starts the next, the new name starts there.
            // 中共 before a local committee (中共衢州市委) still opens it.
            if k < suffixStart, best == k, organizationEnds.contains(k), k < 2 || lexicon.organizationPrefixes.value(s, k - 2, k) == nil { break }
            let anchor = anchorStartByEnd[k]
            if anchor >= 0 && anchor < k { best = anchor }
            if k == 0 { break }
            let c = s[k - 1]
            if !AnalyzedText.isHan(c) || Self.bodyStops.contains(c) || blocked[k - 1] { break }
            // 和 joins two names (A俱乐部和B俱乐部) unless it stands inside one (发展和改革局).
            if c == 0x548C, k - 1 > 0, anchorStartByEnd[k - 1] >= 0 || organizationEnds.contains(k - 1) { break }
            k -= 1
        }
        if let best, best < suffixStart || !single { 
            return best < suffixStart ? best : nil
        }
        if single { return nil }
        // Unanchored: two to six characters of body from a clean left edge.
        guard k < suffixStart, Self.allowUnanchored else { return nil }
        let bodyLength = suffixStart - k
        guard bodyLength >= 2, bodyLength <= 6, text.boundary[k] else { return nil }
        return k
    }
}
