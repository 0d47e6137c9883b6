/// Collects, sentence by sentence, which counted terms occur together, and in how many
/// articles each term occurs. A sentence ends at 。！？；, their ASCII forms, or a line break
/// (paragraphs never share a sentence). Terms are the integer ids of the issue's
/// `TermTable`, so a token costs a hash over its code units and no String; Strings are
/// made only for the terms kept.
public struct CooccurrenceCounter: Sendable {
    public var stopwords: Stopwords
    /// How many of the most frequent terms are nodes.
    public var topTerms: Int
    /// At most this many collocates are kept per node (the most frequent).
    public var collocatesPerNode: Int

    public init(stopwords: Stopwords = .builtin, topTerms: Int = 20, collocatesPerNode: Int = 40) {
        self.stopwords = stopwords
        self.topTerms = topTerms
        self.collocatesPerNode = collocatesPerNode
    }

    /// What one issue's articles add up to, in term ids of its table.
    struct Collected {
        /// Sorted distinct ids of each sentence (stopwords left out).
        var sentences: [[Int32]] = []
        /// Per id: articles it occurs in.
        var articleFrequency: [Int32] = []
        /// Per id: 0 unknown, 1 stopword, 2 not a stopword (decided once per distinct term).
        var stopState: [UInt8] = []
        /// Per id: the last article (1-based) it was seen in, 0 for none.
        var lastArticle: [Int32] = []
        /// Articles collected so far.
        var articles: Int32 = 0
    }

    /// Adds an article (its tokens over `text`, already counted into `table`). `ids`: the
    /// countable tokens' indexes in `table`, in order, when the counting gave them (else
    /// each token is looked up).
    func collect(_ tokens: [Token], in text: [UInt16], table: TermTable, ids: [Int32]? = nil, into collected: inout Collected) {
        if collected.articleFrequency.count < table.count {
            collected.articleFrequency += [Int32](repeating: 0, count: table.count - collected.articleFrequency.count)
            collected.stopState += [UInt8](repeating: 0, count: table.count - collected.stopState.count)
            collected.lastArticle += [Int32](repeating: 0, count: table.count - collected.lastArticle.count)
        }
        collected.articles += 1
        let article = collected.articles
        // Not captured by a local function: a captured variable is boxed, and every append
        // to it was checked for exclusivity at run time.
        var current: [Int32] = []
        var next = 0
        text.withUnsafeBufferPointer { buffer in
            for token in tokens {
                if token.kind.isCountable {
                    let found: Int?
                    if let ids {
                        found = Int(ids[next])
                        next += 1
                    } else {
                        found = table.index(buffer, start: token.start, end: token.end)
                    }
                    guard let index = found else { continue }
                    if collected.stopState[index] == 0 {
                        collected.stopState[index] = stopwords.contains(units: table.units(index)) ? 1 : 2
                    }
                    guard collected.stopState[index] == 2 else { continue }
                    current.append(Int32(index))
                    if collected.lastArticle[index] != article {
                        collected.lastArticle[index] = article
                        collected.articleFrequency[index] += 1
                    }
                } else if Self.endsSentence(buffer, token.start, token.end) {
                    Self.close(&current, into: &collected.sentences)
                }
            }
        }
        Self.close(&current, into: &collected.sentences)
    }

    /// Ends a sentence: its distinct ids, sorted, join `sentences`; `current` is emptied.
    static func close(_ current: inout [Int32], into sentences: inout [[Int32]]) {
        guard !current.isEmpty else { return }
        current.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(current.count)
        for id in current where unique.last != id { unique.append(id) }
        sentences.append(unique)
        current.removeAll(keepingCapacity: true)
    }

    /// Co-occurrences over the collected sentences (nodes ranked by the table's counts);
    /// `extraNodes` adds terms (the slogans) to the most frequent ones.
    func count(_ collected: Collected, table: TermTable, extraNodes: Set<String>) -> Cooccurrences {
        let n = table.count
        var frequency = [Int32](repeating: 0, count: n)
        for sentence in collected.sentences {
            for id in sentence { frequency[Int(id)] += 1 }
        }
        var names: [String?] = Array(repeating: nil, count: n)
        func name(_ id: Int) -> String {
            if let known = names[id] { return known }
            let made = table.string(id)
            names[id] = made
            return made
        }
        // Ties in code-point order: over code units when every term is plain, else Strings.
        let plain = table.isPlain()
        func precedes(_ a: Int, _ b: Int) -> Bool {
            plain ? table.plainPrecedes(a, b) : CodePointOrder.precedes(name(a), name(b))
        }
        func isNumeric(_ id: Int) -> Bool {
            guard let first = table.units(id).first else { return true }
            return first >= 0x30 && first <= 0x39
        }
        // Nodes: the most frequent content terms of two or more characters, and the slogans.
        let candidates = (0..<n).filter {
            frequency[$0] > 0 && table.units($0).count >= 2 && !isNumeric($0) && collected.stopState[$0] == 2
        }
        let top = Self.top(topTerms, of: candidates, count: { table.counts[$0] }, precedes: precedes)
        var nodeIDs = Array(top)
        if !extraNodes.isEmpty {
            if plain, extraNodes.allSatisfy({ PlainScalars.allPlain($0.unicodeScalars) }) {
                // Plain on both sides: String equality is code-unit equality, so the slogans
                // are looked up in the table instead of hashing every candidate's name.
                var isExtra = [Bool](repeating: false, count: n)
                for slogan in extraNodes {
                    let units = Array(slogan.utf16)
                    units.withUnsafeBufferPointer { buffer in
                        if let id = table.index(buffer, start: 0, end: units.count) { isExtra[id] = true }
                    }
                }
                for id in candidates where isExtra[id] && !top.contains(id) { nodeIDs.append(id) }
            } else {
                for id in candidates where !top.contains(id) && extraNodes.contains(name(id)) { nodeIDs.append(id) }
            }
        }
        var nodeSlot = [Int](repeating: -1, count: n)
        for (slot, id) in nodeIDs.enumerated() { nodeSlot[id] = slot }
        // One flat row of n counts per node (slot * n + collocate): no nested array to
        // check for uniqueness on every increment.
        var pairCounts = [Int32](repeating: 0, count: nodeIDs.count * n)
        pairCounts.withUnsafeMutableBufferPointer { counts in
            for sentence in collected.sentences {
                for node in sentence where nodeSlot[Int(node)] >= 0 {
                    let row = nodeSlot[Int(node)] * n
                    for collocate in sentence where collocate != node { counts[row + Int(collocate)] += 1 }
                }
            }
        }
        var pairs: [Cooccurrences.Pair] = []
        for (slot, node) in nodeIDs.enumerated().sorted(by: { CodePointOrder.precedes(name($0.element), name($1.element)) }) {
            let row = slot * n
            // The node's row scanned through a pointer (every node scans all n terms).
            var seen: [Int] = []
            pairCounts.withUnsafeBufferPointer { counts in
                for id in 0..<n where counts[row + id] > 0 && !isNumeric(id) { seen.append(id) }
            }
            let collocates = Self.top(collocatesPerNode, of: seen, count: { Int(pairCounts[row + $0]) }, precedes: precedes)
            pairs += collocates.map { Cooccurrences.Pair(node: name(node), collocate: name($0), sentences: Int(pairCounts[row + $0])) }
        }
        // Sentence frequencies in first-seen (id) order: deterministic without sorting.
        var sentenceFrequency: [TermCount] = []
        sentenceFrequency.reserveCapacity(candidates.count)
        for id in 0..<n where frequency[id] > 0 { sentenceFrequency.append(TermCount(term: name(id), count: Int(frequency[id]))) }
        return Cooccurrences(sentences: collected.sentences.count, sentenceFrequency: sentenceFrequency, pairs: pairs)
    }

    /// The `k` ids with the highest counts, ties in `precedes` order (code points of their
    /// names): only the ids at or above the k-th count are sorted.
    static func top(_ k: Int, of ids: [Int], count: (Int) -> Int, precedes: (Int, Int) -> Bool) -> [Int] {
        guard k > 0, !ids.isEmpty else { return [] }
        let threshold = ids.count > k ? Self.kthLargest(k, of: ids.map(count)) : Int.min
        let kept = ids.filter { count($0) >= threshold }.sorted { a, b in
            let (ca, cb) = (count(a), count(b))
            return ca != cb ? ca > cb : precedes(a, b)
        }
        return Array(kept.prefix(k))
    }

    /// The `k`-th largest of `counts` (1-based; `counts.count` >= k), as sorting them in
    /// descending order and taking element k - 1 would give: a histogram of the values
    /// when they are small non-negative counts, else a sort.
    static func kthLargest(_ k: Int, of counts: [Int]) -> Int {
        let (low, high) = (counts.min()!, counts.max()!)
        guard low >= 0, high <= 4 * counts.count + 1024 else { return counts.sorted(by: >)[k - 1] }
        var histogram = [Int32](repeating: 0, count: high + 1)
        for value in counts { histogram[value] += 1 }
        var seen = 0
        var value = high
        while true {
            seen += Int(histogram[value])
            if seen >= k { return value }
            value -= 1
        }
    }

    @inline(__always)
    static func endsSentence(_ buffer: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
        for k in start..<end {
            switch buffer[k] {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A: return true
            default: continue
            }
        }
        return false
    }
}
