/// `tifa report`: rebuild every corpus output from a cache folder (the reduce step after
/// sharded `tifa analyze` runs).
enum ReportCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.report)
            return 0
        }
        let command = "tifa report"
        let parsed = try ParsedArguments(arguments, options: ["--out", "--cache"], flags: ["--excel", "--quiet"], command: command)
        if let extra = parsed.positionals.first {
            throw UsageError(command: command, message: "unexpected argument '\(extra)'")
        }
        var report = CacheReport(output: parsed.value("--out") ?? "Output", cache: parsed.value("--cache"))
        report.excel = parsed.flags.contains("--excel")
        let summary = try report.run()
        for diagnostic in summary.diagnostics { console.err("\(diagnostic)\n") }
        if !parsed.flags.contains("--quiet") {
            console.err("tifa: \(summary.issueCount) issues from \(report.cache); wrote \(summary.written.count) files to \(report.output)\n")
        }
        return summary.succeeded ? 0 : 1
    }
}
