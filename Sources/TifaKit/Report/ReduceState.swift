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
    static let format = 3
    static let fileName = ".reduce-state"
    /// The first line: what the file is and its format. Formats before 3 began with a JSON
    /// head (`{`), so an old file never matches and means a full pass 1.
    static let magic = Array("tifa reduce-state \(format)\n".utf8)

    /// Issue name and entry stamp, in issue order.
    var issues: [[String]]
    /// Bytes of each issue's rows in each per-issue CSV file (parallel to `issues`).
    var blocks: [[Int]]
    var excel: Bool
    var totals: CorpusTotals

    /// What else the saved totals depend on.
    static func settingsKey(_ settings: CorpusStatistics.Settings) -> String {
        "appointments \(settings.appointmentsListed)"
    }

    func encode(settings: CorpusStatistics.Settings) -> [UInt8] {
        // Packed sections throughout (the head was JSON up to format 2: decoding and
        // encoding it cost more than the totals).
        var out = Self.magic
        var writer = PackedCacheEntry.Writer()
        writer.field(BuildIdentity.current); writer.field(Self.settingsKey(settings)); writer.field(excel ? 1 : 0)
        writer.field(totals.tokens); writer.field(totals.sentences); writer.field(totals.appointmentsKept)
        writer.endRecord()
        writer.endSection(into: &out)
        for (issue, block) in zip(issues, blocks) {
            writer.field(issue.count)
            for text in issue { writer.field(text) }
            for bytes in block { writer.field(bytes) }
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for facts in totals.issues {
            writer.field(facts.issue); writer.field(facts.file)
            Self.optional(facts.number, &writer); Self.optional(facts.year, &writer)
            writer.field(facts.chars); writer.field(facts.tokens); writer.field(facts.articles)
            writer.field(facts.slogans); writer.field(facts.terms)
            writer.endRecord()
        }
        writer.endSection(into: &out)
        for appointment in totals.appointments {
            let row = appointment.row
            writer.field(appointment.issue); writer.field(row.article); writer.field(row.line); writer.field(row.person)
            writer.field(row.action); writer.field(row.post); writer.field(row.organization)
            writer.endRecord()
        }
        writer.endSection(into: &out)
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
            guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else { return nil }
            var reader = PackedCacheEntry.Reader(buffer: buffer, position: magic.count)
            guard let heads = reader.section({ fields -> (excel: Bool, tokens: Int, sentences: Int, kept: Int)? in
                      guard fields.count == 6, fields.equals(0, BuildIdentity.current), fields.equals(1, settingsKey(settings)),
                            let excel = fields.int(2), excel == 0 || excel == 1, let tokens = fields.int(3),
                            let sentences = fields.int(4), let kept = fields.int(5) else { return nil }
                      return (excel == 1, tokens, sentences, kept)
                  }),
                  heads.count == 1, let head = heads.first,
                  let issueLines = reader.section({ fields -> ([String], [Int])? in
                      guard fields.count >= 1, let names = fields.int(0), names >= 0, names < fields.count else { return nil }
                      var block: [Int] = []
                      for index in (1 + names)..<fields.count {
                          guard let bytes = fields.int(index) else { return nil }
                          block.append(bytes)
                      }
                      return ((1..<(1 + names)).map { fields.string($0) }, block)
                  }),
                  let facts = reader.section({ fields -> IssueFacts? in
                      guard fields.count == 9, let number = optional(fields, 2), let year = optional(fields, 3),
                            let chars = fields.int(4), let tokens = fields.int(5), let articles = fields.int(6),
                            let slogans = fields.int(7), let terms = fields.int(8) else { return nil }
                      return IssueFacts(issue: fields.string(0), file: fields.string(1), number: number, year: year, chars: chars,
                                        tokens: tokens, articles: articles, slogans: slogans, terms: terms)
                  }),
                  let appointments = reader.section({ fields -> CorpusStatistics.IssueAppointment? in
                      guard fields.count == 7, let article = fields.int(1), let line = fields.int(2) else { return nil }
                      return CorpusStatistics.IssueAppointment(
                          issue: fields.string(0),
                          row: AppointmentRow(article: article, line: line, person: fields.string(3), action: fields.string(4),
                                              post: fields.string(5), organization: fields.string(6)))
                  })
            else { return nil }
            var totals = CorpusTotals(appointmentsKept: head.kept)
            totals.tokens = head.tokens
            totals.sentences = head.sentences
            totals.issues = facts
            totals.appointments = appointments
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
                      guard fields.count == 6, let index = fields.int(0), index >= 0, index < facts.count,
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
            totals.issueWords = facts.map { _ in [] }
            for (index, word) in words { totals.issueWords[index].append(word) }
            guard issueLines.count == facts.count else { return nil }
            return ReduceState(issues: issueLines.map(\.0), blocks: issueLines.map(\.1), excel: head.excel, totals: totals)
        }
    }

    /// An optional number as a field: `-` for nil.
    private static func optional(_ number: Int?, _ writer: inout PackedCacheEntry.Writer) {
        if let number { writer.field(number) } else { writer.field("-") }
    }

    /// Field `index` as `optional(_:_:)` wrote it: .some(nil) for `-`, nil when it is neither.
    private static func optional(_ fields: PackedCacheEntry.Fields, _ index: Int) -> Int?? {
        if fields.equals(index, "-") { return .some(nil) }
        return fields.int(index).map { .some($0) }
    }
}
