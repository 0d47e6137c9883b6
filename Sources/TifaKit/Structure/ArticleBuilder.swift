/// Walks the classified lines in file order and assembles articles: bylines and title
/// blocks open or complete an article, notes and signatures close one, body lines join
/// the open article across page furniture, so a word split by a page break comes back.
struct ArticleBuilder {
    let lines: [SourceLine]
    let roles: LineRoles
    let joiner: ParagraphJoiner

    private var document = IssueDocument()
    private var articles: [Article] = []
    /// Index of each finished article's first line, for section assignment.
    private var firstIndices: [Int] = []
    private var current = Open()

    /// The article being assembled.
    private struct Open {
        var article = Article()
        var hasTitle = false
        var firstIndex: Int?
        var body: [Int] = []
        var isEmpty: Bool { !hasTitle && body.isEmpty && article.authors.isEmpty && article.captions.isEmpty }
    }

    init(lines: [SourceLine], roles: LineRoles, joiner: ParagraphJoiner) {
        self.lines = lines
        self.roles = roles
        self.joiner = joiner
    }

    mutating func build() -> IssueDocument {
        var labels: [(index: Int, label: String)] = []
        var i = 0
        while i < lines.count {
            switch roles.roles[i] {
            case .furniture(let furniture):
                switch furniture {
                case .sectionLabel(let label): labels.append((i, label))
                case .issueNumber(let number): document.number = document.number ?? number
                case .issueOfYear(let year, let number):
                    document.year = document.year ?? year
                    document.numberInYear = document.numberInYear ?? number
                case .pageNumber, .runningTitle: break
                }
                i += 1
            case .title(let block) where block == i:
                openTitleBlock(roles.titleBlocks[i] ?? [i])
                i = (roles.titleBlocks[i]?.last ?? i) + 1
            case .title:
                i += 1  // a later line of a block already taken
            case .byline(let names):
                touch(i)
                if !current.article.authors.isEmpty { finish() ; touch(i) }
                current.article.authors = names
                i += 1
            case .caption:
                touch(i)
                // A signature repeating the byline ("李 莉" under 李莉's article) is not a caption.
                if current.article.authors.contains(lines[i].text) { i += 1; continue }
                current.article.captions.append(Paragraph(text: lines[i].text, line: lines[i].line))
                i += 1
            case .note(let first):
                var j = i
                var scalars: [Unicode.Scalar] = []
                while j < lines.count, roles.roles[j] == .note(first: first) {
                    scalars += lines[j].scalars
                    j += 1
                }
                attachNote(Self.unbracketed(scalars), at: i)
                finish()
                i = j
            case .signature(let names):
                // A signed piece under a titled article starts at its own frame: what
                // comes before belongs to the title, not to the signer.
                if current.hasTitle, current.article.authors.isEmpty,
                   let frame = current.body.lastIndex(where: { lines[$0].startsFrame }), frame > 0 {
                    let carried = Array(current.body[frame...])
                    current.body.removeSubrange(frame...)
                    finish()
                    touch(carried[0])
                    current.body = carried
                }
                touch(i)
                if current.article.authors.isEmpty { current.article.authors = names }
                let next = i + 1
                if next < lines.count, case .note = roles.roles[next] {
                    current.article.authorNote = current.article.authorNote ?? Self.unbracketed(lines[next].scalars)
                    i = next + 1
                } else {
                    i += 1
                }
                finish()
            case .body:
                touch(i)
                current.body.append(i)
                i += 1
            }
        }
        finish()
        assignSections(labels)
        document.articles = articles
        return document
    }

    /// A title block: it names the open article when that has no title yet, else it
    /// opens a new one. A block that interrupts a sentence sits inside its own article's
    /// first page, so the body since the last frame start moves with it.
    private mutating func openTitleBlock(_ block: [Int]) {
        let title = Self.title(block.map { lines[$0] })
        let attach = !current.hasTitle && (current.article.authors.isEmpty || current.body.isEmpty)
        let midSentence = current.body.last.flatMap { lines[$0].scalars.last }
            .map { !ParagraphJoiner.sentenceEnders.contains($0) } ?? false
        var carried: [Int] = []
        if attach || midSentence, let frame = current.body.lastIndex(where: { lines[$0].startsFrame }), frame > 0 {
            carried = Array(current.body[frame...])
            current.body.removeSubrange(frame...)
        }
        if attach && carried.isEmpty {
            touch(block[0])
        } else if !(attach && current.isEmpty) {
            let authors = attach ? current.article.authors : []
            if attach { current.article.authors = [] }
            finish()
            touch(carried.first ?? block[0])
            current.body = carried
            current.article.authors = authors
        }
        current.article.title = title
        current.hasTitle = true
    }

    private mutating func attachNote(_ note: String, at index: Int) {
        touch(index)
        let source = ["本文", "本篇", "来源", "摘自", "转自", "原载", "稿件来源"].contains { note.hasPrefix($0) }
        if source {
            current.article.source = note
        } else {
            var text = Substring(note)
            if text.hasPrefix("作者系") { text = text.dropFirst(3) } else if text.hasPrefix("作者") { text = text.dropFirst(2) }
            current.article.authorNote = String(text)
        }
    }

    private mutating func touch(_ index: Int) {
        if current.firstIndex == nil {
            current.firstIndex = index
            current.article.line = lines[index].line
        }
    }

    private mutating func finish() {
        defer { current = Open() }
        guard !current.isEmpty || current.article.authorNote != nil || current.article.source != nil,
              let first = current.firstIndex else { return }
        var article = current.article
        article.paragraphs = joiner.join(current.body.map { lines[$0] })
        if let start = current.body.first, article.line > lines[start].line { article.line = lines[start].line }
        articles.append(article)
        firstIndices.append(min(first, current.body.first ?? first))
    }

    /// Running labels print at the end of a page in extraction order, so an article's
    /// section is the first label at or after its first line (the last one for the tail),
    /// unless a label opening a frame stands right before the article: that one heads it.
    private mutating func assignSections(_ labels: [(index: Int, label: String)]) {
        guard !labels.isEmpty else { return }
        for (n, first) in firstIndices.enumerated() {
            let previousEnd = n > 0 ? firstIndices[n - 1] : -1
            let heading = labels.last(where: { $0.index < first && $0.index > previousEnd && lines[$0.index].startsFrame
                && (($0.index + 1)..<first).allSatisfy { if case .furniture = roles.roles[$0] { return true } else { return false } } })
            articles[n].section = heading?.label ?? labels.first(where: { $0.index >= first })?.label ?? labels.last!.label
        }
    }

    /// Title lines joined with a space; spaces inside a line are kept only between runs
    /// of two or more characters (a typeset gap between phrases, not letter spacing).
    static func title(_ block: [SourceLine]) -> String {
        block.map { line -> String in
            let pieces = line.raw.unicodeScalars.split(whereSeparator: { CharacterClass.isSpace($0) })
            var out = ""
            for (n, piece) in pieces.enumerated() {
                let cleaned = Byline.string(piece.map(LineCleaner.foldFullWidth))
                if n > 0 {
                    let previous = pieces[n - 1]
                    let cjkGap = CharacterClass(previous.last!) == .cjk || CharacterClass(piece.first!) == .cjk
                    if !cjkGap || (previous.count >= 2 && piece.count >= 2) {
                        out += " "
                    }
                }
                out += cleaned
            }
            return out
        }.joined(separator: " ")
    }

    /// "（作者系…）" -> "作者系…".
    static func unbracketed(_ scalars: [Unicode.Scalar]) -> String {
        var s = scalars[...]
        if s.first == "（" || s.first == "(" { s = s.dropFirst() }
        if s.last == "）" || s.last == ")" { s = s.dropLast() }
        return Byline.string(s)
    }
}
