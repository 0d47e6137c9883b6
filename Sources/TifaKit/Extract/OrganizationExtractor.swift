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
    static let bodyStops = ScalarSet(EntityLexicon.scalarSet(
        "的了在是与及等这那其各每该我你他她们个把被将由从向对为以于到说也都就而又并或很最更已曾还要能让使给没不无非未否所如若但却且即着过得吗呢吧啊"))

    /// Suffixes that name a body on their own, so a short proper name before them needs no
    /// place or prefix (荣事达公司, 南开大学): firms, banks, universities, publishers, clubs.
    static let selfStandingSuffixes = PhraseTrie(["""
    公司 有限公司 股份有限公司 有限责任公司 总公司 集团 集团公司 银行 大学 学院 出版社 研究所 研究院 基金会
    联合会 协会 学会 俱乐部 医院 中学 小学 电视台 杂志社 报社 事务所 交易所 书局 通讯社 证券公司
    宾馆 饭店 大饭店 酒店 大酒店
    """])

    /// Words before such a suffix that make a kind of body, not a named one (保险公司,
    /// 商业银行, 上市公司, 这家医院).
    static let genericBodies = PhraseTrie(["""
    商业 保险 上市 跨国 国有 国营 外资 合资 独资 民营 私营 集体 股份 投资 贸易 建筑 房地产 证券 信托 金融
    中央 地方 外国 国外 国内 大型 中型 小型 大 小 该 本 这家 那家 一家 两家 三家 几家 多家 各家 许多 子 母
    分 总 有关 相关 其他 其它 这些 那些 新 老 重点 名牌 高等 普通 师范 职业 农业 工业 科技 高科技 网络 电力
    电信 航空 石油 化工 钢铁 汽车 医药 文化 体育 艺术 音乐 足球 篮球 排球 专业 综合 大中 全国 世界 各国
    各地 当地 本地 外地 省级 市级 县级 乡镇 区级 军队 部队 私立 公立 民办 公办 开发 实业 控股 航运 运输
    物流 电子 软件 计算机 通信 广告 咨询 会计 律师 旅游 旅行 餐饮 服务 物业 房产 发展 储蓄 信用 合作
    政策性 开发性 中小 中小学 大学 医科 理工 工科 财经 政法 外语 美术 戏剧 电影 广播 电视 出版 教育 人民
    妇幼 儿童 中医 西医 专科 附属 第一 第二 第三 城市 农村 社区 乡村 人寿 财产 再保险 期货 基金
    企业 烟草 中介 拍卖 玩具 服装 运动 住宅 政治 军事 犯罪 贩毒 会员 市属 县属 省属 少数 多数 部分 希望
    一体化 代理 经纪 销售 营销 进出口 外贸 批发 零售 连锁 制药 食品 纺织 电器 家电 机械 建材 化学 环保
    能源 矿业 煤炭 唱片 演出 保安 快递 邮政 印刷 影视 娱乐 传媒 新闻 担保 租赁 典当 信贷 储备 开户 注册
    结算 托管 清算 民间 官办 私人 个人 家族 公共 公用 一所 一家 所 家
    """])

    /// What may stand right before an unanchored name: a list joiner or 由 (由某某公司承办).
    static let unanchoredOpeners = ScalarSet(EntityLexicon.scalarSet("、和与及同由"))
    static let dateUnits = ScalarSet(EntityLexicon.scalarSet("年月日号"))

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
    纪念会 追悼会 见面会 恳谈会 听证会 评审会 订货会 文化节 艺术节 常委 编委 建军 裁军 驻军 行军 进军 撤军 扩军 治军
    侵略军 占领军 入侵军 叛军 守军 援军 美军 日军 伪军
    到处 各处 好处 坏处 之处 住处 益处 用处 长处 短处 难处 深处 远处 近处 此处 何处 上司 官司 公司
    """])

    /// Function words ICU's dictionary sometimes glues to a one-character suffix (税务|局在,
    /// 公安|厅对): the suffix still ends the name. Not 的 (公司党的建设 is the party's work).
    static let gluedFunctionWords = ScalarSet(EntityLexicon.scalarSet("在是对向与和将已也都就又"))
    /// One-character suffixes that are nouns only: 处 (处于), 站 (站在), 会 (会在) are
    /// verbs too, so a word they open stays that word.
    static let nounSuffixes = ScalarSet(EntityLexicon.scalarSet("局厅署委院办社队厂馆"))

    /// Suffixes of a branch office, named whole with its parent body (新华社香港分社).
    static let branchSuffixes = PhraseTrie(["分社 分行 支行 分院 分公司 办事处 分局 分会 代表处 分部"])

    /// Customary short names of the big banks, read only as the parent of a branch
    /// (工行北京分行); alone the newspaper convention counts them as abbreviations.
    /// Stored reversed: read leftwards from the branch's place.
    static let bankAbbreviations = PhraseTrie(["工行 农行 建行 中行 交行 农发行"], reversed: true)
    /// Words naming the state before a known ministry or body (国家卫生部, 中国剧协).
    static let statePrefixes = PhraseTrie(["国家 中国"])
    /// Characters before 国家 that make it "countries" (各国家, 等国家红十字会).
    static let plurals = ScalarSet(EntityLexicon.scalarSet("各等些个诸多"))
    /// One-character suffixes of a unit inside a body (济南军区 + 队, 某某公司 + 团): such
    /// a name outranks the body alone.
    static let unitSuffixes = ScalarSet(EntityLexicon.scalarSet("队团部处院站厂室"))

    /// Suffixes of venues: museums, galleries, memorial and exhibition halls, stadiums,
    /// hotels and concert halls, which the newspaper convention counts as places.
    static let venueSuffixes = PhraseTrie(["博物馆 美术馆 纪念馆 展览馆 体育馆 宾馆 国宾馆 饭店 大饭店 酒店 大酒店 音乐厅 体育场"])

    /// Everyday words that start with a one-character suffix (党建, 党务, 队伍, 厂房).
    static let suffixOpenedWords = PhraseTrie(["党建 党务 党风 党性 党课 党费 党纪 党史 党龄 党籍 党旗 党徽 党章 团建 团课 团费 队伍 厂房 厂区 馆藏"])

    /// Bodies made only of a prefix before a suffix of a kind (国家机关, 中央银行, 国家队):
    /// organs or teams in general, no name.
    static let genericPrefixBodies = PhraseTrie(["中央 国家 全国 地方 中央国家 各级 各地 全国各级"])
    static let genericPrefixSuffixes = PhraseTrie(["机关 队 银行 政府 机构 企业 部门"])

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
        let placeStartByEnd = anchorStartByEnd
        var placeStarts = [Bool](repeating: false, count: n + 1)
        for place in places { placeStarts[place.start] = true }
        // Where an organization found so far ends (a flag per index, not a set rebuilt per suffix).
        var organizationEnds = [Bool](repeating: false, count: n + 1)
        // Where a known organization that ends at an index starts (新华社 in 会见某某新华社).
        var knownStartByEnd = [Int](repeating: -1, count: n + 1)
        // Where the organization found so far that ends at an index starts (新华社 before
        // 香港分社), for a branch office named with its parent.
        var organizationStartByEnd = [Int](repeating: -1, count: n + 1)
        var i = 0
        while i < n {
            if AnalyzedText.isHan(s[i]), text.boundary[i], let match = lexicon.knownOrganizations.longest(s, at: i),
               Self.knownNameEndsAt(i + match.length, length: match.length, text: text) {
                let end = i + match.length
                // A known body named with its country or 国家 (中国剧协, 国家卫生部, 日本大藏省)
                // is one organization.
                var start = i
                if i > 0, placeStartByEnd[i] >= 0 { start = placeStartByEnd[i] }
                else if i >= 2, Self.statePrefixes.value(s, i - 2, i) != nil, text.boundary[i - 2],
                        i < 3 || !Self.plurals.contains(s[i - 3]) { start = i - 2 }
                spans.append(EntitySpan(start: start, end: end, kind: .organization, priority: 4.95))
                organizationEnds[end] = true
                organizationStartByEnd[end] = start
                anchorStartByEnd[end] = anchorStartByEnd[end] < 0 ? start : min(anchorStartByEnd[end], start)
                knownStartByEnd[end] = start
            }
            i += 1
        }
        var j = 1
        while j < n {
            guard AnalyzedText.isHan(s[j]) else { j += 1; continue }
            // A known name ICU glued to the next word (联合国|会费 read 联合|国会|费): what
            // follows is that word, not a suffix of the known name.
            if knownStartByEnd[j] >= 0 && !text.boundary[j] { j += 1; continue }
            // Most positions start no suffix: no match list is walked there.
            guard lexicon.organizationSuffixes.mayMatch(s, at: j) else { j += 1; continue }
            for suffix in lexicon.organizationSuffixes.matchLengths(s, at: j).reversed() {
                let end = j + suffix.length
                let single = suffix.length == 1
                if end < n, single ? lexicon.postContinuations.contains(s[end]) : s[end] == 0x957F { continue }  // 长
                if single && (Self.falseSuffixWords.value(s, j - 1, end) != nil || j >= 2 && Self.falseSuffixWords.value(s, j - 2, end) != nil) { continue }
                // A one-character suffix that ICU reads as the start of a longer word
                // (社|会主义, 会|议, 部|分) is that word, not the end of a name.
                // But ICU may glue a function word to the suffix (税务|局在): that is no word.
                let gluedToFunctionWord = single && text.tokenEnd[j] == Int32(end + 1) && Self.nounSuffixes.contains(s[j])
                    && Self.gluedFunctionWords.contains(s[end])
                if single && text.tokenEnd[j] > Int32(end) && !gluedToFunctionWord { continue }
                // Nor one that opens an everyday word, however ICU cut it (航道|党|建: 党建 is
                // the work, not a party).
                if single && Self.suffixOpenedWords.longest(s, at: j) != nil { continue }
                if single && lexicon.wordInitialSuffixes.contains(s[j]) && !text.boundary[j] { continue }
                if !text.boundary[end] && !gluedToFunctionWord && text.isHan(at: end) && !(end < n && lexicon.organizationSuffixes.longest(s, at: end) != nil) { continue }
                guard var start = bodyStart(before: j, suffixEnd: end, single: single, text: text, anchorStartByEnd: anchorStartByEnd, blocked: blocked,
                                                organizationEnds: organizationEnds) else { continue }
                // A branch office is named with its parent: 新华社 + 香港 + 分社, 工行 + 北京 + 分行.
                if start > 0, placeStarts[start], Self.branchSuffixes.value(s, j, end) != nil {
                    if organizationStartByEnd[start] >= 0 {
                        start = organizationStartByEnd[start]
                    } else if let bank = Self.bankAbbreviations.longest(s, at: start) {
                        start -= bank.length
                    }
                }
                // A known name ending with the suffix (新华社, 外交部) is the whole name unless a
                // place or organization stands right before it (衢州新华书店 is not that case).
                let known = knownStartByEnd[end]
                if known >= 0, start < known, placeStartByEnd[known] != start { continue }
                if Self.genericPrefixBodies.value(s, start, j) != nil, Self.genericPrefixSuffixes.value(s, j, end) != nil { continue }
                // A team or unit of a body named whole (济南军区 + 队) outranks the body alone.
                let extendsBody = single && organizationStartByEnd[j] == start && Self.unitSuffixes.contains(s[j])
                // Museums, galleries, hotels and halls are places in the newspaper convention
                // (中国美术馆, 长城宾馆); libraries and embassies stay organizations.
                let venue = Self.venueSuffixes.value(s, j, end) != nil
                spans.append(EntitySpan(start: start, end: end, kind: venue ? .place : .organization,
                                        priority: (single ? 5 : 5.1) + (extendsBody ? 0.2 : 0)))
                if venue { break }
                organizationStartByEnd[end] = start
                organizationEnds[end] = true
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
        // A party's name before 派 is the parties in general (各民主党派).
        if next == 0x6D3E, text.scalars[end - 1] == 0x515A { return false }  // 党派
        // The start of a longer word ICU knows (民主党派) is that word.
        if text.tokenEnd[end - length] > Int32(end) { return false }
        return text.boundary[end] || length >= 3
    }

    /// Whether a verb of the sentence (观看, 举行; 发 or 讯 as a word of its own) ends at `k`
    /// on a word boundary: no organization's name runs back across it.
    static func verbEnds(at k: Int, in text: AnalyzedText) -> Bool {
        guard k > 0, text.boundary[k] else { return false }
        let lexicon = EntityLexicon.shared
        if text.tokenEnd[k - 1] == Int32(k), lexicon.verbCharacters.contains(text.scalars[k - 1]) { return true }
        for length in 2...3 where k - length >= 0 && text.tokenEnd[k - length] == Int32(k) {
            if lexicon.verbs.value(text.scalars, k - length, k) != nil { return true }
        }
        return false
    }

    /// Where a foreign firm's name right before `suffixStart` starts, or nil: two or more
    /// Latin letters (ASCII or full-width, inner hyphens and digits allowed), or a whole run
    /// of three to eight transliteration characters with at least two typical ones
    /// (`TransliterationCharacters`) starting on a word boundary and not before `bodyStop`,
    /// where a stop of the sentence cut the body.
    static func foreignFirmNameStart(before suffixStart: Int, bodyStop: Int, text: AnalyzedText) -> Int? {
        let s = text.scalars
        var r = suffixStart
        var letters = 0
        while r > 0 {
            let c = s[r - 1]
            if isLatinLetter(c) { letters += 1; r -= 1; continue }
            guard isDigit(c) || c == 0x2D || c == 0xFF0D || c == 0x2014 || c == 0x26 || c == 0xFF06, suffixStart - r < 16 else { break }
            r -= 1
        }
        while r < suffixStart, !isLatinLetter(s[r]) { r += 1 }
        if letters >= 2, r < suffixStart { return r }
        let transliteration = EntityLexicon.shared.transliteration
        r = suffixStart
        while r > 0, suffixStart - r < 8, transliteration.contains(s[r - 1]) { r -= 1 }
        guard suffixStart - r >= 3, r >= bodyStop, text.boundary[r], r == 0 || !transliteration.contains(s[r - 1]),
              (r..<suffixStart).filter({ UncuedForeignNames.typical.contains(s[$0]) }).count >= 2 else { return nil }
        return r
    }

    static func isLatinLetter(_ c: UInt32) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || (0xFF21...0xFF3A).contains(c) || (0xFF41...0xFF5A).contains(c)
    }

    static func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c) }

    /// Where the organization whose suffix starts at `suffixStart` begins, or nil.
    func bodyStart(before suffixStart: Int, suffixEnd: Int, single: Bool, text: AnalyzedText, anchorStartByEnd: [Int], blocked: [Bool],
                   organizationEnds: [Bool]) -> Int? {
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
            if k < suffixStart, best == k, organizationEnds[k], k < 2 || lexicon.organizationPrefixes.value(s, k - 2, k) == nil { break }
            // Nor does a name run back across another body of its own kind to a start before
            // it (浙江队|战平|福建队): the nearer anchor already found is the start.
            if k < suffixStart, let found = best, found > k, organizationEnds[k], s[k - 1] == s[suffixEnd - 1] { break }
            let anchor = anchorStartByEnd[k]
            if anchor >= 0 && anchor < k { best = anchor }
            if k == 0 { break }
            let c = s[k - 1]
            if !AnalyzedText.isHan(c) || Self.bodyStops.contains(c) || blocked[k - 1] || Self.verbEnds(at: k, in: text) { break }
            // 和 joins two names (A俱乐部和B俱乐部) unless it stands inside one (发展和改革局).
            // A prefix already found after it (国家机关和中央|银行) means 和 joins two names too.
            if c == 0x548C, k - 1 > 0, anchorStartByEnd[k - 1] >= 0 || organizationEnds[k - 1] || best != nil { break }
            k -= 1
        }
        if let best, best < suffixStart || !single { 
            return best < suffixStart ? best : nil
        }
        if single { return nil }
        // A foreign firm's name before a self-standing suffix: Latin letters (ＴＣＬ集团, with
        // its country before them: 美国ＡＴＴ公司) or a run of transliteration characters
        // whatever stands before it (日本的|洛里拉德公司).
        if Self.selfStandingSuffixes.value(s, suffixStart, suffixEnd) != nil,
           let run = Self.foreignFirmNameStart(before: suffixStart, bodyStop: k, text: text) {
            let anchor = anchorStartByEnd[run]
            return anchor >= 0 && anchor < run ? anchor : run
        }
        // Unanchored: a self-standing suffix after two to five characters of body that start
        // at a clean left edge (punctuation or a function word before them), none of them a
        // kind of body (保险|公司).
        guard k < suffixStart, Self.selfStandingSuffixes.value(s, suffixStart, suffixEnd) != nil else { return nil }
        // A date's unit is no part of the name (2017年|天蓬集团).
        while k < suffixStart, k > 0, !AnalyzedText.isHan(s[k - 1]), Self.dateUnits.contains(s[k]) { k += 1 }
        let bodyLength = suffixStart - k
        guard bodyLength >= 2, bodyLength <= 5, text.boundary[k], text.boundary[suffixStart],
              k == 0 || !AnalyzedText.isHan(s[k - 1]) || Self.unanchoredOpeners.contains(s[k - 1]) || Self.dateUnits.contains(s[k - 1])
                || Self.verbEnds(at: k, in: text) else { return nil }
        var w = k
        while w < suffixStart {
            if let generic = Self.genericBodies.longest(s, at: w), text.boundary[w + generic.length] { return nil }
            let next = Int(text.tokenEnd[w])
            guard next > w else { break }
            w = next
        }
        return k
    }
}
