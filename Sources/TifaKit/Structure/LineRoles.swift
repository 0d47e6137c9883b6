/// What each line is, decided before articles are assembled.
enum LineRole: Equatable {
    case body
    case furniture(PageFurniture)
    /// A byline; its title block (heading lines) is recorded separately.
    case byline([String])
    /// A title line; `block` is the index of the block's first line.
    case title(block: Int)
    case caption
    /// "（作者系…）" or "（本文转载自…）", possibly over several lines; `first` is its first line.
    case note(first: Int)
    /// A name closing an article ("余龙华" over "（柯城区委副书记）", or a repeated author).
    case signature([String])
}

/// The role of every line of an issue.
struct LineRoles {
    var roles: [LineRole]
    /// Title blocks: first line index -> indices of the block's lines.
    var titleBlocks: [Int: [Int]] = [:]

    /// `bylineIcons`: the characters that open the bylines (`BylineIcon.icons(of:)`).
    init(lines: [SourceLine], bylineIcons: Set<Unicode.Scalar>) {
        let repeated = PageFurniture.repeatedShortLines(lines)
        roles = lines.map { line in
            if let furniture = PageFurniture.classify(line, repeatedShortLines: repeated) { return .furniture(furniture) }
            if let names = Byline.authors(ofBylineLine: line.raw, icons: bylineIcons) { return .byline(names) }
            return .body
        }
        markNotes(lines)
        markSignatures(lines)
        markBylineBlocks(lines)
        markCaptions(lines)
        markFrameTitles(lines)
    }

    static let noteOpeners: [String] = ["（作者", "（本文", "（本篇", "（来源", "（摘自", "（转自", "（原载", "（稿件来源"]
    /// The openers as scalars, compared with a line's scalars (no String built per line).
    static let noteOpenerScalars: [[Unicode.Scalar]] = noteOpeners.map { Array($0.unicodeScalars) }

    /// Author and source notes: a line opening with one of `noteOpeners`, through the line
    /// that closes the bracket (at most three lines).
    mutating func markNotes(_ lines: [SourceLine]) {
        var i = 0
        while i < lines.count {
            guard roles[i] == .body, lines[i].scalars.first == "（", Self.noteOpenerScalars.contains(where: { lines[i].scalars.starts(with: $0) }) else { i += 1; continue }
            var j = i
            while j < lines.count, j - i < 3, roles[j] == .body {
                roles[j] = .note(first: i)
                if lines[j].scalars.contains("）") { break }
                j += 1
            }
            i = j + 1
        }
    }

    /// A line of one name followed by a line wholly in brackets (the signer's post), and
    /// a line of one name right before a byline-less stretch that repeats an author.
    mutating func markSignatures(_ lines: [SourceLine]) {
        for i in lines.indices where roles[i] == .body && i + 1 < lines.count && roles[i + 1] == .body {
            let next = lines[i + 1].scalars
            guard lines[i].scalars.count <= 4, next.first == "（", next.last == "）", next.count <= 40,
                  let names = Byline.names(Substring(lines[i].raw)), names.count == 1 else { continue }
            roles[i] = .signature(names)
            roles[i + 1] = .note(first: i + 1)
        }
    }

    /// A heading line: no sentence stops, not ending on a comma; a comma inside only on
    /// a line that opens a frame (a title like " 不忘初心，做忠诚干净担当的铁军战士").
    static func isHeadingLike(_ line: SourceLine) -> Bool {
        let s = line.scalars
        guard let first = s.first, let last = s.last, s.count >= 2, line.displayWidth <= 48 else { return false }
        if first == "（" || first == "●" { return false }
        for scalar in s where scalar == "。" || scalar == "；" || scalar == "！" || scalar == "？" { return false }
        if last == "，" || last == "、" || last == "；" || last == "“" || last == "（" { return false }
        if !line.startsFrame, hasCommaOutsideQuotes(s) { return false }
        return true
    }

    /// A comma or enumeration comma that is not inside “quotes”.
    static func hasCommaOutsideQuotes(_ s: [Unicode.Scalar]) -> Bool {
        var depth = 0
        for scalar in s {
            switch scalar {
            case "“", "「", "《": depth += 1
            case "”", "」", "》": depth = max(0, depth - 1)
            case "，", "、": if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// A photo caption: one line without sentence stops, not a bracketed note.
    static func isCaptionLike(_ line: SourceLine) -> Bool {
        let s = line.scalars
        guard let first = s.first, let last = s.last, s.count >= 2, line.displayWidth <= 48 else { return false }
        if first == "（" || first == "●" || last == "，" || last == "、" || last == "：" { return false }
        if hasCommaOutsideQuotes(s), s.count > 10 { return false }
        return !s.contains { $0 == "。" || $0 == "；" || $0 == "！" || $0 == "？" }
    }

    /// A gap between two runs of at least two CJK characters ("蓝图已经绘就 奋进正当其时"):
    /// titles set phrases apart that way; prose never does (letter-spaced lines space
    /// single characters, and digits are not CJK).
    static func hasTypesetGap(_ line: SourceLine) -> Bool {
        let pieces = line.raw.unicodeScalars.split(whereSeparator: { CharacterClass.isSpace($0) })
        guard pieces.count >= 2 else { return false }
        for (a, b) in zip(pieces, pieces.dropFirst()) where a.count >= 2 && b.count >= 2 {
            if a.suffix(2).allSatisfy({ CharacterClass($0) == .cjk }) && b.prefix(2).allSatisfy({ CharacterClass($0) == .cjk }) {
                return true
            }
        }
        return false
    }

    /// 柯城区： — a short line ending in a colon that opens a title block.
    static func isKicker(_ line: SourceLine) -> Bool {
        line.scalars.count <= 10 && line.scalars.last == "：" && !line.scalars.dropLast().contains("：")
    }

    /// For each byline: the heading lines right before it (its title), or, when there
    /// are none, a heading line right after it followed by body of the same frame.
    /// Single lines after a byline that stand alone are photo captions.
    mutating func markBylineBlocks(_ lines: [SourceLine]) {
        for b in lines.indices {
            guard case .byline = roles[b] else { continue }
            var block: [Int] = []
            var j = b - 1
            while j >= 0, block.count < 4, roles[j] == .body, Self.isHeadingLike(lines[j]) {
                block.insert(j, at: 0)
                if lines[j].startsFrame || Self.isKicker(lines[j]) { break }
                j -= 1
            }
            if let k = block.firstIndex(where: { Self.isKicker(lines[$0]) }) { block.removeFirst(k) }
            var after = b + 1
            if block.isEmpty, after + 1 < lines.count, roles[after] == .body, roles[after + 1] == .body,
               Self.isHeadingLike(lines[after]), !lines[after].startsFrame, !lines[after + 1].startsFrame,
               !Self.isHeadingLike(lines[after + 1]) || lines[after + 1].displayWidth > lines[after].displayWidth {
                block = [after]
                after += 1
            }
            for index in block { roles[index] = .title(block: block[0]) }
            if !block.isEmpty { titleBlocks[block[0]] = block }
            // Captions: lone heading-like lines after the byline (and its title) that are
            // not followed by body of the same frame.
            while after < lines.count, roles[after] == .body, Self.isHeadingLike(lines[after]), !lines[after].startsFrame,
                  after + 1 == lines.count || roles[after + 1] != .body || lines[after + 1].startsFrame {
                roles[after] = .caption
                after += 1
            }
        }
    }

    /// Title blocks that open a frame without a byline: one or two heading lines at a
    /// frame start (or a kicker), after a finished sentence, followed by a paragraph start.
    mutating func markFrameTitles(_ lines: [SourceLine]) {
        var i = 0
        while i < lines.count {
            guard roles[i] == .body, lines[i].startsFrame || Self.followsArticleEnd(i, roles: roles), Self.isHeadingLike(lines[i]),
                  Self.previousBodyEndsSentence(before: i, lines: lines, roles: roles) else { i += 1; continue }
            var block = [i]
            if Self.isKicker(lines[i]) || (i + 1 < lines.count && roles[i + 1] == .body && !lines[i + 1].startsFrame
                && Self.isHeadingLike(lines[i + 1]) && Self.startsParagraph(i + 2, lines: lines, roles: roles)) {
                var j = i + 1
                while j < lines.count, block.count < 3, roles[j] == .body, !lines[j].startsFrame, Self.isHeadingLike(lines[j]),
                      !(lines[j].scalars.first.map { ("0"..."9").contains($0) } ?? false) {
                    block.append(j)
                    if !Self.isKicker(lines[i]) { break }
                    j += 1
                }
            }
            // A subtitle set off by dashes (———常山县建立本土专家工作站) belongs to the title.
            var after = block.last! + 1
            var subtitled = false
            if after < lines.count, roles[after] == .body, lines[after].scalars.starts(with: ["—", "—"]) {
                block.append(after)
                after += 1
                subtitled = true
            }
            // Right after an article closed, a heading opening a frame is the next title.
            let opensAfterEnd = lines[i].startsFrame && Self.followsArticleEnd(i, roles: roles)
            guard subtitled || opensAfterEnd || Self.hasTypesetGap(lines[i])
                    || Self.startsParagraph(after, lines: lines, roles: roles) else {
                i += 1
                continue
            }
            for index in block { roles[index] = .title(block: i) }
            titleBlocks[i] = block
            i = after
        }
    }

    /// True when nothing but furniture and captions stands between `index` and the start
    /// of the file or the note or signature that closed the previous article.
    static func followsArticleEnd(_ index: Int, roles: [LineRole]) -> Bool {
        var j = index - 1
        while j >= 0 {
            switch roles[j] {
            case .furniture, .caption: j -= 1
            case .note, .signature: return true
            default: return false
            }
        }
        return true
    }

    /// True when the body before `index` (skipping furniture and captions) ends a
    /// sentence or a note, or there is none.
    static func previousBodyEndsSentence(before index: Int, lines: [SourceLine], roles: [LineRole]) -> Bool {
        var j = index - 1
        while j >= 0 {
            switch roles[j] {
            case .furniture, .caption: j -= 1
            case .body: return lines[j].scalars.last.map { ParagraphJoiner.sentenceEnders.contains($0) } ?? true
            default: return true
            }
        }
        return true
    }

    /// True when line `index` opens a paragraph: it starts a frame, or it is indented
    /// (clearly narrower than the lines after it), or it is a byline.
    static func startsParagraph(_ index: Int, lines: [SourceLine], roles: [LineRole]) -> Bool {
        guard index < lines.count else { return false }
        if case .byline = roles[index] { return true }
        guard roles[index] == .body else { return false }
        if lines[index].startsFrame { return true }
        let following = (index + 1..<min(lines.count, index + 4)).filter { roles[$0] == .body }.map { lines[$0].displayWidth }
        guard !following.isEmpty else { return false }
        let column = following.sorted()[following.count / 2]
        return lines[index].displayWidth <= column - 3
    }

    /// Lone heading-like lines between finished paragraphs and a page break (furniture,
    /// a new frame, a byline): photo captions, and "name（左）" lines.
    mutating func markCaptions(_ lines: [SourceLine]) {
        for i in lines.indices where roles[i] == .body {
            let s = lines[i].scalars
            if let open = s.firstIndex(of: "（"), s.last == "）", open > 0, s.count - open <= 6,
               Byline.names(Substring(Byline.string(s[..<open]))) != nil,
               ["左", "中", "右", "前", "后"].contains(where: { s[(open + 1)...].contains($0) }) {
                roles[i] = .caption
                continue
            }
            guard Self.isCaptionLike(lines[i]), !lines[i].startsFrame,
                  Self.previousBodyEndsSentence(before: i, lines: lines, roles: roles) else { continue }
            let nextBreaks: Bool
            if i + 1 == lines.count {
                nextBreaks = true
            } else {
                switch roles[i + 1] {
                case .furniture(.sectionLabel), .furniture(.pageNumber), .byline, .title: nextBreaks = true
                case .body: nextBreaks = lines[i + 1].startsFrame
                default: nextBreaks = false
                }
            }
            if nextBreaks { roles[i] = .caption }
        }
    }
}
