import Foundation

/// `tifa run` (the nightly job) and `tifa analyze --shard I/N` (one machine's part of it):
/// the same options, the same pipeline; a shard only fills the cache.
enum RunCommand {
    static func execute(_ arguments: [String], console: Console, sharded: Bool = false) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(sharded ? HelpText.analyze : HelpText.run)
            return 0
        }
        let command = sharded ? "tifa analyze" : "tifa run"
        let parsed = try ParsedArguments(
            arguments, options: Set(["--corpus", "--out", "--jobs", "--lexicon", "--slogans", "--part-mb"] + (sharded ? ["--shard"] : [])),
            flags: ["--quiet", "--keep-stopwords", "--no-discover", "--force", "--excel", "--simplify"], command: command)
        if let extra = parsed.positionals.first {
            throw UsageError(command: command, message: "unexpected argument '\(extra)'")
        }
        var options = RunOptions(corpus: parsed.value("--corpus") ?? "Corpus",
                                 output: parsed.value("--out") ?? "Output",
                                 jobs: try parsed.positiveInt("--jobs", command: command) ?? RunOptions.defaultJobs)
        options.lexicons = parsed.options["--lexicon"] ?? []
        options.keepStopwords = parsed.flags.contains("--keep-stopwords")
        options.discoverWords = !parsed.flags.contains("--no-discover")
        options.simplify = parsed.flags.contains("--simplify")
        options.sloganLists = parsed.options["--slogans"] ?? []
        options.force = parsed.flags.contains("--force")
        if let megabytes = try parsed.positiveInt("--part-mb", command: command) { options.partBytes = megabytes << 20 }
        options.excel = parsed.flags.contains("--excel")
        if sharded {
            guard let text = parsed.value("--shard") else {
                throw UsageError(command: command, message: "needs --shard I/N (for example --shard 1/4)")
            }
            guard let shard = Shard(text) else {
                throw UsageError(command: command, message: "--shard takes I/N with 1 <= I <= N, not '\(text)'")
            }
            options.shard = shard
        }
        let quiet = parsed.flags.contains("--quiet")
        let showProgress = !quiet && console.errIsTerminal
        var progress: CorpusRun.ProgressHandler?
        if showProgress {
            progress = { state in
                FileHandle.standardError.write(Data(("\r" + ProgressLine.render(state) + "\u{1B}[K").utf8))
            }
        }
        let started = Date()
        let summary = try CorpusRun(options: options).run(progress: progress)
        if showProgress { console.err("\r\u{1B}[K") }
        for diagnostic in summary.diagnostics { console.err("\(diagnostic)\n") }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            let issues = "\(summary.issueCount) issue\(summary.issueCount == 1 ? "" : "s")"
            var line = options.shard.map { "tifa: shard \($0): \(issues) in the cache" } ?? "tifa: \(issues) in the outputs"
            line += " (\(summary.new) new, \(summary.changed) changed, \(summary.unchanged) unchanged"
            if summary.removed > 0 { line += ", \(summary.removed) removed" }
            line += ") in \(Rate.fixed(seconds, places: 1)) s"
            if summary.failedCount > 0 { line += "; \(summary.failedCount) failed" }
            if options.shard == nil { line += "; wrote \(summary.written.count) files to \(options.output)" }
            console.err(line + "\n")
        }
        return summary.succeeded ? 0 : 1
    }
}
