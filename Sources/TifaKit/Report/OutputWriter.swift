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
        /// Issues whose pass-1 share came from the last reduce's saved state.
        public var reused = 0
    }

    /// CSV files with one block of rows per issue, in issue order (pass 1).
    fileprivate static let issueTables: [(name: String, header: [String], rows: @Sendable (IssueAnalysis) -> [[String]])] = [
        ("terms.csv", TermsTable.header, TermsTable.rows),
        ("issues.csv", IssuesTable.header, IssuesTable.rows),
        ("articles.csv", ArticlesTable.header, ArticlesTable.rows),
        ("slogans.csv", SlogansTable.header, SlogansTable.rows),
        ("entities.csv", EntitiesTable.header, EntitiesTable.rows),
        ("figures.csv", FiguresTable.header, FiguresTable.rows),
        ("appointments.csv", AppointmentsTable.header, AppointmentsTable.rows),
    ]

    /// An issue's block of rows in each of `issueTables`, as UTF-8 (terms.csv, the
    /// largest, written straight to bytes).
    @Sendable static func issueRows(_ issue: IssueAnalysis) -> [[UInt8]] {
        issueTables.map { table in
            guard table.name != "terms.csv" else {
                var out: [UInt8] = []
                TermsTable.appendRows(issue, to: &out)
                return out
            }
            return CSVTable.renderUTF8(rows: table.rows(issue))
        }
    }

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

        // Pass 1: corpus totals, and the CSV files made of per-issue rows. When the last
        // reduce covered all but new issues, its totals and old rows are the start.
        let tables = try Self.issueTables.map { try staging.stream(to: path($0.name)) }
        let statePath = path(ReduceState.fileName)
        var totals = CorpusTotals(appointmentsKept: settings.appointmentsListed)
        var readable: [IssueSource] = []
        var blocks: [[Int]] = []
        var problems: [Diagnostic] = []
        // Second-pass records made this run, staged with the outputs (a failed run leaves
        // the old ones): issue -> temporary, read back in pass 2.
        var records: [String: String] = [:]
        func stageRecord(_ bytes: [UInt8]?, _ issue: String) throws {
            guard let bytes, records[issue] == nil else { return }
            records[issue] = try staging.add(bytes, to: IssueReduceRecord.path(in: folder, issue: issue))
        }
        func failed(_ source: IssueSource) {
            let key = source.key
            problems.append(Diagnostic(.error, file: key.file, "cache entry of \(key.issue) cannot be read back; analyze the issue again"))
        }
        func append(_ source: IssueSource, _ fragments: [[UInt8]]) {
            for (file, fragment) in zip(tables, fragments) { file.write(fragment) }
            blocks.append(fragments.map(\.count))
            readable.append(source)
        }
        var reused = 0
        if let state = reusableState(statePath, sources: sources) {
            totals = state.totals
            reused = state.issues.count
            let order = Dictionary(sources.enumerated().map { ($1.key.issue, $0) }, uniquingKeysWith: { a, _ in a })
            let old = try Self.issueTables.map { try OldRows(path: path($0.name)) }
            for rows in old { rows.copy(bom.utf8.count + CSVTable(header: rows.header).render().utf8.count) }
            var next = 0
            for source in sources {
                if next < state.issues.count, state.issues[next] == [source.key.issue, source.stamp ?? ""] {
                    for (index, rows) in old.enumerated() { rows.copy(state.blocks[next][index]) }
                    blocks.append(state.blocks[next])
                    readable.append(source)
                    next += 1
                } else if let issue = source.load() {
                    try stageRecord(Self.recordBytes(issue, of: source, settings: settings), issue.issue)
                    totals.insert(issue, order: order)
                    for (file, rows) in zip(tables, old) { try rows.flush(to: file) }
                    append(source, Self.issueRows(issue))
                } else {
                    failed(source)
                }
            }
            for (file, rows) in zip(tables, old) { try rows.flush(to: file) }
        } else {
            for (file, table) in zip(tables, Self.issueTables) { file.write(bom + CSVTable(header: table.header).render()) }
            let settings = self.settings
            try forEachBatch(sources, { source, issue in
                (Self.issueRows(issue), Self.recordBytes(issue, of: source, settings: settings))
            }) { source, read in
                guard let (issue, (fragments, record)) = read else { return failed(source) }
                try stageRecord(record, issue.issue)
                totals.add(issue)
                append(source, fragments)
            }
        }

        // The per-issue CSV files are whole: staged first, they are renamed first, so their
        // times are likelier settled when stat'ed at the end (`ReducedOutputStats`).
        try staging.closeStreams()

        // Pass 2: key terms, followed items and collocation pairs; issue pages and sections.
        var statistics = CorpusStatistics(totals: totals, settings: settings)
        let keyness = try staging.stream(to: path("keyness.csv"))
        keyness.write(bom + CSVTable(header: KeynessTable.header).render())
        let sections = try staging.scratchFile(near: path("report.md"))
        let builder = ReportBuilder()
        var pages: [String] = []
        let lookup = SecondPassLookup(statistics)
        statistics.namePairs(nodes: lookup.nodeNames, collocates: lookup.termNames)
        // Each worker stages its issue's page itself: creating hundreds of files is mostly
        // the file system's work, and one thread doing it all was half of an incremental run.
        let outputFolder = folder
        try forEachBatch(readable, with: statistics, records: records, { record, statistics in
            let reduction = record.reduce(with: statistics, lookup: lookup)
            let (page, section) = record.page(keyTerms: reduction.keyTerms)
            let rows = CSVTable.render(rows: KeynessTable.rows(issue: record.issue, reduction.keyTerms))
            let pagePath = (outputFolder as NSString).appendingPathComponent(ReportBuilder.issuePage(record.issue))
            let staged = Result { try AtomicFile.stage(page, for: pagePath, flush: false) }
            return (reduction, StagedPage(path: pagePath, temporary: staged), section, rows)
        }, abandon: { result in
            if case .success(let temporary) = result.1.temporary { unlink(temporary) }
        }) { source, result, record in
            if let page = result?.1 { staging.adopt(try page.temporary.get(), to: page.path) }
            try stageRecord(record, source.key.issue)
            guard let (reduction, page, section, rows) = result else {
                throw TifaError.outputNotWritable(path: path("report.md"),
                                                  reason: "the cache entry of \(source.key.issue) changed during the run")
            }
            statistics.add(reduction)
            pages.append(page.path)
            sections.write(section)
            keyness.write(rows)
        }
        statistics.finish()

        // The corpus-wide files, rendered at once, and the state for the next reduce (kept
        // only when every issue came from a cache entry) encoded beside them.
        let failures = (diagnostics + problems).filter { $0.severity == .error }
        let frozen = statistics
        let stateStamps = readable.compactMap { source in source.stamp.map { [source.key.issue, $0] } }
        let keepsState = stateStamps.count == readable.count
        let state = ReduceState(issues: stateStamps, blocks: blocks, excel: excel, totals: totals)
        let settings = self.settings
        let stateName = ReduceState.fileName
        var corpusFiles: [(name: String, render: @Sendable () -> [UInt8])] = [
            ("corpus_terms.csv", { Array((bom + CorpusTermsTable.make(frozen).render()).utf8) }),
            ("new_words.csv", { Array((bom + NewWordsTable.make(frozen.newWords).render()).utf8) }),
            ("collocations.csv", { Array((bom + CollocationsTable.make(frozen).render()).utf8) }),
            ("trends.csv", { Array((bom + TrendsTable.make(frozen).render()).utf8) }),
            ("report.md", { Array(MarkdownRenderer.render(builder.corpus(frozen, failures: failures, html: false)).utf8) }),
            ("report.html", { Array(HTMLRenderer.render(builder.corpus(frozen, failures: failures, html: true)).utf8) }),
        ]
        if keepsState { corpusFiles.append((stateName, { state.encode(settings: settings) })) }
        let jobs = self.jobs
        let toRender = corpusFiles
        let rendered = ParallelMap.map(count: toRender.count, jobs: jobs, makeWorker: { () }) { _, index in
            toRender[index].render()
        }
        for (file, bytes) in zip(corpusFiles, rendered) where file.name != "report.md" && file.name != stateName {
            try staging.add(bytes, to: path(file.name))
        }
        let report = try staging.stream(to: path("report.md"))
        report.write(rendered[corpusFiles.firstIndex { $0.name == "report.md" }!])
        try sections.copy(to: report)

        // The state goes last (after the files it describes).
        try staging.closeStreams()
        if keepsState {
            try staging.add(rendered[corpusFiles.firstIndex { $0.name == stateName }!], to: statePath)
        } else {
            unlink(statePath)
        }
        unlink(path(ReducedOutputStats.fileName))
        try staging.commit()
        let kept = Set(readable.map { SafeFileName.encode($0.key.issue) })
        pruneIssuePages(keeping: kept)
        prune(IssueReduceRecord.folderName, keeping: kept)
        // Stat'ed last, as late after the renames as can be (less waiting for their times
        // to settle).
        if keepsState { ReducedOutputStats.taken(in: folder, names: Self.issueTables.map(\.name)).save(in: folder) }
        let names = ["terms.csv", "corpus_terms.csv", "issues.csv", "articles.csv", "slogans.csv", "entities.csv",
                     "figures.csv", "appointments.csv", "new_words.csv", "keyness.csv", "collocations.csv", "trends.csv",
                     "report.md", "report.html"]
        return Written(paths: names.map(path) + pages, problems: problems, reused: reused)
    }

    /// The saved state if every issue it covers is among `sources` (same entry, same
    /// order; new issues may come anywhere between them) and the files it describes are
    /// the ones on disk.
    private func reusableState(_ statePath: String, sources: [IssueSource]) -> ReduceState? {
        guard sources.allSatisfy({ $0.stamp != nil }),
              let data = FileManager.default.contents(atPath: statePath),
              let state = ReduceState.decode(Array(data), settings: settings),
              state.excel == excel, state.issues.count <= sources.count
        else { return nil }
        var next = 0
        for source in sources where next < state.issues.count {
            if state.issues[next] == [source.key.issue, source.stamp!] {
                next += 1
            } else if state.issues[next][0] == source.key.issue {
                return nil  // changed since
            }
        }
        guard next == state.issues.count else { return nil }
        let stats = ReducedOutputStats.load(from: folder)
        guard Self.issueTables.allSatisfy({ stats.unchanged($0.name, in: folder) }) else { return nil }
        return state
    }

    /// A per-issue CSV file of the last run, read front to back in blocks of rows. Blocks
    /// of consecutive issues are copied as one (`flush`): mostly the whole file at once.
    private final class OldRows {
        let header: [String]
        private let fd: Int32
        private let path: String
        private var pending = 0

        init(path: String) throws {
            self.path = path
            fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw TifaError.outputNotWritable(path: path, reason: "cannot read the previous file") }
            header = OutputWriter.issueTables.first { (path as NSString).lastPathComponent == $0.name }?.header ?? []
        }

        deinit { close(fd) }

        /// The next `count` bytes go to `file` at the next `flush`.
        func copy(_ count: Int) {
            pending += count
        }

        /// Copies what `copy` asked for, before anything else is written to `file`.
        func flush(to file: StreamedFile) throws {
            let count = pending
            pending = 0
            try file.append(from: fd, count: count, reportedAs: path)
        }
    }

    /// Reads `sources` a batch at a time, works on each issue on `jobs` threads, and hands
    /// the results to `fold` one by one in order (nil: the entry could not be read).
    private func forEachBatch<Output: Sendable>(
        _ sources: [IssueSource], _ work: @escaping @Sendable (IssueSource, IssueAnalysis) -> Output,
        fold: (IssueSource, (IssueAnalysis, Output)?) throws -> Void
    ) throws {
        let batch = max(1, jobs) * 4
        var start = 0
        while start < sources.count {
            let range = start..<min(start + batch, sources.count)
            let results = ParallelMap.map(count: range.count, jobs: jobs, makeWorker: { () }) { _, index -> (IssueAnalysis, Output)? in
                let source = sources[range.lowerBound + index]
                guard let issue = source.load() else { return nil }
                return (issue, work(source, issue))
            }
            for (index, result) in zip(range, results) { try fold(sources[index], result) }
            start = range.upperBound
        }
    }

    /// The same with the statistics of pass 1 handed to `work`. (`fold` adds to another
    /// copy; what this one shares with it is never changed, so adding copies nothing big.)
    private func forEachBatch<Output: Sendable>(
        _ sources: [IssueSource], with statistics: CorpusStatistics, records: [String: String],
        _ work: @escaping @Sendable (IssueReduceRecord, CorpusStatistics) -> Output,
        abandon: (Output) -> Void,
        fold: (IssueSource, Output?, [UInt8]?) throws -> Void
    ) throws {
        let batch = max(1, jobs) * 16  // records are small: larger batches, fewer waits
        let folder = self.folder
        var start = 0
        while start < sources.count {
            let range = start..<min(start + batch, sources.count)
            let results = ParallelMap.map(count: range.count, jobs: jobs, makeWorker: { () }) { _, index -> (Output?, [UInt8]?) in
                let source = sources[range.lowerBound + index]
                let (record, made) = Self.record(of: source, in: folder, staged: records[source.key.issue], statistics)
                return (record.map { work($0, statistics) }, made)
            }
            var folded = 0
            do {
                for (index, result) in zip(range, results) {
                    folded += 1
                    try fold(sources[index], result.0, result.1)
                }
            } catch {
                // What the workers made for the issues after the failing one is not kept.
                for result in results[folded...] { if let output = result.0 { abandon(output) } }
                throw error
            }
            start = range.upperBound
        }
    }

    /// The second-pass record of a cached issue, to be kept for the next runs (nil for an
    /// issue in memory).
    @Sendable static func recordBytes(_ issue: IssueAnalysis, of source: IssueSource, settings: CorpusStatistics.Settings) -> [UInt8]? {
        guard case .cached(_, _, let stamp) = source else { return nil }
        return IssueReduceRecord.encode(issue, stamp: stamp, settings: settings)
    }

    /// The second-pass record of an issue: the one staged this run or kept from an earlier
    /// run when current, else made from the entry (then also returned as bytes to keep).
    static func record(of source: IssueSource, in folder: String, staged: String?,
                       _ statistics: CorpusStatistics) -> (IssueReduceRecord?, [UInt8]?) {
        let settings = statistics.settings
        switch source {
        case .cached(_, let key, let stamp):
            let recordPath = staged ?? IssueReduceRecord.path(in: folder, issue: key.issue)
            if let data = FileManager.default.contents(atPath: recordPath),
               let record = IssueReduceRecord.decode(Array(data), stamp: stamp, settings: settings) {
                return (record, nil)
            }
            guard let issue = source.load(lean: true) else { return (nil, nil) }
            let bytes = IssueReduceRecord.encode(issue, stamp: stamp, settings: settings)
            return (IssueReduceRecord.decode(bytes, stamp: stamp, settings: settings), bytes)
        case .memory(let issue):
            return (IssueReduceRecord.make(issue, settings: settings), nil)
        }
    }

    /// Removes pages of issues that left the corpus.
    func pruneIssuePages(keeping names: Set<String>) {
        prune("issues", keeping: names)
    }

    /// Removes the entries of `subfolder` not named in `names`.
    func prune(_ subfolder: String, keeping names: Set<String>) {
        let pages = (folder as NSString).appendingPathComponent(subfolder)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: pages) else { return }
        for entry in entries where !names.contains(entry) {
            try? FileManager.default.removeItem(atPath: (pages as NSString).appendingPathComponent(entry))
        }
    }
}

/// An issue page a reduce worker wrote to its temporary, to be renamed into place with the
/// other outputs.
struct StagedPage: Sendable {
    var path: String
    var temporary: Result<String, Error>
}
