import Foundation
import XCTest

/// Paths to the fixtures next to the tests, and scratch folders that clean up after
/// themselves.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// A new empty folder under the system's temporary folder, removed when the test run
    /// ends (`ScratchFolders`).
    static func temporaryFolder(_ name: String = #function) throws -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tifa-tests-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        ScratchFolders.shared.removeAtEnd(url.path)
        return url.path
    }

    /// The deterministic outputs of a run, by path relative to the output folder: every
    /// file but run.json (which records when the run happened), the lock and the cache.
    static func outputs(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if relative == "cache" { walker.skipDescendants() }
            if isDirectory.boolValue || relative == "run.json" || relative.hasPrefix(".") || relative.hasPrefix("cache/") { continue }
            files[relative] = try String(contentsOfFile: path, encoding: .utf8)
        }
        return files
    }

    /// Compares `actual` with the golden file; with TIFA_UPDATE_GOLDEN=1 rewrites it instead.
    static func assertMatchesGolden(_ actual: String, _ golden: String,
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let path = path("golden/\(golden)")
        if ProcessInfo.processInfo.environment["TIFA_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertEqual(actual, expected, "\(golden) differs from its golden file (TIFA_UPDATE_GOLDEN=1 to accept)",
                       file: file, line: line)
    }
}
