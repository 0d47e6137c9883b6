/// Joins an organization's name to the institution word that ends it (东软/集团 ->
/// 东软集团, 国家/电力/公司 -> 国家电力公司; 组织 is left out: it is also a verb), as the
/// MSR standard does for named entities; the PKU standard keeps the words apart.
/// Up to three words of two or more ideographs before the institution word join it,
/// stopping at a lone character (one the path could not place is no evidence of a name's
/// start), a determiner or quantifier (这家/公司, 一个/集团, 有关/银行), a verb that takes an
/// organization as its object (利用/浙江/大学, 担任/村民/委员会) and another institution
/// word. Works in place.
struct OrganizationJoin {
    /// Institution words that end an organization's name (a grammar book's, not a list of names).
    private static let suffixes: [[UInt16]] = ["公司", "总公司", "集团", "有限公司", "股份有限公司", "集团公司", "大学", "学院",
                                               "研究所", "研究院", "委员会", "学会", "联合会", "基金会", "交易所", "银行"]
        .map { Array($0.utf16) }
    /// The last characters of the suffixes (seven): a cheap first test, scanned rather
    /// than hashed (a `Set` hashes with SipHash for every word of the text).
    private static let lastUnits: [UInt16] = Array(Set(suffixes.map { $0[$0.count - 1] })).sorted()
    /// Words that point at an organization instead of naming it, and verbs that take one
    /// as their object: none of them is part of the name.
    private static let stopWords: Set<[UInt16]> = Set([
        "这家", "那家", "一家", "两家", "几家", "各家", "这个", "那个", "一个", "我们", "他们", "所有", "有关", "其他", "其它",
        "许多", "一批", "国内", "国外", "大型", "中型", "小型", "各类", "各种", "这些", "那些",
        "利用", "推进", "担任", "督促", "组建", "成立", "建立", "设立", "来到", "走进", "进入", "加入", "参加", "访问", "考察",
        "视察", "支持", "帮助", "委托", "要求", "通过", "经过", "依托", "联合", "会同", "协调", "指导", "监督", "包括", "属于",
        "隶属", "收购", "兼并", "控股", "投资", "创办", "创建", "筹建", "组织", "成为", "作为", "进驻", "举办", "主办", "承办",
        "发布", "宣布", "批准", "同意", "召开",
    ].map { Array($0.utf16) })
    /// How many words before the institution word may join it.
    static let maximumWords = 3

    static func isSuffix(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.kind == .word, token.length >= 2, token.length <= 6, lastUnits.contains(text[token.end - 1]) else { return false }
        return suffixes.contains { suffix in
            suffix.count == token.length && suffix.indices.allSatisfy { text[token.start + $0] == suffix[$0] }
        }
    }

    /// A word that may be part of a name before the institution word.
    private static func mayJoin(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard token.kind == .word else { return false }
        for position in token.start..<token.end where !CodeUnitClass.isIdeograph(text[position]) { return false }
        if token.length < 2 { return false }
        if token.length == 2 && stopWords.contains(Array(text[token.start..<token.end])) { return false }
        return !isSuffix(token, text)
    }

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
        let write = tokens.withUnsafeMutableBufferPointer { tokens -> Int in
            var write = 0
            for index in 0..<tokens.count {
                let token = tokens[index]
                if write > 0, Self.isSuffix(token, text) {
                    var first = write
                    while first > 0, write - first < Self.maximumWords, Self.mayJoin(tokens[first - 1], text) {
                        first -= 1
                    }
                    if first < write {
                        tokens[first] = Token(start: tokens[first].start, end: token.end, kind: .word)
                        write = first + 1
                        continue
                    }
                }
                tokens[write] = token
                write += 1
            }
            return write
        }
        tokens.removeLast(tokens.count - write)
    }
}
