import Foundation

extension CorpusRun {
    /// One work item of a run: a whole issue, or one part of an issue larger than
    /// `RunOptions.partBytes`.
    enum WorkItem: Sendable {
        case whole(Int)
        case part(Int, Int)
    }

    /// Analyzes (or takes from the cache) every issue, in `files` order. Issues larger than
    /// `options.partBytes` are hashed block by block, then read and analyzed as parts
    /// (`IssuePartition`) that `PartAssembler` folds in order; all work items go through one
    /// `ParallelMap`, so a single huge issue keeps every worker busy and no issue is ever
    /// held in memory whole.
    func analyzeIssues(_ files: [SourceFile], configuration: AnalyzerConfiguration, lexicon: Lexicon,
                       cache: AnalysisCache, fingerprint: String, tracker: ProgressTracker) -> [Outcome] {
        let force = options.force
        let partBytes = options.partBytes
        var outcomes = [Outcome?](repeating: nil, count: files.count)

        // Large issues: layout, then block hashes and line counts in parallel, then the cache.
        var partitions: [Int: IssuePartition] = [:]
        for (index, file) in files.enumerated() {
            guard let size = Self.regularFileSize(file.path), size > partBytes else { continue }
            do {
                partitions[index] = try IssuePartition(path: file.path, size: size, partBytes: partBytes)
            } catch {
                outcomes[index] = .failed(Diagnostic(.error, file: file.path, "cannot read: \(Self.reason(error))"))
            }
        }
        let blocks = partitions.keys.sorted().flatMap { file in (0..<partitions[file]!.count).map { (file, $0) } }
        let frozen = partitions
        let scanned = ParallelMap.map(count: blocks.count, jobs: options.jobs, makeWorker: { () }) { _, index -> Result<(hash: String, lines: Int), TifaError> in
            let (file, block) = blocks[index]
            do { return .success(try frozen[file]!.scanBlock(block)) } catch let error as TifaError {
                return .failure(error)
            } catch {
                return .failure(TifaError.inputUnreadable(path: files[file].path, reason: "\(error)"))
            }
        }
        var hashes: [Int: String] = [:]
        var lineOffsets: [Int: [Int]] = [:]
        var parts: [Int: Int] = [:]
        var cursor = 0
        for file in partitions.keys.sorted() {
            let partition = partitions[file]!
            let results = scanned[cursor..<cursor + partition.count]
            cursor += partition.count
            var blockHashes: [String] = []
            var offsets = [0]
            var failure: Error?
            for result in results {
                switch result {
                case .success(let block):
                    blockHashes.append(block.hash)
                    offsets.append(offsets.last! + block.lines)
                case .failure(let error):
                    failure = failure ?? error
                }
            }
            if let failure {
                outcomes[file] = .failed(Diagnostic(.error, file: files[file].path, "cannot read: \(Self.reason(failure))"))
                continue
            }
            let hash = IssuePartition.contentHash(blocks: blockHashes, partBytes: partBytes)
            if !force, let head = cache.head(issue: files[file].issue, contentHash: hash, analyzer: fingerprint),
               head.key.file == files[file].name {
                outcomes[file] = .cached(.cached(path: cache.path(for: files[file].issue), key: head.key, stamp: head.stamp),
                                         warnings: head.warnings, bytes: partition.size)
                tracker.finished(files[file], bytes: partition.size)
                continue
            }
            hashes[file] = hash
            lineOffsets[file] = offsets
            parts[file] = partition.count
        }

        var items: [WorkItem] = []
        for index in files.indices where outcomes[index] == nil {
            if let count = parts[index] {
                items += (0..<count).map { WorkItem.part(index, $0) }
            } else if partitions[index] == nil {
                items.append(.whole(index))
            }
        }
        let assembler = PartAssembler(parts: parts)
        let frozenHashes = hashes, frozenOffsets = lineOffsets, frozenItems = items
        // Fewer items than jobs (one new issue): a spare core runs each issue's entity stage.
        let concurrentStages = items.count < options.jobs
        let results = ParallelMap.map(
            count: items.count, jobs: options.jobs,
            makeWorker: { () -> IssueAnalyzer? in
                try? IssueAnalyzer(configuration: configuration, lexicon: lexicon, concurrentStages: concurrentStages)
            },
            { (analyzer: inout IssueAnalyzer?, index: Int) -> (Int, Outcome)? in
                switch frozenItems[index] {
                case .whole(let fileIndex):
                    let file = files[fileIndex]
                    let outcome = Self.process(file, analyzer: analyzer, cache: cache, fingerprint: fingerprint, force: force)
                    var bytes = 0
                    if case .analyzed(_, _, let n, _) = outcome { bytes = n }
                    if case .cached(_, _, let n) = outcome { bytes = n }
                    tracker.finished(file, bytes: bytes)
                    return (fileIndex, outcome)
                case .part(let fileIndex, let part):
                    let file = files[fileIndex]
                    let partition = frozen[fileIndex]!
                    func fail(_ message: String) -> (Int, Outcome)? {
                        assembler.fail(file: fileIndex)
                            ? (fileIndex, .failed(Diagnostic(.error, file: file.path, "part \(part + 1) of \(partition.count): \(message)")))
                            : nil
                    }
                    guard let analyzer else { return fail("ICU word breaker could not be opened") }
                    let read: (bytes: [UInt8], leadingLines: Int)
                    do { read = try partition.readPart(part) } catch { return fail("cannot read: \(Self.reason(error))") }
                    // A tail of blank lines is an empty part, not an empty (failed) issue.
                    let blank = part > 0 && read.bytes.dropFirst(partition.prefix.count).allSatisfy {
                        $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x00
                    }
                    let result = blank ? .success(IssueAnalysis(issue: file.issue, file: file.name, chars: 0, tokens: 0, terms: []))
                                       : analyzer.analyze(file, bytes: read.bytes)
                    switch result {
                    case .failure(let diagnostic):
                        return fail(diagnostic.message)
                    case .success(let analysis):
                        tracker.advanced(file, bytes: read.bytes.count)
                        let offset = frozenOffsets[fileIndex]![part] + read.leadingLines
                        guard let whole = assembler.add(file: fileIndex, part: part, analysis, lineOffset: offset) else { return nil }
                        let hadEntry = cache.hasEntry(issue: file.issue)
                        let (source, warnings) = cache.keep(whole, contentHash: frozenHashes[fileIndex]!, analyzer: fingerprint, file: file)
                        tracker.finished(file, bytes: 0)
                        return (fileIndex, .analyzed(source, warnings: warnings, bytes: partition.size, hadEntry: hadEntry))
                    }
                }
            })
        for case let (index, outcome)? in results { outcomes[index] = outcome }
        return outcomes.enumerated().map { index, outcome in
            outcome ?? .failed(Diagnostic(.error, file: files[index].path, "not analyzed (internal error)"))
        }
    }

    /// The size of a regular file (following links); nil for anything else, which the
    /// whole-file reader then reports.
    static func regularFileSize(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }

    static func reason(_ error: Error) -> String {
        if case TifaError.inputUnreadable(_, let reason) = error { return reason }
        return error.localizedDescription
    }
}
