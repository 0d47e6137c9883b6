/// Roster lines: a post, a colon, then the people who hold it ("书 记：王甲甲",
/// "常 委：王甲甲、李 乙（女）、赵丙丙（女，兼）", "法院院长：王甲甲"), as election
/// results and leadership lists print them. The post may be letter-spaced to the width of
/// the longer posts beside it ("书 记", "市 长"), names may be spaced likewise ("李 乙",
/// `SpacedNames`), each may carry a short tag in brackets ((女), （兼）, （女，兼）), and a
/// list that ends on 、 goes on in the next line (`find(in:continuing:)`). Every item up to
/// the end of the list must be name-shaped, so "主任：我们要…" or "书记：“…”" yield nothing.
enum RosterLines {
    static let colons: ScalarSet = [0xFF1A, 0x3A]          // ： :
    static let opening: ScalarSet = [0xFF08, 0x28]         // （ (
    static let closing: ScalarSet = [0xFF09, 0x29]         // ） )
    static let separator: UInt32 = 0x3001                    // 、
    /// What may end a roster list besides the end of the text: a clause's punctuation.
    static let listEnds: ScalarSet = [0x3002, 0xFF0C, 0xFF1B, 0xFF01, 0xFF1F, 0x2C, 0x3B, 0x0A, 0x0D]
    /// Posts, read leftwards from the colon: the titles of `PersonCueLexicon` and credits.
    static let posts = PhraseTrie([PersonCueLexicon.titles, "作者 撰稿 执笔 摄影 责任编辑"], reversed: true)
    /// Above the candidates of the surname model (4.5-4.7): the layout says "a name".
    static let priority = 4.8
    /// Longest post label read before a colon (监察委员会主任, 检察院检察长).
    static let maximumLabel = 10

    /// People in the roster lists of `text`. With `continuing`, `text` starts inside a list
    /// a line before left open with 、: its items are read first, and only when the whole
    /// text (up to a trailing 、) is such a list.
    static func find(in text: AnalyzedText, continuing: Bool = false) -> [EntitySpan] {
        let s = text.scalars
        var result: [EntitySpan] = []
        if continuing, let list = list(in: s, from: 0, role: nil), list.end == s.count { result += list.names }
        for c in s.indices where colons.contains(s[c]) {
            guard let role = post(before: c, in: s), let list = list(in: s, from: c + 1, role: role) else { continue }
            result += list.names
        }
        return result
    }

    /// Whether `s` ends inside a roster list left open with 、 (the list goes on in the
    /// next line); `continuing`: `s` itself continues such a list.
    static func endsOpen(_ s: [UInt32], continuing: Bool) -> Bool {
        var b = s.count
        while b > 0 && SpacedNames.isSpace(s[b - 1]) { b -= 1 }
        guard b > 0, s[b - 1] == separator else { return false }
        let line = Array(s[..<b])
        if let c = line.lastIndex(where: { colons.contains($0) }) {
            guard post(before: c, in: line) != nil, let list = list(in: line, from: c + 1, role: nil) else { return false }
            return list.end == line.count
        }
        guard continuing, let list = list(in: line, from: 0, role: nil) else { return false }
        return list.end == line.count
    }

    /// Whether a numbered heading starts at `k` ("7、", "7．"): where repair joined the
    /// next part of a roster ("…主任：王某7、法院院长：…") onto the list.
    static func opensNumberedItem(at k: Int, in s: [UInt32]) -> Bool {
        var j = k
        while j < s.count && j - k < 3 && ((0x30...0x39).contains(s[j]) || (0xFF10...0xFF19).contains(s[j])) { j += 1 }
        return j > k && j < s.count && (s[j] == separator || s[j] == 0xFF0E || s[j] == 0x2E)
    }

    /// The post a colon at `colon` closes: the Han characters before it (single ones may be
    /// letter-spaced, "书 记"), ending with a post of `posts`; nil when there is none. A
    /// label that runs on from a list before it (王甲甲副书记：) is only its post.
    static func post(before colon: Int, in s: [UInt32]) -> String? {
        var label: [UInt32] = []
        var pieces: [Int] = []  // lengths of the Han runs, right to left
        var k = colon
        while k > 0 && SpacedNames.isSpace(s[k - 1]) && pieces.isEmpty { k -= 1 }
        while k > 0 {
            var run = 0
            while k > 0 && AnalyzedText.isHan(s[k - 1]) && label.count < maximumLabel + 4 {
                label.append(s[k - 1])
                k -= 1
                run += 1
            }
            guard run > 0 else { break }
            pieces.append(run)
            // A letter-spaced label: one character, spaces, one character (书 记, 主 任).
            var gap = k
            while gap > 0 && SpacedNames.isSpace(s[gap - 1]) { gap -= 1 }
            guard gap < k, gap > 0, run == 1, AnalyzedText.isHan(s[gap - 1]),
                  gap - 1 == 0 || !AnalyzedText.isHan(s[gap - 2]) else { break }
            k = gap
        }
        guard !label.isEmpty else { return nil }
        label.reverse()
        // Letter-spaced: single characters only.
        if pieces.count > 1 && pieces.contains(where: { $0 != 1 }) { return nil }
        guard let title = posts.longest(label, at: label.count) else { return nil }
        let prefix = Array(label[..<(label.count - title.length)])
        if prefix.isEmpty || label.count > maximumLabel || SpacedNames.isNameShaped(prefix) || prefix.count > maximumLabel - 2 {
            return SpacedNames.compacted(label, label.count - title.length, label.count)
        }
        return SpacedNames.compacted(label, 0, label.count)
    }

    /// The names of a list that starts at `from`, and where the list ends; nil when its
    /// first item is not a name.
    static func list(in s: [UInt32], from start: Int, role: String?) -> (names: [EntitySpan], end: Int)? {
        var names: [EntitySpan] = []
        var words = 0
        var k = start
        var end = start
        while k < s.count {
            var j = k
            while j < s.count && (AnalyzedText.isHan(s[j]) || SpacedNames.isSpace(s[j])) { j += 1 }
            var itemEnd = j
            var lastItem = false
            // The next post's label glued to this item (王甲甲副书记：): the item stops before it.
            if j < s.count, colons.contains(s[j]) {
                var c = j
                while c > k && SpacedNames.isSpace(s[c - 1]) { c -= 1 }
                guard let title = posts.longest(s, at: c), c - title.length > k else { break }
                itemEnd = c - title.length
                lastItem = true
            }
            guard let name = SpacedNames.name(in: s, from: k, to: itemEnd, lenient: !names.isEmpty) else { break }
            var m = lastItem ? itemEnd : j
            // A tag in brackets: （女）, (女), （女，兼）, （兼）.
            if !lastItem, m < s.count, opening.contains(s[m]) {
                var close = m + 1
                while close < s.count && close - m <= 8 && !closing.contains(s[close]) && !opening.contains(s[close]) { close += 1 }
                guard close < s.count, closing.contains(s[close]) else { break }
                m = close + 1
                while m < s.count && SpacedNames.isSpace(s[m]) { m += 1 }
            }
            let ends = lastItem || m == s.count || s[m] == separator || listEnds.contains(s[m]) || opensNumberedItem(at: m, in: s)
            guard ends else { break }
            if name.end - name.start == name.name.count && SpacedNames.isFrequentWord(name.name) { words += 1 }
            names.append(EntitySpan(start: name.start, end: name.end, kind: .person, priority: priority, cued: true, role: role))
            end = m
            guard !lastItem, m < s.count, s[m] == separator else { break }
            k = m + 1
            end = k
        }
        // Nothing but everyday words written as such (方面、张力) is no list of people; a
        // name spaced to three characters (舒 畅) or a name beside them vouches for them.
        if words == names.count { return nil }
        return names.isEmpty ? nil : (names, end)
    }
}
