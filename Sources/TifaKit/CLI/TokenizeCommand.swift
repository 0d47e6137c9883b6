import Foundation

/// `tifa tokenize`: segmentation in the SIGHAN bakeoff format, so any standard scorer
/// can measure tifa against other segmenters. The full tokenizer by default (lexicon,
/// rules, names); `--icu-only` shows raw ICU for comparison.
enum TokenizeCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.tokenize)
            return 0
        }
        let command = "tifa tokenize"
        let parsed = try ParsedArguments(arguments, options: ["--lexicon", "--discover", "--new-words"],
                                         flags: ["--icu-only"], command: command)
        guard parsed.positionals.count <= 1 else {
            throw UsageError(command: command, message: "takes at most one FILE, got \(parsed.positionals.count)")
        }
        let path = parsed.positionals.first ?? "-"
        let name = path == "-" ? "<stdin>" : path
        guard let text = try readText(path, name: name, console: console) else { return 1 }

        let icuOnly = parsed.flags.contains("--icu-only")
        let userWords = try Lexicon.readUserDictionaries(parsed.options["--lexicon"] ?? [])
        var lexicon = Lexicon(userWords: userWords)
        let discoverPaths = parsed.options["--discover"] ?? []
        if !discoverPaths.isEmpty && !icuOnly {
            var texts: [[UInt16]] = []
            for discoverPath in discoverPaths {
                guard let discoverText = try readText(discoverPath, name: discoverPath, console: console) else { return 1 }
                texts.append(Array(discoverText.utf16))
            }
            let found = WordDiscovery().discover(texts: texts, tokenizer: try Tokenizer(lexicon: lexicon))
            lexicon = Lexicon(userWords: userWords, discovered: found.map(\.word))
            if let csvPath = parsed.value("--new-words") {
                try AtomicFile.write(NewWordsTable.make(found).render(), to: csvPath)
            }
        }
        let tokenizer = try Tokenizer(lexicon: lexicon, icuOnly: icuOnly)
        var output = ""
        for line in lines(Array(text.utf16)) {
            let utf16 = Array(line)
            let tokens = try tokenizer.tokenize(utf16)
            output += SegmentationFormat.line(tokens, in: utf16)
            output += "\n"
            if output.utf8.count > 1 << 16 {
                console.out(output)
                output = ""
            }
        }
        console.out(output)
        return 0
    }

    /// Lines split at LF only, a CR before it dropped: one output line per input line,
    /// which is what line-aligned scorers compare.
    static func lines(_ text: [UInt16]) -> [ArraySlice<UInt16>] {
        var lines: [ArraySlice<UInt16>] = []
        var start = 0
        for (index, unit) in text.enumerated() where unit == 0x0A {
            lines.append(text[start..<index])
            start = index + 1
        }
        if start < text.count { lines.append(text[start...]) }
        return lines.map { $0.last == 0x0D ? $0.dropLast() : $0 }
    }

    /// The decoded text of `path` ("-" for standard input), or nil after printing why not.
    private static func readText(_ path: String, name: String, console: Console) throws -> String? {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = try IssueAnalyzer.read(path)
        }
        if bytes.isEmpty { return "" }
        do {
            return try TextDecoder().decode(bytes).text
        } catch {
            if error.message.hasPrefix("no text") { return String(decoding: bytes, as: UTF8.self) }
            console.err("\(Diagnostic(.error, file: name, error.description))\n")
            return nil
        }
    }
}
