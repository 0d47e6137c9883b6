/// Joins tokens that together spell a user word starting outside a run of ideographs
/// (《准则》, 5G网络): user words always win, also over ICU's punctuation and number cuts.
/// Works in place on the token array.
struct UserWordJoin {
    let trie: LexiconTrie

    func apply(_ tokens: inout [Token], _ text: UnsafeBufferPointer<UInt16>) {
        var write = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var next = index + 1
            if token.kind != .whitespace, !CodeUnitClass.isIdeograph(text[token.start]),
               trie.userWordMayStart(with: text[token.start]),
               let match = trie.longestMatch(in: text, at: token.start, limit: text.count), match.source == .user {
                let end = token.start + match.length
                var covered = index
                while covered < tokens.count, tokens[covered].end <= end { covered += 1 }
                if covered > index + 1, tokens[covered - 1].end == end {
                    tokens[write] = Token(start: token.start, end: end, kind: .word)
                    write += 1
                    index = covered
                    continue
                }
                next = index + 1
            }
            tokens[write] = token
            write += 1
            index = next
        }
        tokens.removeLast(tokens.count - write)
    }
}
