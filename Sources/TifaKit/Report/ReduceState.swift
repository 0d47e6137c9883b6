import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the last reduce leaves for the next one (`Output/.reduce-state`): the corpus totals
/// of pass 1, the issues they cover (in issue order, each with the stamp of its cache
/// entry) and the bytes each issue's rows take in the CSV files made of per-issue rows
/// (those files are checked by stat: `ReducedOutputStats`). When tonight's issues are last night's
/// plus new ones (anywhere in issue order: the nightly case), the next reduce starts from
/// these totals and copies the old rows instead of reading every issue in pass 1. Anything
/// else (an issue changed or removed, an output touched, another tifa version or other
/// settings) means a full pass 1.
/// Written last, after the outputs it describes are in place: a run killed between the
/// two leaves a state that no longer matches, never one that matches stale outputs.
struct ReduceState {
    static let format = 2
    static let fileName = ".reduce-state"

    /// Issue name and entry stamp, in issue order.
    var issues: [[String]]
    /// Bytes of each issue's rows in each per-issue CSV file (parallel to `issues`).
    var blocks: [[Int]]
    var excel: Bool
    var totals: CorpusTotals

    private struct Head: Codable {
        var format: Int
        var version: String
        var settings: String
        var excel: Bool
        var issues: [[String]]
        var blocks: [[Int]]
        var tokens: Int
        var sentences: Int
        var appointmentsKept: Int
        var facts: [IssueFacts]
        var appointments: [CorpusStatistics.IssueAppointment]
    }

    /// What else the saved totals depend on.
    static func settingsKey(_ settings: CorpusStatistics.Settings) -> String {
        "appointments \(settings.appointmentsListed)"
    }

    func encode(settings: CorpusStatistics.Settings) -> [UInt8] {
        let head = Head(format: Self.format, version: BuildIdentity.current, settings: Self.settingsKey(settings), excel: excel,
                        issues: issues, blocks: blocks, tokens: totals.tokens, sentences: totals.sentences,
                        appointmentsKept: totals.appointmentsKept, facts: totals.issues, appointments: totals.appointments)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let json = try? encoder.encode(head) else { return [] }
        var out = Array(json)
        out.append(UInt8(ascii: "\n"))
        var writer = PackedCacheEntry.Writer()
        let precedes = { (a: String, b: String) in CodePointOrder.precedes(a, b) }
        for (term, total) in totals.terms.sorted(by: { precedes($0.key.string, $1.key.string) }) {
            writer.field(term.string); writer.field(total.count); writer.field(total.articles); writer.field(total.issues)
            writer.field(total.sentences.map(String.init) ?? "-")
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for node in totals.nodes.sorted(by: precedes) { writer.field(node); writer.endRecord() }
        writer.endSection(into: &out)
        for slogan in totals.slogans.values.sorted(by: { precedes($0.slogan, $1.slogan) }) {
            writer.field(slogan.slogan); writer.field(slogan.category.rawValue); writer.field(slogan.count)
            writer.field(slogan.quoted); writer.field(slogan.issues); writer.field(slogan.firstIssue)
            writer.field(slogan.firstArticle); writer.field(slogan.firstLine)
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for (_, entity) in totals.entities.sorted(by: { precedes($0.key, $1.key) }) {
            writer.field(entity.type.rawValue); writer.field(entity.name); writer.field(entity.count)
            writer.field(entity.issues); writer.field(entity.firstIssue); writer.field(entity.firstArticle)
            writer.field(entity.firstLine)
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for (key, roles) in totals.roleCounts.sorted(by: { precedes($0.key, $1.key) }) {
            for (role, count) in roles.sorted(by: { precedes($0.key, $1.key) }) {
                writer.field(key); writer.field(role); writer.field(count); writer.endRecord()
            }
        }
        writer.endSection(into: &out)
        for (index, words) in totals.issueWords.enumerated() {
            for word in words {
                writer.field(index); writer.field(word.word); writer.field(word.count)
                for value in [word.pmi, word.leftEntropy, word.rightEntropy] { writer.field(hex: value.bitPattern) }
                writer.endRecord()
            }
        }
        writer.endSection(into: &out)
        return out
    }

    /// The state in `bytes` if it is whole and was made by this tifa with these settings.
    static func decode(_ bytes: [UInt8], settings: CorpusStatistics.Settings) -> ReduceState? {
        bytes.withUnsafeBufferPointer { buffer -> ReduceState? in
            guard let lineEnd = buffer.firstIndex(of: UInt8(ascii: "\n")),
                  let head = try? JSONDecoder().decode(Head.self, from: Data(bytes[0..<lineEnd])),
                  head.format == format, head.version == BuildIdentity.current, head.settings == settingsKey(settings)
            else { return nil }
            var totals = CorpusTotals(appointmentsKept: head.appointmentsKept)
            totals.tokens = head.tokens
            totals.sentences = head.sentences
            totals.issues = head.facts
            totals.appointments = head.appointments
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: lineEnd + 1)
            guard let terms = reader.section({ fields -> (TextKey, CorpusTotals.Term)? in
                      guard fields.count == 5, let count = fields.int(1), let articles = fields.int(2),
                            let issues = fields.int(3) else { return nil }
                      let sentences = fields.string(4)
                      return (TextKey(fields.string(0)), CorpusTotals.Term(count: count, articles: articles, issues: issues,
                                                                  sentences: sentences == "-" ? nil : Int(sentences)))
                  }),
                  let nodes = reader.section({ fields in fields.count == 1 ? fields.string(0) : nil }),
                  let slogans = reader.section({ fields -> CorpusStatistics.SloganTotal? in
                      guard fields.count == 8, let category = SloganCategory(rawValue: fields.string(1)),
                            let count = fields.int(2), let quoted = fields.int(3), let issues = fields.int(4),
                            let article = fields.int(6), let line = fields.int(7) else { return nil }
                      return CorpusStatistics.SloganTotal(slogan: fields.string(0), category: category, count: count, quoted: quoted,
                                                          issues: issues, firstIssue: fields.string(5), firstArticle: article,
                                                          firstLine: line)
                  }),
                  let entities = reader.section({ fields -> CorpusStatistics.EntityTotal? in
                      guard fields.count == 7, let type = Mention.Kind(rawValue: fields.string(0)), let count = fields.int(2),
                            let issues = fields.int(3), let article = fields.int(5), let line = fields.int(6) else { return nil }
                      return CorpusStatistics.EntityTotal(type: type, name: fields.string(1), count: count, issues: issues, roles: [],
                                                          firstIssue: fields.string(4), firstArticle: article, firstLine: line)
                  }),
                  let roles = reader.section({ fields -> (String, String, Int)? in
                      guard fields.count == 3, let count = fields.int(2) else { return nil }
                      return (fields.string(0), fields.string(1), count)
                  }),
                  let words = reader.section({ fields -> (Int, DiscoveredWord)? in
                      guard fields.count == 6, let index = fields.int(0), index >= 0, index < head.facts.count,
                            let count = fields.int(2), let pmi = fields.hex(3),
                            let left = fields.hex(4), let right = fields.hex(5)
                      else { return nil }
                      return (index, DiscoveredWord(word: fields.string(1), count: count, pmi: Double(bitPattern: pmi),
                                                    leftEntropy: Double(bitPattern: left), rightEntropy: Double(bitPattern: right)))
                  }),
                  reader.position == buffer.count
            else { return nil }
            totals.terms = Dictionary(terms, uniquingKeysWith: { a, _ in a })
            totals.nodes = Set(nodes)
            for slogan in slogans { totals.slogans[slogan.slogan] = slogan }
            for entity in entities { totals.entities[entity.type.rawValue + "\u{0}" + entity.name] = entity }
            for (key, role, count) in roles { totals.roleCounts[key, default: [:]][role] = count }
            totals.issueWords = head.facts.map { _ in [] }
            for (index, word) in words { totals.issueWords[index].append(word) }
            guard head.issues.count == head.facts.count, head.blocks.count == head.facts.count else { return nil }
            return ReduceState(issues: head.issues, blocks: head.blocks, excel: head.excel, totals: totals)
        }
    }
}
