import Foundation

/// Writes the corpus-wide outputs from the per-issue results, each file atomically: CSV
/// for dashboards, report.md and report.html for people, a page per issue.
///
/// The reduce streams: issues are read (from their cache entries) a few at a time, twice.
/// Pass 1 sums the corpus (`CorpusTotals`) and writes the per-issue CSV rows; pass 2,
/// once corpus totals are known, computes each issue's key terms, renders its page and
/// report section and writes its keyness rows. Memory holds the corpus statistics and a
/// batch of issues, never the corpus; every file goes to a temporary and all are renamed
/// into place at the end (`StagedOutputs`), so a failed or killed run leaves the previous
/// outputs whole.
public struct OutputWriter: Sendable {
    public var folder: String
    public var settings = CorpusStatistics.Settings()
    /// Start CSV files with a UTF-8 byte-order mark (Excel needs it to read UTF-8).
    public var excel = false
    /// Issues read and rendered at once.
    public var jobs = RunOptions.defaultJobs

    public init(folder: String) {
        self.folder = folder
    }

    /// What a write did: the paths written (in a fixed order) and the entries that could
    /// not be read back (those issues are left out of the outputs).
    public struct Written: Sendable {
        public var paths: [String]
        public var problems: [Diagnostic]
    }

    /// CSV files with one block of rows per issue, in issue order (pass 1).
    private static let issueTables: [(name: String, header: [String], rows: @Sendable (IssueAnalysis) -> [[String]])] = [
        ("terms.csv", TermsTable.header, TermsTable.rows),
        ("issues.csv", IssuesTable.header, IssuesTable.rows),
        ("articles.csv", ArticlesTable.header, ArticlesTable.rows),
        ("slogans.csv", SlogansTable.header, SlogansTable.rows),
        ("entities.csv", EntitiesTable.header, EntitiesTable.rows),
        ("figures.csv", FiguresTable.header, FiguresTable.rows),
        ("appointments.csv", AppointmentsTable.header, AppointmentsTable.rows),
    ]

    /// Writes every output from `issues` (in issue order); returns the paths written.
    public func write(issues: [IssueAnalysis], diagnostics: [Diagnostic]) throws -> [String] {
        try write(sources: issues.map { .memory($0) }, diagnostics: diagnostics).paths
    }

    /// Writes every output from `sources` (in issue order).
    public func write(sources: [IssueSource], diagnostics: [Diagnostic]) throws -> Written {
        let staging = StagedOutputs()
        defer { staging.discard() }
        let path = { (name: String) in (self.folder as NSString).appendingPathComponent(name) }
        let bom = excel ? "\u{FEFF}" : ""

        // Pass 1: corpus totals, and the CSV files made of per-issue rows.
        let tables = try Self.issueTables.map { table -> StreamedFile in
            let file = try staging.stream(to: path(table.name))
            file.write(bom + CSVTable(header: table.header).render())
            return file
        }
        var totals = CorpusTotals(appointmentsKept: settings.appointmentsListed)
        var problems: [Diagnostic] = []
        var readable: [IssueSource] = []
        try forEachBatch(sources, { issue in Self.issueTables.map { CSVTable.render(rows: $0.rows(issue)) } }) { source, read in
            guard let (issue, fragments) = read else {
                let key = source.key
                problems.append(Diagnostic(.error, file: key.file,
                                           "cache entry of \(key.issue) cannot be read back; analyze the issue again"))
                return
            }
            totals.add(issue)
            for (file, fragment) in zip(tables, fragments) { file.write(fragment) }
            readable.append(source)
        }

        // Pass 2: key terms, followed items and collocation pairs; issue pages and sections.
        var statistics = CorpusStatistics(totals: totals, settings: settings)
        totals = CorpusTotals()
        let keyness = try staging.stream(to: path("keyness.csv"))
        keyness.write(bom + CSVTable(header: KeynessTable.header).render())
        let sections = try staging.scratchFile(near: path("report.md"))
        let builder = ReportBuilder()
        var pages: [String] = []
        try forEachBatch(readable, with: statistics, { issue, statistics in
            let reduction = statistics.secondPass(issue)
            let page = HTMLRenderer.render(builder.issue(issue, keyTerms: reduction.keyTerms), home: "../../report.html")
            let section = MarkdownRenderer.render(blocks: builder.issue(issue, keyTerms: reduction.keyTerms, headingLevel: 3).blocks)
            let rows = CSVTable.render(rows: KeynessTable.rows(issue: issue.issue, reduction.keyTerms))
            return (reduction, Array(page.utf8), section, rows)
        }) { source, result in
            guard let (reduction, page, section, rows) = result else {
                throw TifaError.outputNotWritable(path: path("report.md"),
                                                  reason: "the cache entry of \(source.key.issue) changed during the run")
            }
            statistics.add(reduction)
            let name = ReportBuilder.issuePage(source.key.issue)
            try staging.add(page, to: path(name))
            pages.append(path(name))
            sections.write(section)
            keyness.write(rows)
        }
        statistics.finish()

        // The corpus-wide files, rendered at once.
        let failures = (diagnostics + problems).filter { $0.severity == .error }
        let frozen = statistics
        let corpusFiles: [(name: String, render: @Sendable () -> String)] = [
            ("corpus_terms.csv", { bom + CorpusTermsTable.make(frozen).render() }),
            ("new_words.csv", { bom + NewWordsTable.make(frozen.newWords).render() }),
            ("collocations.csv", { bom + CollocationsTable.make(frozen).render() }),
            ("trends.csv", { bom + TrendsTable.make(frozen).render() }),
            ("report.md", { MarkdownRenderer.render(builder.corpus(frozen, failures: failures, html: false)) }),
            ("report.html", { HTMLRenderer.render(builder.corpus(frozen, failures: failures, html: true)) }),
        ]
        let rendered = ParallelMap.map(count: corpusFiles.count, jobs: jobs, makeWorker: { () }) { _, index in
            Array(corpusFiles[index].render().utf8)
        }
        for (file, bytes) in zip(corpusFiles, rendered) where file.name != "report.md" {
            try staging.add(bytes, to: path(file.name))
        }
        let report = try staging.stream(to: path("report.md"))
        report.write(rendered[corpusFiles.firstIndex { $0.name == "report.md" }!])
        try sections.copy(to: report)

        try staging.commit()
        pruneIssuePages(keeping: Set(readable.map { SafeFileName.encode($0.key.issue) }))
        let names = ["terms.csv", "corpus_terms.csv", "issues.csv", "articles.csv", "slogans.csv", "entities.csv",
                     "figures.csv", "appointments.csv", "new_words.csv", "keyness.csv", "collocations.csv", "trends.csv",
                     "report.md", "report.html"]
        return Written(paths: names.map(path) + pages, problems: problems)
    }

    /// Reads `sources` a batch at a time, works on each issue on `jobs` threads, and hands
    /// the results to `fold` one by one in order (nil: the entry could not be read).
    private func forEachBatch<Output: Sendable>(
        _ sources: [IssueSource], _ work: @escaping @Sendable (IssueAnalysis) -> Output,
        fold: (IssueSource, (IssueAnalysis, Output)?) throws -> Void
    ) throws {
        let batch = max(1, jobs) * 4
        var start = 0
        while start < sources.count {
            let range = start..<min(start + batch, sources.count)
            let results = ParallelMap.map(count: range.count, jobs: jobs, makeWorker: { () }) { _, index -> (IssueAnalysis, Output)? in
                guard let issue = sources[range.lowerBound + index].load() else { return nil }
                return (issue, work(issue))
            }
            for (index, result) in zip(range, results) { try fold(sources[index], result) }
            start = range.upperBound
        }
    }

    /// The same with the statistics of pass 1 handed to `work`. (`fold` adds to another
    /// copy; what this one shares with it is never changed, so adding copies nothing big.)
    private func forEachBatch<Output: Sendable>(
        _ sources: [IssueSource], with statistics: CorpusStatistics,
        _ work: @escaping @Sendable (IssueAnalysis, CorpusStatistics) -> Output,
        fold: (IssueSource, Output?) throws -> Void
    ) throws {
        let batch = max(1, jobs) * 4
        var start = 0
        while start < sources.count {
            let range = start..<min(start + batch, sources.count)
            let results = ParallelMap.map(count: range.count, jobs: jobs, makeWorker: { () }) { _, index -> Output? in
                sources[range.lowerBound + index].load().map { work($0, statistics) }
            }
            for (index, result) in zip(range, results) { try fold(sources[index], result) }
            start = range.upperBound
        }
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
