/// Cuts a run of ideographs into its most probable sequence of words (a unigram model over
/// every segmentation the lexicon allows, solved right to left by dynamic programming, as
/// jieba does), with user words fixed first so that they always win. ICU's own cuts inside
/// the run are not kept: its dictionary over-splits (计算/机, 国有/企业) and the lexicon
/// knows better; ICU still decides everything outside runs of ideographs.
struct BestPathSegmenter {
    /// Scores and choices per position of a run, reused across runs and texts (a
    /// tokenizer, like its ICU iterator, serves one thread).
    final class Scratch {
        var score: [Double] = []
        var step: [Int32] = []
        init() {}
    }

    let trie: LexiconTrie
    let scratch: Scratch

    init(trie: LexiconTrie, scratch: Scratch = Scratch()) {
        self.trie = trie
        self.scratch = scratch
    }

    /// Appends the words of `text[start..<end]` (a run of ideographs) to `out`.
    func segment(_ text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, into out: inout [Token]) {
        if end - start == 1 {
            out.append(Token(start: start, end: end, kind: .word))
            return
        }
        guard trie.hasUserWords else {
            bestPath(text, from: start, to: end, into: &out)
            return
        }
        var piece = start
        var position = start
        while position < end {
            if trie.userWordMayStart(with: text[position]),
               let match = trie.longestMatch(in: text, at: position, limit: end, minimum: .user), match.source == .user {
                if piece < position { bestPath(text, from: piece, to: position, into: &out) }
                out.append(Token(start: position, end: position + match.length, kind: .word))
                position += match.length
                piece = position
            } else {
                position += 1
            }
        }
        if piece < end { bestPath(text, from: piece, to: end, into: &out) }
    }

    private func bestPath(_ text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, into out: inout [Token]) {
        let count = end - start
        if count == 1 {
            out.append(Token(start: start, end: end, kind: .word))
            return
        }
        if scratch.score.count < count + 1 {
            scratch.score = [Double](repeating: 0, count: 2 * count + 1)
            scratch.step = [Int32](repeating: 0, count: 2 * count + 1)
        }
        let trie = self.trie
        scratch.score.withUnsafeMutableBufferPointer { score in
            scratch.step.withUnsafeMutableBufferPointer { step in
                score[count] = 0
                var offset = count - 1
                while offset >= 0 {
                    let position = start + offset
                    let unit = text[position]
                    // The low half of a surrogate pair starts no word.
                    if (0xDC00...0xDFFF).contains(unit), offset > 0, (0xD800...0xDBFF).contains(text[position - 1]) {
                        score[offset] = -Double.infinity
                        step[offset] = 1
                        offset -= 1
                        continue
                    }
                    let single = (0xD800...0xDBFF).contains(unit) && offset + 1 < count ? 2 : 1
                    var best = Double(trie.unitLogProbability(unit)) + score[offset + single]
                    var bestLength = single
                    trie.forEachWord(in: text, at: position, limit: end) { length, logProbability in
                        let candidate = Double(logProbability) + score[offset + length]
                        if candidate >= best {
                            best = candidate
                            bestLength = length
                        }
                    }
                    var isNumber = false
                    if ChineseNumberSpan.isNumeral(unit) {
                        let length = ChineseNumberSpan.length(in: text, at: position, limit: end)
                        if length > 0 {
                            let candidate = Double(trie.ruleWordLogProbability) + score[offset + length]
                            if candidate > best {
                                best = candidate
                                bestLength = length
                                isNumber = true
                            }
                        }
                    }
                    if !isNumber, TransliterationSpan.mayStart(unit) {
                        let length = TransliterationSpan.length(in: text, at: position, limit: end)
                        if length > 0 {
                            let candidate = Double(trie.ruleWordLogProbability) + score[offset + length]
                            if candidate > best {
                                best = candidate
                                bestLength = length
                            }
                        }
                    }
                    score[offset] = best
                    // A negative step marks a number.
                    step[offset] = Int32(isNumber ? -bestLength : bestLength)
                    offset -= 1
                }
                var offsetForward = 0
                while offsetForward < count {
                    let length = Int(abs(step[offsetForward]))
                    out.append(Token(start: start + offsetForward, end: start + offsetForward + length,
                                     kind: step[offsetForward] < 0 ? .number : .word))
                    offsetForward += length
                }
            }
        }
    }
}
