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
        let parsed = try ParsedArguments(arguments, options: ["--lexicon", "--discover", "--new-words", "--bench", "--standard"],
                                         flags: ["--icu-only", "--stats"], command: command)
        guard parsed.positionals.count <= 1 else {
            throw UsageError(command: command, message: "takes at most one FILE, got \(parsed.positionals.count)")
        }
        let path = parsed.positionals.first ?? "-"
        guard let text = try InputText.read(path, console: console) else { return 1 }

        let icuOnly = parsed.flags.contains("--icu-only")
        var standard = SegmentationStandard.msr
        if let name = parsed.value("--standard") {
            guard let chosen = SegmentationStandard(rawValue: name) else {
                throw UsageError(command: command, message: "--standard takes msr or pku, got '\(name)'")
            }
            standard = chosen
        }
        let userWords = try Lexicon.readUserDictionaries(parsed.options["--lexicon"] ?? [])
        var lexicon = Lexicon.with(userWords: userWords)
        let discoverPaths = parsed.options["--discover"] ?? []
        if !discoverPaths.isEmpty && !icuOnly {
            var texts: [[UInt16]] = []
            for discoverPath in discoverPaths {
                guard let discoverText = try InputText.read(discoverPath, console: console) else { return 1 }
                texts.append(Array(discoverText.utf16))
            }
            let found = WordDiscovery().discover(texts: texts, tokenizer: try Tokenizer(lexicon: lexicon, standard: standard))
            lexicon = lexicon.adding(discovered: found.map(\.word))
            if let csvPath = parsed.value("--new-words") {
                try AtomicFile.write(NewWordsTable.make(found).render(), to: csvPath)
            }
        }
        let tokenizer = try Tokenizer(lexicon: lexicon, icuOnly: icuOnly, standard: standard)
        if let rounds = parsed.value("--bench") {
            guard let count = Int(rounds), count > 0 else {
                throw UsageError(command: command, message: "--bench takes a positive number of rounds, got '\(rounds)'")
            }
            console.out(try ThroughputBenchmark(lines: lines(Array(text.utf16)).map { Array($0) }).run(try Tokenizer(lexicon: lexicon, standard: standard), rounds: count).summary + "\n")
            return 0
        }
        var output = ""
        var statistics = TokenStatistics()
        let wantsStatistics = parsed.flags.contains("--stats")
        for line in lines(Array(text.utf16)) {
            let utf16 = Array(line)
            let started = DispatchTime.now().uptimeNanoseconds
            let tokens = try tokenizer.tokenize(utf16)
            if wantsStatistics {
                statistics.nanoseconds += DispatchTime.now().uptimeNanoseconds - started
                statistics.add(tokens, in: utf16)
            }
            output += SegmentationFormat.line(tokens, in: utf16)
            output += "\n"
            if output.utf8.count > 1 << 16 {
                console.out(output)
                output = ""
            }
        }
        console.out(output)
        if wantsStatistics { console.err(statistics.summary + "\n") }
        return 0
    }

    /// What `--stats` prints on standard error: time spent tokenizing (not reading or
    /// printing) and the share of one-character tokens among CJK word tokens.
    struct TokenStatistics {
        var nanoseconds: UInt64 = 0
        var bytes = 0
        var cjkWords = 0
        var singleCharacter = 0

        mutating func add(_ tokens: [Token], in text: [UInt16]) {
            bytes += String(decoding: text, as: UTF16.self).utf8.count
            for token in tokens where token.kind == .word && CodeUnitClass.isIdeograph(text[token.start]) {
                cjkWords += 1
                if token.length == 1 { singleCharacter += 1 }
            }
        }

        var summary: String {
            let seconds = Double(nanoseconds) / 1e9
            let share = cjkWords == 0 ? 0 : Double(singleCharacter) / Double(cjkWords)
            return "tokenize_seconds=\(Rate.fixed(seconds, places: 4)) bytes=\(bytes) "
                + "mb_per_s=\(Rate.fixed(seconds > 0 ? Double(bytes) / 1e6 / seconds : 0, places: 2)) "
                + "cjk_word_tokens=\(cjkWords) single_char_share=\(Rate.fixed(share, places: 4))"
        }
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
}
