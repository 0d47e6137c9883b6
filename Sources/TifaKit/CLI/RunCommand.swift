import Foundation

/// `tifa run`: the nightly job.
enum RunCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.run)
            return 0
        }
        let command = "tifa run"
        let parsed = try ParsedArguments(arguments, options: ["--corpus", "--out", "--jobs", "--lexicon", "--slogans"],
                                         flags: ["--quiet", "--keep-stopwords", "--no-discover", "--force"], command: command)
        if let extra = parsed.positionals.first {
            throw UsageError(command: command, message: "unexpected argument '\(extra)'")
        }
        var options = RunOptions(corpus: parsed.value("--corpus") ?? "Corpus",
                                 output: parsed.value("--out") ?? "Output",
                                 jobs: try parsed.positiveInt("--jobs", command: command) ?? RunOptions.defaultJobs)
        options.lexicons = parsed.options["--lexicon"] ?? []
        options.keepStopwords = parsed.flags.contains("--keep-stopwords")
        options.discoverWords = !parsed.flags.contains("--no-discover")
        options.sloganLists = parsed.options["--slogans"] ?? []
        options.force = parsed.flags.contains("--force")
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
            var line = "tifa: \(summary.issues.count) issue\(summary.issues.count == 1 ? "" : "s") in the outputs"
            line += " (\(summary.new) new, \(summary.changed) changed, \(summary.unchanged) unchanged"
            if summary.removed > 0 { line += ", \(summary.removed) removed" }
            line += ") in \(Rate.fixed(seconds, places: 1)) s"
            if summary.failedCount > 0 { line += "; \(summary.failedCount) failed" }
            line += "; wrote \(summary.written.count) files to \(options.output)\n"
            console.err(line)
        }
        return summary.succeeded ? 0 : 1
    }
}
