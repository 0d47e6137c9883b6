import Foundation
import XCTest

/// Runs the built `tifa` executable as a separate process, for what only a real process
/// can show: kill -9, resource limits, a second process holding the lock, another user.
enum TifaProcess {
    struct Finished {
        var status: Int32
        var stdout: String
        var stderr: String
        /// True when the process ended by a signal (e.g. killed), with the signal number.
        var signal: Int32?
    }

    /// The `tifa` binary next to the test bundle (SwiftPM builds it with the tests), or
    /// `TIFA_BIN`; built with `swift build --product tifa` when missing.
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["TIFA_BIN"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let bundle = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        var candidates = [bundle.deletingLastPathComponent()]
        for loaded in Bundle.allBundles where loaded.bundlePath.hasSuffix(".xctest") {
            candidates.append(URL(fileURLWithPath: loaded.bundlePath).deletingLastPathComponent())
        }
        for folder in candidates {
            let path = folder.appendingPathComponent("tifa").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        // <scratch>/<triple>/debug/tifaPackageTests.xctest: build the product into the same scratch path.
        let debug = candidates[0]
        let scratch = debug.deletingLastPathComponent().deletingLastPathComponent()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let build = try run(URL(fileURLWithPath: "/usr/bin/env"),
                            ["swift", "build", "--package-path", package.path, "--scratch-path", scratch.path, "--product", "tifa"])
        let path = debug.appendingPathComponent("tifa").path
        guard build.status == 0, FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("tifa binary not found next to \(debug.path) and could not be built: \(build.stderr.suffix(400))")
        }
        return path
    }

    /// Runs `tifa arguments` to the end.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Finished {
        try run(URL(fileURLWithPath: try binary()), arguments, environment: environment)
    }

    /// Runs any program to the end, collecting its output.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Finished {
        let process = try start(executable, arguments, environment: environment)
        return process.wait()
    }

    /// A started process whose output is collected into files (no pipe can fill up).
    final class Running {
        let process: Process
        let out: URL
        let err: URL

        init(process: Process, out: URL, err: URL) {
            self.process = process
            self.out = out
            self.err = err
        }

        func wait() -> Finished {
            process.waitUntilExit()
            let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
            let signaled = process.terminationReason == .uncaughtSignal
            return Finished(status: process.terminationStatus, stdout: stdout, stderr: stderr,
                            signal: signaled ? process.terminationStatus : nil)
        }

        func kill9() {
            kill(process.processIdentifier, SIGKILL)
        }
    }

    static func start(_ arguments: [String], environment: [String: String]? = nil) throws -> Running {
        try start(URL(fileURLWithPath: try binary()), arguments, environment: environment)
    }

    static func start(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-proc-\(UUID().uuidString)")
        let out = base.appendingPathExtension("out"), err = base.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, out: out, err: err)
    }
}
