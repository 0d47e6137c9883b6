/// Merges ICU's pieces inside runs of ideographs by longest lexicon match, the lexicon
/// winning over ICU: a match at a token start that reaches past ICU's token replaces it
/// (cutting the token it ends in if need be), and a user word wins everywhere, even
/// starting inside an ICU word.
struct LexiconMerge {
    let trie: LexiconTrie
    let checkUserInside: Bool

    init(trie: LexiconTrie) {
        self.trie = trie
        self.checkUserInside = trie.hasUserWords
    }

    func apply(_ tokens: [Token], _ text: UnsafeBufferPointer<UInt16>) -> [Token] {
        if trie.count == 0 { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            guard Self.isIdeographWord(tokens[index], text) else {
                if checkUserInside, let covered = userWordOverTokens(tokens, from: index, text) {
                    out.append(Token(start: tokens[index].start, end: tokens[covered - 1].end, kind: .word))
                    index = covered
                } else {
                    out.append(tokens[index])
                    index += 1
                }
                continue
            }
            var runEnd = index + 1
            while runEnd < tokens.count, Self.isIdeographWord(tokens[runEnd], text) { runEnd += 1 }
            if runEnd - index == 1 && tokens[index].length < 2 {
                out.append(tokens[index])
            } else {
                mergeRun(tokens[index..<runEnd], text, into: &out)
            }
            index = runEnd
        }
        return out
    }

    /// A user word starting at a token that is not an ideograph (《准则》, 5G网络): the
    /// index after the last token it covers, when it ends on a token boundary.
    private func userWordOverTokens(_ tokens: [Token], from index: Int, _ text: UnsafeBufferPointer<UInt16>) -> Int? {
        let start = tokens[index].start
        guard tokens[index].kind != .whitespace, trie.userWordMayStart(with: text[start]),
              let match = trie.longestMatch(in: text, at: start, limit: text.count), match.source == .user else { return nil }
        var next = index
        while next < tokens.count, tokens[next].end <= start + match.length { next += 1 }
        return next > index && tokens[next - 1].end == start + match.length ? next : nil
    }

    @inline(__always)
    static func isIdeographWord(_ token: Token, _ text: UnsafeBufferPointer<UInt16>) -> Bool {
        token.kind == .word && CodeUnitClass.isIdeograph(text[token.start])
    }

    private func mergeRun(_ run: ArraySlice<Token>, _ text: UnsafeBufferPointer<UInt16>, into out: inout [Token]) {
        let limit = run.last!.end
        var position = run.first!.start
        var k = run.startIndex
        while position < limit {
            while run[k].end <= position { k += 1 }
            let tokenEnd = run[k].end
            let atBoundary = run[k].start == position
            if let match = trie.longestMatch(in: text, at: position, limit: limit),
               match.source == .user || !atBoundary || position + match.length > tokenEnd {
                out.append(Token(start: position, end: position + match.length, kind: .word))
                position += match.length
                continue
            }
            var cut = tokenEnd
            if checkUserInside, tokenEnd - position > 1 {
                for inner in (position + 1)..<tokenEnd where trie.userWordMayStart(with: text[inner]) {
                    if let match = trie.longestMatch(in: text, at: inner, limit: limit), match.source == .user {
                        cut = inner
                        break
                    }
                }
            }
            out.append(Token(start: position, end: cut, kind: .word))
            position = cut
        }
    }
}
