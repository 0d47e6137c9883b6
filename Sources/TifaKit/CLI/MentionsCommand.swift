import Foundation

/// `tifa mentions`: every mention tifa finds in each input line, as one JSON line per
/// input line, offsets in Unicode scalars of the line taken as-is. It is how extraction
/// is measured against hand-annotated text.
enum MentionsCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.mentions)
            return 0
        }
        let command = "tifa mentions"
        let parsed = try ParsedArguments(arguments, options: ["--slogans"], flags: [], command: command)
        guard parsed.positionals.count <= 1 else {
            throw UsageError(command: command, message: "takes at most one FILE, got \(parsed.positionals.count)")
        }
        guard let text = try InputText.read(parsed.positionals.first, console: console) else { return 1 }
        var lexicon = SloganLexicon.builtIn
        for path in parsed.options["--slogans"] ?? [] {
            guard let data = try InputText.read(path, console: console) else { return 1 }
            for line in lexicon.merge(parsing: data) {
                console.err("\(Diagnostic(.warning, file: path, line: line, "not `text [numbered|meeting|quoted]`; skipped"))\n")
            }
        }
        let lines = LayoutRepair.splitLines(text).map(String.init)
        let slogans = try SloganExtractor(lexicon: lexicon)
        // Slogans are learned over the whole input first: one quoted in line 3 is counted
        // where line 40 uses it without quotes.
        let inventory = slogans.discover(lines)
        let trie = SloganTrie(inventory)
        let others = try entityExtractors()
        // What the layout of whole lines shows (bylines, signatures, roster lists that go
        // on in the next line): the run sees it through LineRoles and repaired paragraphs.
        let scalarLines = lines.map { $0.unicodeScalars.map(\.value) }
        let layout = LayoutNames.find(lines: scalarLines)
        // Each line with the characters a wrapped sentence carries over from its neighbours.
        let wrapped = WrappedLines(lines: scalarLines)
        for (index, line) in lines.enumerated() {
            var mentions = slogans.find(in: line, inventory: inventory, trie: trie)
            for extractor in others { mentions += wrapped.mentions(of: index, by: extractor) }
            mentions = LayoutNames.merge(mentions, names: layout.names[index], brokenHead: layout.brokenHeads[index], line: line)
            mentions.sort { ($0.start, $0.end, $0.kind.rawValue) < ($1.start, $1.end, $1.kind.rawValue) }
            console.out(MentionJSON.line(index + 1, mentions) + "\n")
        }
        return 0
    }

    /// Extractors of people, places, organizations, dates and figures (the entities stage).
    static func entityExtractors() throws -> [any MentionExtractor] {
        [EntityExtractor(tokenizer: try Tokenizer()), DateNormalizer(), FigureExtractor()]
    }
}
