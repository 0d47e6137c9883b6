import Foundation

/// What the second pass of the reduce needs of one issue, kept in the output folder
/// (`.reduce/<issue>`, checked against the stamp of its cache entry) so that a nightly run does not decode and re-render every
/// issue again: the terms that can be key terms, the raw lines of the others (looked
/// into only for a followed term that is not among them), slogan and person counts,
/// co-occurrence pairs, and the issue's page and report section already rendered around
/// the key-terms section, the one part that changes with the rest of the corpus.
struct IssueReduceRecord {
    static let format = 1

    var issue: String
    var tokens: Int
    /// Terms counted at least `Keyness.minimumCount` times, most frequent first.
    var candidates: [TermCount]
    /// `term \t count \n` lines of the other terms.
    var rest: ArraySlice<UInt8>
    var slogans: [(String, Int)]
    var persons: [(String, Int)]
    /// Pairs whose node is one of the nodes asked for when reading.
    var pairs: [Cooccurrences.Pair]
    /// HTML page: head without and with the key-terms entry in its contents, the blocks
    /// before and after the key-terms section; Markdown section: before and after.
    var parts: [String]

    /// Everything that shapes a record besides the issue: tifa's version and the settings.
    static func settingsKey(_ settings: CorpusStatistics.Settings) -> String {
        "tifa \(TifaVersion.current) record \(format) keyness \(settings.keyness.minimumCount)"
    }

    /// The folder of records inside the output folder.
    static let folderName = ".reduce"

    /// Where the record of `issue` lives.
    static func path(in output: String, issue: String) -> String {
        ((output as NSString).appendingPathComponent(folderName) as NSString).appendingPathComponent(SafeFileName.encode(issue))
    }

    static func encode(_ issue: IssueAnalysis, stamp: String, settings: CorpusStatistics.Settings) -> [UInt8] {
        var out = Array("\(settingsKey(settings))\t\(stamp)\t\(issue.tokens)\n".utf8)
        var writer = PackedCacheEntry.Writer()
        writer.field(issue.issue); writer.endRecord()
        for part in renderParts(issue) { writer.field(part); writer.endRecord() }
        writer.endSection(into: &out)
        let minimum = settings.keyness.minimumCount
        for term in issue.terms where term.count >= minimum { writer.field(term.term); writer.field(term.count); writer.endRecord() }
        writer.endSection(into: &out)
        for term in issue.terms where term.count < minimum { writer.field(term.term); writer.field(term.count); writer.endRecord() }
        writer.endSection(into: &out)
        for slogan in issue.slogans { writer.field(slogan.slogan); writer.field(slogan.count); writer.endRecord() }
        writer.endSection(into: &out)
        for entity in issue.entities where entity.type == .person {
            writer.field(entity.name); writer.field(entity.count); writer.endRecord()
        }
        writer.endSection(into: &out)
        for pair in issue.cooccurrences.pairs {
            writer.field(pair.node); writer.field(pair.collocate); writer.field(pair.sentences); writer.endRecord()
        }
        writer.endSection(into: &out)
        return out
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

    /// The record in `bytes` if it is whole and made from the entry `stamp` with these
    /// settings; only the pairs of `nodes` are read.
    static func decode(_ bytes: [UInt8], stamp: String, settings: CorpusStatistics.Settings, nodes: Set<String>) -> IssueReduceRecord? {
        bytes.withUnsafeBufferPointer { buffer -> IssueReduceRecord? in
            guard let lineEnd = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            let head = String(decoding: buffer[0..<lineEnd], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            guard head.count == 3, head[0] == settingsKey(settings), head[1] == stamp, let tokens = Int(head[2]) else { return nil }
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: lineEnd + 1)
            let pair = { (fields: PackedCacheEntry.Fields) -> (String, Int)? in
                guard fields.count == 2, let count = fields.int(1) else { return nil }
                return (fields.string(0), count)
            }
            guard let texts = reader.section({ $0.count == 1 ? $0.string(0) : nil }), texts.count == 7,
                  let candidates = reader.section(pair)
            else { return nil }
            let restStart = reader.position
            guard reader.skipSection() else { return nil }
            let restRange = restStart..<reader.position
            var lastNode = ""
            var lastKept = false
            guard let slogans = reader.section(pair), let persons = reader.section(pair),
                  let pairs = reader.section({ fields -> Cooccurrences.Pair?? in
                      guard fields.count == 3 else { return nil }
                      if !fields.equals(0, lastNode) {
                          lastNode = fields.string(0)
                          lastKept = nodes.contains(lastNode)
                      }
                      guard lastKept else { return .some(nil) }
                      guard let sentences = fields.int(2) else { return nil }
                      return .some(Cooccurrences.Pair(node: lastNode, collocate: fields.string(1), sentences: sentences))
                  }),
                  reader.position == buffer.count
            else { return nil }
            // The rest section keeps its length line; skip it when reading the lines.
            var rest = bytes[restRange]
            if let newline = rest.firstIndex(of: UInt8(ascii: "\n")) { rest = rest[(newline + 1)...] }
            return IssueReduceRecord(issue: texts[0], tokens: tokens,
                                     candidates: candidates.map { TermCount(term: $0.0, count: $0.1) }, rest: rest,
                                     slogans: slogans, persons: persons, pairs: pairs.compactMap { $0 },
                                     parts: Array(texts.dropFirst()))
        }
    }

    /// The record of an analysis in memory.
    static func make(_ issue: IssueAnalysis, settings: CorpusStatistics.Settings, nodes: Set<String>) -> IssueReduceRecord? {
        decode(encode(issue, stamp: "-", settings: settings), stamp: "-", settings: settings, nodes: nodes)
    }

    /// The second pass over this record.
    func reduce(with statistics: CorpusStatistics) -> CorpusStatistics.IssueReduction {
        statistics.secondPass(terms: candidates, tokens: tokens, pairs: pairs) { kind, item in
            switch kind {
            case .slogan: return slogans.first { $0.0 == item }?.1 ?? 0
            case .term: return count(ofTerm: item)
            case .person: return persons.first { $0.0 == item }?.1 ?? 0
            }
        }
    }

    /// The issue's page and report section with `keyTerms` in place.
    func page(keyTerms: [Keyness.Score]) -> (html: String, markdown: String) {
        let builder = ReportBuilder()
        let html = parts[keyTerms.isEmpty ? 0 : 1] + parts[2]
            + HTMLRenderer.render(blocks: builder.keyTermBlocks(issue, keyTerms, headingLevel: 2)) + parts[3]
        let markdown = parts[4] + MarkdownRenderer.render(blocks: builder.keyTermBlocks(issue, keyTerms, headingLevel: 4)) + parts[5]
        return (html, markdown)
    }

    /// The count of `term` in the issue (0 when absent).
    func count(ofTerm term: String) -> Int {
        if let found = candidates.first(where: { $0.term == term }) { return found.count }
        var wanted: [UInt8] = []
        for byte in term.utf8 {  // as `PackedCacheEntry.Writer` escapes it
            switch byte {
            case UInt8(ascii: "\\"): wanted += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\t"): wanted += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\n"): wanted += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): wanted += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default: wanted.append(byte)
            }
        }
        var lineStart = rest.startIndex
        while lineStart < rest.endIndex {
            let lineEnd = rest[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            if let tab = rest[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")),
               tab - lineStart == wanted.count, rest[lineStart..<tab].elementsEqual(wanted) {
                return Int(String(decoding: rest[(tab + 1)..<lineEnd], as: UTF8.self)) ?? 0
            }
            lineStart = lineEnd + 1
        }
        return 0
    }
}
