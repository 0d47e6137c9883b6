/// Joins an organization's name to the institution word that ends it (东软/集团 ->
/// 东软集团, 国家/电力/公司 -> 国家电力公司, 国际/竹/藤/组织 stays: 组织 is also a verb),
/// as the MSR standard does for named entities; the PKU standard keeps the words apart.
/// Up to three words before the institution word join it: ideograph words, or lone
/// characters that are not function characters (青/木/银行), stopping at a determiner or
/// quantifier (这家/公司, 一个/集团, 有关/银行) and at another institution word. Works in place.
struct OrganizationJoin {
    /// Institution words that end an organization's name (a grammar book's, not a list of names).
    private static let suffixes: [[UInt16]] = ["公司", "总公司", "集团", "有限公司", "股份有限公司", "集团公司", "大学", "学院",
                                               "研究所", "研究院", "委员会", "学会", "联合会", "基金会", "交易所", "银行"]
        .map { Array($0.utf16) }
    /// The last characters of the suffixes: a cheap first test.
    private static let lastUnits: Set<UInt16> = Set(suffixes.map { $0[$0.count - 1] })
    /// Words that point at an organization instead of naming it.
    private static let determiners: Set<[UInt16]> = Set(["这家", "那家", "该", "一家", "两家", "几家", "各家", "这个", "那个", "一个", "我们", "他们",
                                                        "本", "各", "全", "家", "非", "所有", "有关", "其他", "其它", "许多", "一批", "国内",
                                                        "国外", "大型", "中型", "小型", "各类", "各种", "这些", "那些"].map { Array($0.utf16) })
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
        if token.length == 1 && FunctionCharacters.contains(text[token.start]) { return false }
        if token.length <= 2 && determiners.contains(Array(text[token.start..<token.end])) { return false }
        return !isSuffix(token, text)
    }

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        guard tokens.count > 1 else { return }
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
        tokens.removeLast(tokens.count - write)
    }
}
