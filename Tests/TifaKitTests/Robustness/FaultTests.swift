import Foundation
import XCTest
@testable import TifaKit

/// Crashes and write errors never cost the previous outputs, and the next run repairs
/// everything: kill -9 at random points, a full disk (injected), a file-size limit, a
/// read-only output, a second run at once.
final class FaultTests: XCTestCase {
    /// The deterministic outputs (all but run.json, the lock, the cache's file index and
    /// the stats of the per-issue CSVs, which record when and where files were seen),
    /// cache entries included.
    static func outputs(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let machineState: Set<String> = ["run.json", ".tifa.lock", "cache/.index", ReducedOutputStats.fileName]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder) where !machineState.contains(name) {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    /// A small corpus of `count` invented issues; `variant` changes some of them.
    static func makeCorpus(_ folder: String, count: Int, variant: Int) throws -> String {
        let corpus = folder + "/corpus-\(variant)"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let phrases = ["推进“两学一做”学习教育", "落实“三会一课”制度", "抓好基层党建工作", "建设“最多跑一次”改革",
                       "深化“五水共治”", "加强干部队伍建设"]
        for k in 0..<count {
            var text = "总第 \(k + 1) 期\n卷首语\n"
            for line in 0..<12 {
                text += phrases[(k + line + (k % 3 == 0 ? variant : 0)) % phrases.count] + "，各级党组织要认真学习。\n"
            }
            text += "姻王建国\n"
            try text.write(toFile: corpus + "/issue-\(String(format: "%03d", k + 1)).txt", atomically: true, encoding: .utf8)
        }
        if variant == 1 {
            try "新增的一期：坚持“四个意识”。\n".write(toFile: corpus + "/issue-new.txt", atomically: true, encoding: .utf8)
        }
        return corpus
    }

    func testKillNineAtRandomPointsNeverDamagesOutputAndTheNextRunRepairsIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpora = [try Self.makeCorpus(folder, count: 8, variant: 0), try Self.makeCorpus(folder, count: 8, variant: 1)]
        // Uninterrupted reference runs of each corpus, in their own folders.
        var references: [[String: Data]] = []
        var duration = Double.infinity
        for (index, corpus) in corpora.enumerated() {
            let started = Date()
            let result = try TifaProcess.run(["run", "--corpus", corpus, "--out", folder + "/ref-\(index)", "--quiet", "--jobs", "2"])
            duration = min(duration, Date().timeIntervalSince(started))
            XCTAssertEqual(result.status, 0, result.stderr)
            references.append(try Self.outputs(folder + "/ref-\(index)"))
        }
        XCTAssertNotEqual(references[0]["terms.csv"], references[1]["terms.csv"], "the two corpora must give different outputs")
        let names = Set(references[0].keys.filter { !$0.hasPrefix("cache/") })

        let output = folder + "/Output"
        XCTAssertEqual(try TifaProcess.run(["run", "--corpus", corpora[0], "--out", output, "--quiet"]).status, 0)
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        var log: [String] = []
        var round = 0
        // At least 20 runs killed mid-way (a run that finished first does not count).
        while killed < 20 && round < 40 {
            defer { round += 1 }
            let corpus = round % 2
            let flags = round % 3 == 0 ? ["--force"] : []
            let process = try TifaProcess.start(["run", "--corpus", corpora[corpus], "--out", output, "--quiet", "--jobs", "2"] + flags)
            let delay = Double.random(in: 0...(duration * 0.9), using: &generator)
            usleep(useconds_t(delay * 1_000_000))
            process.kill9()
            let finished = process.wait()
            if finished.signal == SIGKILL { killed += 1 }
            log.append("round \(round): corpus \(corpus), killed after \(Int(delay * 1000)) ms, signal \(finished.signal.map(String.init) ?? "none")")

            // Every output is complete: byte-identical to one of the two uninterrupted runs.
            for name in names {
                let data = try? Data(contentsOf: URL(fileURLWithPath: output + "/" + name))
                XCTAssertNotNil(data, "\(name) missing after \(log.last!)")
                XCTAssertTrue(data == references[0][name] || data == references[1][name],
                              "\(name) is neither the old nor the new version after \(log.last!)")
            }
            let record = try Data(contentsOf: URL(fileURLWithPath: output + "/run.json"))
            XCTAssertNotNil(try? JSONSerialization.jsonObject(with: record), "run.json unreadable after \(log.last!)")
        }
        XCTAssertGreaterThanOrEqual(killed, 20, "too few runs were killed mid-way:\n" + log.joined(separator: "\n"))

        // The next run gives exactly what an uninterrupted run gives, and no temporary is left.
        for corpus in [1, 0] {
            let result = try TifaProcess.run(["run", "--corpus", corpora[corpus], "--out", output, "--quiet"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try Self.outputs(output), references[corpus], "after the kills, corpus \(corpus)")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testAWriteErrorOnAnyOutputLeavesEveryPreviousOutputInPlace() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 3, variant: 0)
        let output = folder + "/Output"
        _ = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 1)).run()
        let before = try Self.outputs(output)
        let changed = try Self.makeCorpus(folder, count: 3, variant: 1)
        defer { AtomicFile.injectedFailure = nil }
        // report.md is written last: failing there must not leave the CSVs already replaced.
        for (name, code) in [("report.md", ENOSPC), ("terms.csv", EIO)] {
            AtomicFile.injectedFailure = (name, code)
            XCTAssertThrowsError(try CorpusRun(options: RunOptions(corpus: changed, output: output, jobs: 1)).run()) { error in
                XCTAssertEqual(error as? TifaError, .outputNotWritable(path: output + "/" + name, reason: String(cString: strerror(code))))
                XCTAssertTrue(error.localizedDescription.contains(name), error.localizedDescription)
            }
            let after = try Self.outputs(output)
            for (file, data) in before where !file.hasPrefix("cache/") {
                XCTAssertEqual(after[file], data, "\(file) changed although the run failed on \(name)")
            }
            XCTAssertEqual(after.keys.filter { $0.hasSuffix(".tmp") }, [])
        }
        // A cache entry that cannot be written is a warning; the run itself succeeds.
        AtomicFile.injectedFailure = ("issue-new.json", ENOSPC)
        var options = RunOptions(corpus: changed, output: output, jobs: 1)
        options.force = true
        let summary = try CorpusRun(options: options).run()
        XCTAssertTrue(summary.succeeded)
        XCTAssertTrue(summary.diagnostics.contains { $0.severity == .warning && $0.message.contains("result not cached") })
    }

    /// Issue pages are staged by the reduce workers: when one cannot be written, the pages
    /// the others already staged are removed too, and every previous output stays.
    func testAnIssuePageThatCannotBeWrittenLeavesNoTemporaryBehind() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 3, variant: 0)
        let output = folder + "/Output"
        _ = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 2)).run()
        let before = try Self.outputs(output)
        let changed = try Self.makeCorpus(folder, count: 3, variant: 1)
        defer { AtomicFile.injectedFailure = nil }
        // The first issue's page fails; the later ones were staged by then and must go.
        AtomicFile.injectedFailure = ("issue-001/report.html", ENOSPC)
        XCTAssertThrowsError(try CorpusRun(options: RunOptions(corpus: changed, output: output, jobs: 2)).run()) { error in
            XCTAssertEqual(error as? TifaError, .outputNotWritable(path: output + "/issues/issue-001/report.html",
                                                                 reason: String(cString: strerror(ENOSPC))))
        }
        let after = try Self.outputs(output)
        for (file, data) in before where !file.hasPrefix("cache/") {
            XCTAssertEqual(after[file], data, "\(file) changed although the run failed")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testAFileSizeLimitIsAClearErrorAndKeepsPreviousOutputs() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 3, variant: 0)
        let output = folder + "/Output"
        XCTAssertEqual(try TifaProcess.run(["run", "--corpus", corpus, "--out", output, "--quiet"]).status, 0)
        let before = try Self.outputs(output)
        let changed = try Self.makeCorpus(folder, count: 3, variant: 1)
        // ulimit -f 1: writes past 1 KB fail with EFBIG, as on a full disk (no root needed).
        let binary = try TifaProcess.binary()
        let result = try TifaProcess.run(URL(fileURLWithPath: "/bin/sh"),
                                         ["-c", "ulimit -f 1 && exec \"$0\" run --corpus \"$1\" --out \"$2\" --quiet", binary, changed, output])
        XCTAssertNil(result.signal, "tifa was killed (SIGXFSZ?) instead of reporting the error")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("tifa: error: cannot write output '\(output)/"), result.stderr)
        XCTAssertTrue(result.stderr.contains("File too large"), result.stderr)
        let after = try Self.outputs(output)
        for (file, data) in before where !file.hasPrefix("cache/") { XCTAssertEqual(after[file], data, file) }
        XCTAssertEqual(after.keys.filter { $0.hasSuffix(".tmp") }, [])
    }

    func testAnOutputFolderThatCannotBeWrittenIsAClearError() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 2, variant: 0)
        let output = folder + "/Output"
        _ = try CorpusRun(options: RunOptions(corpus: corpus, output: output, jobs: 1)).run()
        let before = try Self.outputs(output)
        for path in [folder, corpus] + (try FileManager.default.contentsOfDirectory(atPath: corpus)).map({ corpus + "/" + $0 }) {
            XCTAssertEqual(chmod(path, path.hasSuffix(".txt") ? 0o644 : 0o755), 0)
        }
        XCTAssertEqual(chmod(output, 0o555), 0)
        defer { chmod(output, 0o755) }
        var arguments = ["run", "--corpus", corpus, "--out", output, "--force"]
        var executable = URL(fileURLWithPath: try TifaProcess.binary())
        if getuid() == 0 {
            // Root writes anywhere: run as an unprivileged user instead.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), Self.reachableByOthers(folder) else {
                throw XCTSkip("running as root without setpriv or with a private temporary folder: root ignores permissions")
            }
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
            executable = URL(fileURLWithPath: "/usr/bin/setpriv")
        }
        let result = try TifaProcess.run(executable, arguments)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("tifa: error: cannot write output '\(output)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Permission denied"), result.stderr)
        XCTAssertEqual(try Self.outputs(output), before)
    }

    static func reachableByOthers(_ folder: String) -> Bool {
        var parent = (folder as NSString).deletingLastPathComponent
        while parent != "/" && !parent.isEmpty {
            var info = stat()
            if stat(parent, &info) != 0 || info.st_mode & 0o001 == 0 { return false }
            parent = (parent as NSString).deletingLastPathComponent
        }
        return true
    }

    func testASecondRunAtOnceIsRefusedWithAMessageAndExitStatusOne() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 2, variant: 0)
        let output = folder + "/Output"
        XCTAssertEqual(try TifaProcess.run(["run", "--corpus", corpus, "--out", output, "--quiet"]).status, 0)
        let before = try Self.outputs(output)
        let lock = try RunLock(folder: output)  // the "first run", holding the lock
        let changed = try Self.makeCorpus(folder, count: 2, variant: 1)
        let result = try TifaProcess.run(["run", "--corpus", changed, "--out", output])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "tifa: error: another tifa run (pid \(getpid())) is writing '\(output)'; wait for it to finish or use another --out\n")
        XCTAssertEqual(try Self.outputs(output), before, "the refused run wrote something")
        lock.release()
        XCTAssertEqual(try TifaProcess.run(["run", "--corpus", changed, "--out", output, "--quiet"]).status, 0)
    }

    func testTwoRealRunsAtOnceNeverInterleave() throws {
        let folder = try Fixtures.temporaryFolder()
        let corpus = try Self.makeCorpus(folder, count: 12, variant: 1)
        let output = folder + "/Output"
        let reference = folder + "/ref"
        XCTAssertEqual(try TifaProcess.run(["run", "--corpus", corpus, "--out", reference, "--quiet"]).status, 0)
        let first = try TifaProcess.start(["run", "--corpus", corpus, "--out", output, "--quiet"])
        let second = try TifaProcess.start(["run", "--corpus", corpus, "--out", output, "--quiet"])
        let results = [first.wait(), second.wait()]
        // Either both ran one after the other, or one was refused with the lock message.
        for result in results where result.status != 0 {
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("tifa: error: another tifa run ("), result.stderr)
        }
        XCTAssertTrue(results.contains { $0.status == 0 })
        XCTAssertEqual(try Self.outputs(output), try Self.outputs(reference))
    }

    func testStaleTemporariesAreRecognizedByName() {
        XCTAssertTrue(AtomicFile.isTemporaryName(".terms.csv.12345.tmp"))
        XCTAssertTrue(AtomicFile.isTemporaryName(".issue%20x.json.7.tmp"))
        XCTAssertFalse(AtomicFile.isTemporaryName("terms.csv"))
        XCTAssertFalse(AtomicFile.isTemporaryName(".tifa.lock"))
        XCTAssertFalse(AtomicFile.isTemporaryName(".notes.tmp"))
        XCTAssertFalse(AtomicFile.isTemporaryName("issue.123.tmp"))
    }
}
