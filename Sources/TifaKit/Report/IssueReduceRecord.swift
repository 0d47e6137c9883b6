import Foundation

/// What the second pass of the reduce needs of one issue, kept in the output folder
/// (`.reduce/<issue>`, checked against the stamp of its cache entry) so that a nightly run does not decode and re-render every
/// issue again: the terms that can be key terms, the raw lines of the others (looked
/// into only for a followed term that is not among them), slogan and person counts,
/// co-occurrence pairs, and the issue's page and report section already rendered around
/// the key-terms section, the one part that changes with the rest of the corpus.
struct IssueReduceRecord {
    static let format = 3

    var issue: String
    var tokens: Int
    /// The record's bytes; the sections below are ranges of their lines (fields escaped
    /// as `PackedCacheEntry.Writer` writes them), read only when asked.
    private var bytes: [UInt8]
    /// Terms counted at least `Keyness.minimumCount` times, most frequent first
    /// (`term \t count`).
    private var candidates: Range<Int>
    /// The other terms, same lines.
    private var rest: Range<Int>
    private var slogans: Range<Int>
    private var persons: Range<Int>
    /// `node \t start \t end`: each node's lines in `collocates`, so that only the
    /// chosen nodes' pairs are read; sorted by the node's bytes (format 3), so that each
    /// chosen node is found by binary search instead of reading every node's line.
    private var nodes: Range<Int>
    /// `collocate \t sentences`, grouped by node.
    private var collocates: Range<Int>
    /// Whether every term, slogan, person and node of the record is `PlainText`: then
    /// byte equality is String equality, and the second pass compares bytes.
    private(set) var plain: Bool
    /// HTML page: head without and with the key-terms entry in its contents, the blocks
    /// before and after the key-terms section; Markdown section: before and after.
    var parts: [[UInt8]]

    /// Everything that shapes a record besides the issue: tifa's version and the settings.
    static func settingsKey(_ settings: CorpusStatistics.Settings) -> String {
        "\(BuildIdentity.current) record \(format) keyness \(settings.keyness.minimumCount)"
    }

    /// The folder of records inside the output folder.
    static let folderName = ".reduce"

    /// Where the record of `issue` lives.
    static func path(in output: String, issue: String) -> String {
        ((output as NSString).appendingPathComponent(folderName) as NSString).appendingPathComponent(SafeFileName.encode(issue))
    }

    static func encode(_ issue: IssueAnalysis, stamp: String, settings: CorpusStatistics.Settings) -> [UInt8] {
        var body: [UInt8] = []
        var writer = PackedCacheEntry.Writer()
        writer.field(issue.issue); writer.endRecord()
        for part in renderParts(issue) { writer.field(part); writer.endRecord() }
        writer.endSection(into: &body)
        let minimum = settings.keyness.minimumCount
        var plain = true
        for term in issue.terms where term.count >= minimum {
            plain = plain && PlainText.isPlain(term.term)
            writer.field(term.term); writer.field(term.count); writer.endRecord()
        }
        writer.endSection(into: &body)
        for term in issue.terms where term.count < minimum {
            plain = plain && PlainText.isPlain(term.term)
            writer.field(term.term); writer.field(term.count); writer.endRecord()
        }
        writer.endSection(into: &body)
        for slogan in issue.slogans {
            plain = plain && PlainText.isPlain(slogan.slogan)
            writer.field(slogan.slogan); writer.field(slogan.count); writer.endRecord()
        }
        writer.endSection(into: &body)
        for entity in issue.entities where entity.type == .person {
            plain = plain && PlainText.isPlain(entity.name)
            writer.field(entity.name); writer.field(entity.count); writer.endRecord()
        }
        writer.endSection(into: &body)
        // Pairs grouped by node (in the order the analysis lists them), then the index.
        var groups: [(node: String, pairs: [Cooccurrences.Pair])] = []
        var groupOfNode: [String: Int] = [:]
        for pair in issue.cooccurrences.pairs {
            // Pairs come sorted by node: most belong to the last group, found without
            // hashing the node (the dictionary gives the same group: one group per node).
            if let last = groups.indices.last, groups[last].node == pair.node {
                groups[last].pairs.append(pair)
            } else if let group = groupOfNode[pair.node] {
                groups[group].pairs.append(pair)
            } else {
                groupOfNode[pair.node] = groups.count
                groups.append((pair.node, [pair]))
                plain = plain && PlainText.isPlain(pair.node)
            }
        }
        var collocates: [UInt8] = []
        var lines: [(key: [UInt8], node: String, start: Int, end: Int)] = []
        for group in groups {
            let start = collocates.count
            for pair in group.pairs { writer.field(pair.collocate); writer.field(pair.sentences); writer.endRecord() }
            writer.endSection(into: &collocates)
            // Each group went out as a section of its own: drop its length line.
            let lengthLine = collocates[start...].firstIndex(of: UInt8(ascii: "\n"))! + 1
            collocates.removeSubrange(start..<lengthLine)
            var key: [UInt8] = []
            EscapedKeyTable.appendEscaped(group.node, to: &key)
            lines.append((key, group.node, start, collocates.count))
        }
        // The index in byte order of the escaped nodes (distinct: one group per node).
        lines.sort { a, b in a.key.lexicographicallyPrecedes(b.key) }
        var index = PackedCacheEntry.Writer()
        for line in lines {
            index.field(line.node); index.field(line.start); index.field(line.end); index.endRecord()
        }
        index.endSection(into: &body)
        body += Array(String(collocates.count).utf8) + [UInt8(ascii: "\n")] + collocates
        var out = Array("\(settingsKey(settings))\t\(stamp)\t\(issue.tokens)\t\(plain ? 1 : 0)\t\(body.withUnsafeBytes(digest))\n".utf8)
        out += body
        return out
    }

    /// A 64-bit digest of a record's body, in its head line: a damaged record is made again
    /// from the cache entry rather than read wrong.
    static func digest(_ raw: UnsafeRawBufferPointer) -> String {
        // Four independent lanes over 32-byte blocks (records are mostly their pages: one
        // lane's chain of multiplies was ~2 instructions a byte), then the tail word by word.
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F,
                                                        0x1656_67B1_9E37_79F9, UInt64(raw.count))
        let blocks = raw.count / 32
        for index in 0..<blocks {
            let offset = index * 32
            lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
            lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            lanes.0 ^= lanes.0 >> 29; lanes.1 ^= lanes.1 >> 31; lanes.2 ^= lanes.2 >> 27; lanes.3 ^= lanes.3 >> 33
        }
        var a = lanes.0 ^ (lanes.1 &* 0x0000_0100_0000_01B3) ^ (lanes.2 &* 0xFF51_AFD7_ED55_8CCD) ^ (lanes.3 &* 0xC4CE_B9FE_1A85_EC53)
        for index in (blocks * 32)..<raw.count {
            a = (a ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3
            a ^= a >> 29
        }
        return String(a, radix: 16)
    }

    /// The page and section around the key terms (see `parts`).
    static func renderParts(_ issue: IssueAnalysis) -> [String] {
        let builder = ReportBuilder()
        let placeholder = [Keyness.Score(term: "", count: 0, expected: 0, g2: 0, logRatio: 0)]
        let page = builder.issue(issue, keyTerms: placeholder)
        let section = builder.issue(issue, keyTerms: placeholder, headingLevel: 3)
        func split(_ blocks: [ReportDocument.Block]) -> (ArraySlice<ReportDocument.Block>, ArraySlice<ReportDocument.Block>) {
            let index = blocks.firstIndex { if case .heading(_, _, "keyness") = $0 { return true } else { return false } } ?? blocks.count
            return (blocks[..<index], blocks[min(blocks.count, index + 2)...])
        }
        let (pageBefore, pageAfter) = split(page.blocks)
        let (sectionBefore, sectionAfter) = split(section.blocks)
        let home = "../../report.html"
        return [HTMLRenderer.head(builder.issue(issue, keyTerms: []), home: home), HTMLRenderer.head(page, home: home),
                HTMLRenderer.render(blocks: Array(pageBefore)), HTMLRenderer.render(blocks: Array(pageAfter)) + HTMLRenderer.footer,
                MarkdownRenderer.render(blocks: Array(sectionBefore)), MarkdownRenderer.render(blocks: Array(sectionAfter))]
    }

    /// The record in `bytes` if it is whole (its digest matches) and made from the entry
    /// `stamp` with these settings. Only the issue name and the rendered parts are read
    /// now; the rest when the second pass asks.
    static func decode(_ bytes: [UInt8], stamp: String, settings: CorpusStatistics.Settings) -> IssueReduceRecord? {
        bytes.withUnsafeBufferPointer { buffer -> IssueReduceRecord? in
            guard let lineEnd = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            // The head's fields compared as bytes (a Character-wise split of the line cost
            // ~100,000 instructions a record).
            let head = buffer[0..<lineEnd].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            func text(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: field, as: UTF8.self) }
            guard head.count == 5, text(head[0]) == settingsKey(settings), text(head[1]) == stamp, let tokens = Int(text(head[2])),
                  head[3].count == 1, head[3].first == UInt8(ascii: "0") || head[3].first == UInt8(ascii: "1"),
                  text(head[4]) == digest(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[(lineEnd + 1)...])))
            else { return nil }
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: lineEnd + 1)
            guard let texts = reader.section({ $0.count == 1 ? $0.bytes(0) : nil }), texts.count == 7 else { return nil }
            var ranges: [Range<Int>] = []
            for _ in 0..<6 {
                let start = reader.position
                guard reader.skipSection() else { return nil }
                // The section's bytes after its length line.
                guard let newline = buffer[start..<reader.position].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
                ranges.append((newline + 1)..<reader.position)
            }
            guard reader.position == buffer.count else { return nil }
            return IssueReduceRecord(issue: String(decoding: texts[0], as: UTF8.self), tokens: tokens, bytes: bytes, candidates: ranges[0], rest: ranges[1],
                                     slogans: ranges[2], persons: ranges[3], nodes: ranges[4], collocates: ranges[5],
                                     plain: head[3].first == UInt8(ascii: "1"), parts: Array(texts.dropFirst()))
        }
    }

    /// The record of an analysis in memory.
    static func make(_ issue: IssueAnalysis, settings: CorpusStatistics.Settings) -> IssueReduceRecord? {
        decode(encode(issue, stamp: "-", settings: settings), stamp: "-", settings: settings)
    }

    /// Calls `body` for each line of `range` with its first field's bytes and its second
    /// and third fields as numbers (nil when absent or not a number).
    private static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                    _ body: (UnsafeBufferPointer<UInt8>, Int?, Int?) -> Void) {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        let end = range.upperBound
        var position = range.lowerBound
        while position < end {
            let keyStart = position
            while position < end, buffer[position] != tab, buffer[position] != newline { position += 1 }
            let key = UnsafeBufferPointer(rebasing: buffer[keyStart..<position])
            var numbers: (Int?, Int?) = (nil, nil)
            var field = 0
            while position < end, buffer[position] == tab {
                position += 1
                var value = 0, digits = 0
                let negative = position < end && buffer[position] == UInt8(ascii: "-")
                if negative { position += 1 }
                while position < end, buffer[position] >= 48, buffer[position] <= 57, digits < 18 {
                    value = value * 10 + Int(buffer[position] - 48)
                    digits += 1
                    position += 1
                }
                let whole = digits > 0 && (position == end || buffer[position] == tab || buffer[position] == newline)
                let number: Int? = whole ? (negative ? -value : value) : nil
                if field == 0 { numbers.0 = number } else if field == 1 { numbers.1 = number }
                field += 1
                while position < end, buffer[position] != tab, buffer[position] != newline { position += 1 }
            }
            body(key, numbers.0, numbers.1)
            while position < end, buffer[position] != newline { position += 1 }
            position += 1
        }
    }

    /// The lines of `range` as strings and counts (the slow path, for text that is not plain).
    private func lines(_ range: Range<Int>) -> [(String, Int)] {
        var result: [(String, Int)] = []
        bytes.withUnsafeBufferPointer { buffer in
            Self.forEachLine(buffer, range) { key, count, _ in result.append((EscapedKeyTable.unescaped(key), count ?? 0)) }
        }
        return result
    }

    /// The pairs of the nodes `isChosen` names (it returns the node's String, or nil).
    private func chosenPairs(_ isChosen: (UnsafeBufferPointer<UInt8>) -> String?) -> [Cooccurrences.Pair] {
        var result: [Cooccurrences.Pair] = []
        bytes.withUnsafeBufferPointer { buffer in
            let base = collocates.lowerBound
            Self.forEachLine(buffer, nodes) { key, start, end in
                guard let start, let end, start >= 0, start <= end, base + end <= collocates.upperBound,
                      let node = isChosen(key) else { return }
                Self.forEachLine(buffer, (base + start)..<(base + end)) { collocate, sentences, _ in
                    result.append(Cooccurrences.Pair(node: node, collocate: EscapedKeyTable.unescaped(collocate),
                                                     sentences: sentences ?? 0))
                }
            }
        }
        return result
    }

    /// The pairs of the chosen nodes by number (node: position in `lookup.nodeNames`,
    /// collocate: position in `lookup.terms`), or nil if a collocate is not a corpus term
    /// spelled with the same bytes (then they go as Strings).
    private func numberedPairs(_ buffer: UnsafeBufferPointer<UInt8>, lookup: SecondPassLookup) -> [CorpusStatistics.NumberedPair]? {
        var result: [CorpusStatistics.NumberedPair] = []
        guard lookup.nodes.count > 0 else { return result }
        var complete = true
        let base = collocates.lowerBound
        let terms = lookup.terms  // one copy, not one per closure call
        // Each chosen node looked up in the sorted index (a few dozen nodes against
        // thousands of index lines); the pairs are summed, so their order does not matter.
        for (node, nodeKey) in lookup.nodeKeys.enumerated() {
            guard complete, let line = nodeKey.withUnsafeBufferPointer({ Self.sortedLine(buffer, nodes, key: $0) }) else { continue }
            Self.forEachLine(buffer, line) { _, start, end in
                guard let start, let end, start >= 0, start <= end, base + end <= collocates.upperBound else { return }
                Self.forEachLine(buffer, (base + start)..<(base + end)) { collocate, sentences, _ in
                    guard complete else { return }
                    guard let term = terms.index(of: collocate) else { complete = false; return }
                    result.append(CorpusStatistics.NumberedPair(node: Int32(node), collocate: Int32(term), sentences: sentences ?? 0))
                }
            }
        }
        return complete ? result : nil
    }

    /// The line of `range` whose first field is `key`, when the lines are sorted by their
    /// first field's bytes (a shorter prefix first); nil if there is none.
    static func sortedLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                           key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        var low = range.lowerBound, high = range.upperBound  // both at line starts
        while low < high {
            var start = (low + high) / 2
            while start > low, buffer[start - 1] != newline { start -= 1 }
            var keyEnd = start
            while keyEnd < high, buffer[keyEnd] != tab, buffer[keyEnd] != newline { keyEnd += 1 }
            var lineEnd = keyEnd
            while lineEnd < high, buffer[lineEnd] != newline { lineEnd += 1 }
            let length = keyEnd - start
            let common = min(length, key.count)
            var order: Int32 = 0
            if common > 0, let base = buffer.baseAddress, let other = key.baseAddress { order = memcmp(base + start, other, common) }
            if order == 0 {
                if length == key.count { return start..<min(lineEnd + 1, range.upperBound) }
                order = length < key.count ? -1 : 1
            }
            if order < 0 { low = lineEnd + 1 } else { high = start }
        }
        return nil
    }

    /// The second pass over this record: by bytes through `lookup` when the record and the
    /// lookup are plain text, else through Strings as `CorpusStatistics.secondPass` does.
    func reduce(with statistics: CorpusStatistics, lookup: SecondPassLookup) -> CorpusStatistics.IssueReduction {
        guard plain, lookup.plain else { return slowReduce(with: statistics) }
        var counts = [Int](repeating: 0, count: statistics.followed.count)
        var found = [Bool](repeating: false, count: lookup.followedTerms.count)
        var missing = lookup.followedTerms.count
        var scored: [(key: UnsafeBufferPointer<UInt8>, count: Int, corpus: Int?)] = []
        scored.reserveCapacity(candidates.count / 8 + 16)  // lines of a few bytes of term and count
        return bytes.withUnsafeBufferPointer { buffer in
            Self.forEachLine(buffer, candidates) { key, count, _ in
                let count = count ?? 0
                let index = lookup.terms.index(of: key)
                if let index, index < lookup.followedTerms.count, !found[index] {
                    found[index] = true
                    missing -= 1
                    counts[lookup.followedTerms[index]] = count
                }
                // A term spelled otherwise than the corpus key (canonically equivalent) is
                // looked up as a String, as `CorpusStatistics.secondPass` does.
                let corpus = index.map { lookup.termCounts[$0] } ?? statistics.termTotal(EscapedKeyTable.unescaped(key))?.count
                scored.append((key, count, corpus))
            }
            if missing > 0 {
                Self.forEachLine(buffer, rest) { key, count, _ in
                    guard let index = lookup.terms.index(of: key), index < lookup.followedTerms.count, !found[index] else { return }
                    found[index] = true
                    counts[lookup.followedTerms[index]] = count ?? 0
                }
            }
            for (range, table, positions) in [(slogans, lookup.slogans, lookup.followedSlogans),
                                              (persons, lookup.persons, lookup.followedPersons)] {
                var seen = [Bool](repeating: false, count: positions.count)
                Self.forEachLine(buffer, range) { key, count, _ in
                    guard let index = table.index(of: key), !seen[index] else { return }
                    seen[index] = true
                    counts[positions[index]] = count ?? 0
                }
            }
            let keyTerms = Array(statistics.settings.keyness.scores(
                scored, issueTokens: tokens, tokens: statistics.tokens, count: \.count, corpusCount: \.corpus,
                term: { EscapedKeyTable.unescaped($0.key) }
            ).prefix(statistics.settings.keyTermsPerIssue))
            if let numbered = numberedPairs(buffer, lookup: lookup) {
                return CorpusStatistics.IssueReduction(keyTerms: keyTerms, counts: counts, pairs: [], numbered: numbered)
            }
            let pairs = chosenPairs { key in lookup.nodes.index(of: key).map { lookup.nodeNames[$0] } }
            return CorpusStatistics.IssueReduction(keyTerms: keyTerms, counts: counts, pairs: pairs)
        }
    }

    /// The second pass through Strings (text that is not plain: canonically equivalent
    /// spellings must match as Swift's String equality matches them).
    private func slowReduce(with statistics: CorpusStatistics) -> CorpusStatistics.IssueReduction {
        let candidates = lines(candidates).map { TermCount(term: $0.0, count: $0.1) }
        let slogans = lines(slogans), persons = lines(persons)
        let nodes = statistics.chosenNodes
        let pairs = chosenPairs { key in
            let node = EscapedKeyTable.unescaped(key)
            return nodes.contains(node) ? node : nil
        }
        return statistics.secondPass(terms: candidates, tokens: tokens, pairs: pairs) { kind, item in
            switch kind {
            case .slogan: return slogans.first { $0.0 == item }?.1 ?? 0
            case .term:
                if let found = candidates.first(where: { $0.term == item }) { return found.count }
                return lines(rest).first { $0.0 == item }?.1 ?? 0
            case .person: return persons.first { $0.0 == item }?.1 ?? 0
            }
        }
    }

    /// The issue's page and report section with `keyTerms` in place.
    /// As UTF-8 bytes: the parts are copied as they were read, never made Strings.
    func page(keyTerms: [Keyness.Score]) -> (html: [UInt8], markdown: [UInt8]) {
        let head = parts[keyTerms.isEmpty ? 0 : 1]
        var html: [UInt8] = []
        html.reserveCapacity(head.count + parts[2].count + parts[3].count + 4096)
        html += head
        html += parts[2]
        Self.appendKeyTermsHTML(issue, keyTerms, to: &html)
        html += parts[3]
        var markdown: [UInt8] = []
        markdown.reserveCapacity(parts[4].count + parts[5].count + 2048)
        markdown += parts[4]
        Self.appendKeyTermsMarkdown(issue, keyTerms, to: &markdown)
        markdown += parts[5]
        return (html, markdown)
    }

    /// `HTMLRenderer.render(blocks: ReportBuilder().keyTermBlocks(issue, keyTerms, headingLevel: 2))`
    /// written straight as bytes (no document, no String per cell: this runs for every
    /// issue of every run; a test checks both agree).
    static func appendKeyTermsHTML(_ issue: String, _ keyTerms: [Keyness.Score], to out: inout [UInt8]) {
        guard !keyTerms.isEmpty else { return }
        out.append(contentsOf: "<h2 id=\"keyness\">".utf8)
        HTMLText.append("Key terms of \(issue)", to: &out)
        out.append(contentsOf: "</h2>\n<table>\n<thead><tr><th>term</th><th class=\"n\">count</th><th class=\"n\">expected</th><th class=\"n\">G2</th><th class=\"n\">log ratio</th></tr></thead>\n<tbody>\n".utf8)
        for score in keyTerms.prefix(ReportBuilder.keyTermsOnPage) {
            out.append(contentsOf: "<tr><td>".utf8)
            HTMLText.append(score.term, to: &out)
            out.append(contentsOf: "</td><td class=\"n\">".utf8)
            PackedCacheEntry.appendDecimal(score.count, to: &out)
            for value in [score.expected, score.g2, score.logRatio] {
                out.append(contentsOf: "</td><td class=\"n\">".utf8)
                appendFixed(value, to: &out, escape: { HTMLText.append($0, to: &$1) })
            }
            out.append(contentsOf: "</td></tr>\n".utf8)
        }
        out.append(contentsOf: "</tbody>\n</table>\n".utf8)
    }

    /// The same for `MarkdownRenderer` and `headingLevel: 4`.
    static func appendKeyTermsMarkdown(_ issue: String, _ keyTerms: [Keyness.Score], to out: inout [UInt8]) {
        guard !keyTerms.isEmpty else { return }
        out.append(contentsOf: "\n#### ".utf8)
        MarkdownRenderer.appendEscaped("Key terms of \(issue)", to: &out)
        out.append(contentsOf: "\n\n| term | count | expected | G2 | log ratio |\n|---|---:|---:|---:|---:|\n".utf8)
        for score in keyTerms.prefix(ReportBuilder.keyTermsOnPage) {
            out.append(contentsOf: "| ".utf8)
            MarkdownRenderer.appendEscaped(score.term, to: &out)
            out.append(contentsOf: " | ".utf8)
            PackedCacheEntry.appendDecimal(score.count, to: &out)
            for value in [score.expected, score.g2, score.logRatio] {
                out.append(contentsOf: " | ".utf8)
                appendFixed(value, to: &out, escape: { MarkdownRenderer.appendEscaped($0, to: &$1) })
            }
            out.append(contentsOf: " |\n".utf8)
        }
    }

    /// `Rate.fixed(value)` as a cell: digits appended directly when the value is finite and
    /// not negative (nothing in them to escape), else the String escaped as the renderer would.
    private static func appendFixed(_ value: Double, to out: inout [UInt8], escape: (String, inout [UInt8]) -> Void) {
        if !Rate.appendFixed(value, to: &out) { escape(Rate.fixed(value), &out) }
    }
}
