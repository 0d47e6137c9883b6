import Foundation

/// Reads appointment notices (任免): "X同志任A、B", "X同志兼任A", "X同志提名为A",
/// "免去X同志的A职务", "免去其A职务" (其 = the person of the clause before). One row
/// per (person, action, post, organization); a post listed after 、 without its own
/// organization belongs to the organization named before it (…集团总裁、党委书记).
public struct AppointmentExtractor {
    public struct Appointment: Sendable, Hashable, Codable {
        public var person: String
        /// appoint, remove, concurrent, nominate.
        public var action: String
        public var post: String
        public var organization: String
    }

    private let organizations: OrganizationExtractor

    public init(tokenizer: Tokenizer?) {
        organizations = OrganizationExtractor(tokenizer: tokenizer)
    }

    static let scalarWords = AppointmentWords<Unicode.Scalar>()
    static let characterWords = AppointmentWords<Character>()

    /// Appointments in one paragraph, in reading order.
    public func appointments(in text: String) -> [Appointment] {
        appointments(in: text, scalars: text.unicodeScalars.map(\.value))
    }

    /// The same, given also `text`'s Unicode scalar values.
    func appointments(in text: String, scalars: [UInt32]) -> [Appointment] {
        // Every notice holds 同志 or 免去: skip the parse of the paragraphs that have
        // neither, which is almost all of them. Over plain scalars (each its own Character,
        // normalization-inert: nearly all text) scalar comparisons are Character
        // comparisons, so the grammar reads scalars; anything else walks Characters.
        if Self.holdsNoticeWord(scalars) {
            if Self.readAsCharacters(scalars) {
                return parse(scalars.map { Unicode.Scalar($0) ?? "\u{FFFD}" }, Self.scalarWords)
            }
        } else if !scalars.contains(where: { $0 == 0x540C || $0 == 0x514D }) || Self.readAsCharacters(scalars) {  // 同 免
            return []
        }
        return parse(Array(text), Self.characterWords)
    }

    /// Whether `scalars` may be read as Characters one scalar each: plain scalars, and
    /// the line feeds and tabs plain text has (no CR, so each is a Character alone).
    static func readAsCharacters(_ scalars: [UInt32]) -> Bool {
        scalars.allSatisfy { value in
            value == 0x0A || value == 0x09 || Unicode.Scalar(value).map(PlainScalars.isPlain) ?? false
        }
    }

    /// Whether `scalars` hold 同志 or 免去 (adjacent scalars).
    static func holdsNoticeWord(_ scalars: [UInt32]) -> Bool {
        var previous: UInt32 = 0
        for value in scalars {
            if value == 0x5FD7 && previous == 0x540C || value == 0x53BB && previous == 0x514D { return true }  // 同志, 免去
            previous = value
        }
        return false
    }

    /// The notice grammar over Characters or (plain text) Unicode scalars.
    private func parse<Unit: AppointmentTextUnit>(_ chars: [Unit], _ words: AppointmentWords<Unit>) -> [Appointment] {
        var result: [Appointment] = []
        var lastPerson: String? = nil
        var i = 0
        while i < chars.count {
            // "免去X同志的…职务" / "免去其…职务"
            if Self.starts(chars, i, words.remove) {
                var j = i + 2
                var person: String? = nil
                if j < chars.count, chars[j] == words.him {
                    person = lastPerson
                    j += 1
                } else if let comrade = Self.find(chars, words.comrade, from: j, within: 6, words: words),
                          Self.looksLikeName(Unit.string(chars[j..<comrade])) {
                    person = Unit.string(chars[j..<comrade])
                    j = comrade + 2
                    if j < chars.count, chars[j] == words.of { j += 1 }
                }
                guard let name = person, let duty = Self.find(chars, words.duty, from: j, within: 80, words: words)
                else { i += 2; continue }
                result += rows(name, "remove", Unit.string(chars[j..<duty]))
                lastPerson = name
                i = duty + 2
                continue
            }
            if Self.starts(chars, i, words.comrade) {
                var k = i
                while k > 0 && i - k < 4 && !words.clauseEnds.contains(chars[k - 1]) && chars[k - 1].isLetter
                        && !words.nameStops.contains(chars[k - 1]) { k -= 1 }
                // Four characters only when nothing stands before them (主任林伟民同志: 林伟民).
                if i - k == 4, k > 0, !words.clauseEnds.contains(chars[k - 1]) { k += 1 }
                let name = Unit.string(chars[k..<i])
                var j = i + 2
                var action: String? = nil
                for (word, act) in words.actions where Self.starts(chars, j, word) {
                    action = act
                    j += word.count
                    break
                }
                if let action, Self.looksLikeName(name) {
                    var e = j
                    var depth = 0
                    while e < chars.count {
                        if words.opening.contains(chars[e]) { depth += 1 } else if words.closing.contains(chars[e]) { depth -= 1 }
                        if depth <= 0 && words.clauseEnds.contains(chars[e]) { break }
                        e += 1
                    }
                    // Notices run together without punctuation: the next "X同志" ends this one.
                    if let next = Self.find(chars, words.comrade, from: j, within: max(0, e - j - 2), words: words), next < e {
                        for length in [3, 2, 4] where next - length > j && Self.looksLikeName(Unit.string(chars[(next - length)..<next])) {
                            e = next - length
                            break
                        }
                    }
                    var postText = Unit.string(chars[j..<e])
                    if postText.hasSuffix("职务") { postText.removeLast(2) }
                    result += rows(name, action, postText)
                    lastPerson = name
                    i = e
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// Two to four characters starting with a surname, with no character names never use.
    /// Characters no name in a notice holds: offices, places, dates, determiners, measures.
    static let neverInNames = EntityLexicon.scalarSet("记者员委部局厅处办省市县区乡镇村其各每该本此些年月日号时第元米吨斤亩岁点分秒度倍副摄姓几所个件位名条项次回届期份种类批场座家户人")

    static func looksLikeName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars.map(\.value)
        guard (2...4).contains(scalars.count), scalars.allSatisfy(AnalyzedText.isHan) else { return false }
        let lexicon = EntityLexicon.shared
        guard let surname = lexicon.surnames.longest(scalars, at: 0) else { return false }
        // Between a clause's start and 同志 a given name may hold characters that rarely
        // end one elsewhere (何某前, 詹某书), not a function word or an office's character.
        if scalars.dropFirst(surname.length).contains(where: { lexicon.functionCharacters.contains($0) || Self.neverInNames.contains($0) }) {
            return false
        }
        // A two-character "name" on a rare surname is more often a word (全体, 各位).
        return scalars.count > 2 || surname.value != EntityLexicon.SurnameClass.other.rawValue
    }

    static func starts<Unit: Equatable>(_ chars: [Unit], _ i: Int, _ word: [Unit]) -> Bool {
        guard i + word.count <= chars.count else { return false }
        for k in word.indices where chars[i + k] != word[k] { return false }
        return true
    }

    static func find<Unit: AppointmentTextUnit>(_ chars: [Unit], _ word: [Unit], from: Int, within: Int,
                                                words: AppointmentWords<Unit>) -> Int? {
        var k = from
        while k < chars.count && k - from <= within {
            if starts(chars, k, word) { return k }
            if words.clauseEnds.contains(chars[k]) && word != words.duty { return nil }
            k += 1
        }
        return nil
    }

    /// Splits "A集团（B）总裁（台长）、党委书记" into posts, each with its organization.
    func rows(_ person: String, _ action: String, _ text: String) -> [Appointment] {
        var rows: [Appointment] = []
        var organization = ""
        var depth = 0
        var parts: [String] = []
        let view = text.unicodeScalars
        if PlainScalars.allPlain(view) {
            // Every scalar a whole Character: the same cut, scalar by scalar, without
            // building each part Character by Character.
            var start = view.startIndex, index = view.startIndex
            while index != view.endIndex {
                let value = view[index].value
                if value == 0xFF08 || value == 0x28 { depth += 1 } else if value == 0xFF09 || value == 0x29 { depth -= 1 }  // （( ）)
                if value == 0x3001 && depth == 0 {  // 、
                    parts.append(String(view[start..<index]))
                    start = view.index(after: index)
                }
                index = view.index(after: index)
            }
            parts.append(String(view[start..<view.endIndex]))
        } else {
            var part = ""
            for c in text {
                if "（(".contains(c) { depth += 1 } else if "）)".contains(c) { depth -= 1 }
                if c == "、" && depth == 0 { parts.append(part); part = "" } else { part.append(c) }
            }
            parts.append(part)
        }
        for raw in parts {
            let item = raw.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            let found = organizations.extract(item).filter { $0.start == 0 }.max { $0.end < $1.end }
            var post = item
            if let found {
                let scalars = Array(item.unicodeScalars)
                var end = found.end
                // An organization's alternative name in brackets stays with it: 集团（总台）.
                if end < scalars.count, scalars[end] == "（" || scalars[end] == "(",
                   let close = scalars[end...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                    end = close + 1
                }
                organization = String(String.UnicodeScalarView(scalars[0..<end]))
                post = String(String.UnicodeScalarView(scalars[end...]))
            }
            rows.append(Appointment(person: person, action: action, post: post.isEmpty ? item : post, organization: organization))
        }
        return rows
    }
}
