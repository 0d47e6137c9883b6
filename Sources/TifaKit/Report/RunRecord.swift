import Foundation

/// `run.json`: what the last run did, for whoever watches the nightly job (a monitor
/// can alert on `failed > 0` or on a stale `finished`). It is the one output that differs
/// between two runs of the same input: it records when they ran.
public enum RunRecord {
    public static func render(_ summary: RunSummary, options: RunOptions, started: Date, finished: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let failures = summary.diagnostics.filter { $0.severity == .error }
        var out = "{\n"
        out += "  \"tifa\": \(MentionJSON.quote(TifaVersion.current)),\n"
        out += "  \"icu\": \(MentionJSON.quote(WordBreaker.icuVersion)),\n"
        out += "  \"started\": \(MentionJSON.quote(formatter.string(from: started))),\n"
        out += "  \"finished\": \(MentionJSON.quote(formatter.string(from: finished))),\n"
        out += "  \"corpus\": \(MentionJSON.quote(options.corpus)),\n"
        out += "  \"output\": \(MentionJSON.quote(options.output)),\n"
        out += "  \"jobs\": \(options.jobs),\n"
        out += "  \"force\": \(options.force),\n"
        out += "  \"issues\": {\"total\": \(summary.issueCount + failures.count), \"new\": \(summary.new), "
        out += "\"changed\": \(summary.changed), \"unchanged\": \(summary.unchanged), \"failed\": \(failures.count), "
        out += "\"removed\": \(summary.removed)},\n"
        out += "  \"bytes_read\": \(summary.bytes),\n"
        out += "  \"seconds\": {\"analyze\": \(Rate.fixed(summary.analyzeSeconds, places: 3)), "
        out += "\"write\": \(Rate.fixed(summary.writeSeconds, places: 3)), "
        out += "\"total\": \(Rate.fixed(finished.timeIntervalSince(started), places: 3))},\n"
        out += "  \"failures\": ["
        out += failures.map { "\n    {\"file\": \(MentionJSON.quote($0.file)), \"message\": \(MentionJSON.quote($0.message))}" }
            .joined(separator: ",")
        out += failures.isEmpty ? "],\n" : "\n  ],\n"
        let warnings = summary.diagnostics.filter { $0.severity == .warning }
        out += "  \"warnings\": \(warnings.count)\n"
        return out + "}\n"
    }
}
