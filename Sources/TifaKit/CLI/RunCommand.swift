import Foundation

/// `tifa run`: the nightly job.
enum RunCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.run)
            return 0
        }
        let command = "tifa run"
        let parsed = try ParsedArguments(arguments, options: ["--corpus", "--out", "--jobs", "--lexicon"],
                                         flags: ["--quiet", "--keep-stopwords", "--no-discover"], command: command)
        if let extra = parsed.positionals.first {
            throw UsageError(command: command, message: "unexpected argument '\(extra)'")
        }
        var options = RunOptions(corpus: parsed.value("--corpus") ?? "Corpus",
                                 output: parsed.value("--out") ?? "Output",
                                 jobs: try parsed.positiveInt("--jobs", command: command) ?? RunOptions.defaultJobs)
        options.lexicons = parsed.options["--lexicon"] ?? []
        options.keepStopwords = parsed.flags.contains("--keep-stopwords")
        options.discoverWords = !parsed.flags.contains("--no-discover")
        let quiet = parsed.flags.contains("--quiet")
        let showProgress = !quiet && console.errIsTerminal
        var progress: CorpusRun.Progress?
        if showProgress {
            progress = { done, total, file in
                FileHandle.standardError.write(Data("\r[\(done)/\(total)] \(file.name)\u{1B}[K".utf8))
            }
        }
        let started = Date()
        let summary = try CorpusRun(options: options).run(progress: progress)
        if showProgress { console.err("\r\u{1B}[K") }
        for diagnostic in summary.diagnostics { console.err("\(diagnostic)\n") }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            let tokens = summary.issues.reduce(0) { $0 + $1.tokens }
            var line = "tifa: \(summary.issues.count) issue\(summary.issues.count == 1 ? "" : "s") analyzed"
            line += " (\(tokens) tokens) in \(Rate.fixed(seconds, places: 1)) s"
            if summary.failedCount > 0 { line += ", \(summary.failedCount) failed" }
            line += "; wrote \(summary.written.joined(separator: ", "))\n"
            console.err(line)
        }
        return summary.succeeded ? 0 : 1
    }
}
