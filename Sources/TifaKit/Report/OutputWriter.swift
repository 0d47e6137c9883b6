import Foundation

/// Writes the corpus-wide outputs from the per-issue results, each file atomically: CSV
/// for dashboards, report.md and report.html for people, a page per issue.
public struct OutputWriter: Sendable {
    public var folder: String
    public var settings = CorpusStatistics.Settings()
    /// Start CSV files with a UTF-8 byte-order mark (Excel needs it to read UTF-8).
    public var excel = false
    /// Files rendered at once.
    public var jobs = RunOptions.defaultJobs

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes every output from `issues` (in issue order); returns the paths written.
    public func write(issues: [IssueAnalysis], diagnostics: [Diagnostic]) throws -> [String] {
        let failures = diagnostics.filter { $0.severity == .error }
        let statistics = CorpusStatistics(issues: issues, settings: settings)
        let builder = ReportBuilder()
        let excel = self.excel
        // Each file is rendered on its own (through ParallelMap, the one place tifa runs
        // things at once), then all are written together; the order of `renderers` is the
        // order of the returned paths.
        var renderers: [(name: String, render: @Sendable () -> String)] = [
            ("terms.csv", { TermsTable.make(issues).render() }),
            ("corpus_terms.csv", { CorpusTermsTable.make(statistics).render() }),
            ("issues.csv", { IssuesTable.make(issues).render() }),
            ("articles.csv", { ArticlesTable.make(issues).render() }),
            ("slogans.csv", { SlogansTable.make(issues).render() }),
            ("entities.csv", { EntitiesTable.make(issues).render() }),
            ("figures.csv", { FiguresTable.make(issues).render() }),
            ("appointments.csv", { AppointmentsTable.make(issues).render() }),
            ("new_words.csv", { NewWordsTable.make(NewWordSummary.merge(issues)).render() }),
            ("keyness.csv", { KeynessTable.make(statistics).render() }),
            ("collocations.csv", { CollocationsTable.make(statistics).render() }),
            ("trends.csv", { TrendsTable.make(statistics).render() }),
            ("report.md", { MarkdownRenderer.render(builder.corpus(statistics, failures: failures, html: false)) }),
            ("report.html", { HTMLRenderer.render(builder.corpus(statistics, failures: failures, html: true)) }),
        ]
        for (issue, keyTerms) in zip(issues, statistics.keyness) {
            renderers.append((ReportBuilder.issuePage(issue.issue),
                              { HTMLRenderer.render(builder.issue(issue, keyTerms: keyTerms), home: "../../report.html") }))
        }
        let frozen = renderers
        let rendered = ParallelMap.map(count: frozen.count, jobs: jobs, makeWorker: { () }) { _, index -> [UInt8] in
            let (name, render) = frozen[index]
            let contents = render()
            return Array((excel && name.hasSuffix(".csv") ? "\u{FEFF}" + contents : contents).utf8)
        }
        // All or none: a write error on any file leaves every previous output in place.
        let staged = zip(frozen, rendered).map { renderer, bytes in
            (path: (folder as NSString).appendingPathComponent(renderer.name), bytes: bytes)
        }
        try AtomicFile.writeAll(staged)
        let written = staged.map(\.path)
        pruneIssuePages(keeping: Set(issues.map { SafeFileName.encode($0.issue) }))
        return written
    }

    /// Removes pages of issues that left the corpus.
    func pruneIssuePages(keeping names: Set<String>) {
        let pages = (folder as NSString).appendingPathComponent("issues")
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: pages) else { return }
        for entry in entries where !names.contains(entry) {
            try? FileManager.default.removeItem(atPath: (pages as NSString).appendingPathComponent(entry))
        }
    }
}
