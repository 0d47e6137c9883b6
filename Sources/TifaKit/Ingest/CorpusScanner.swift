import Foundation

/// Lists the issues of a corpus folder. Issues are `.txt` files; anything else is
/// reported with a note and left alone, so a stray PDF or README never fails a night.
public struct CorpusScanner: Sendable {
    public init() {}

    /// What a scan found: the issues in a stable order, and notes about the rest.
    public struct Result: Sendable {
        public var files: [SourceFile]
        public var diagnostics: [Diagnostic]
    }

    /// Scans `folder` (not recursively). Throws only when the folder itself is unusable.
    public func scan(folder: String) throws -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw TifaError.corpusNotFound(path: folder)
        }
        guard isDirectory.boolValue else { throw TifaError.corpusNotADirectory(path: folder) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw TifaError.corpusUnreadable(path: folder, reason: error.localizedDescription)
        }
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        // Byte order of the UTF-8 names: the same on every machine and locale.
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let path = (folder as NSString).appendingPathComponent(name)
            if name.hasPrefix(".") {
                // Hidden files (macOS's `._issue.txt` companions, editors' backups) are not
                // issues; a hidden .txt is named so nobody wonders where an issue went.
                if (name as NSString).pathExtension.lowercased() == "txt" {
                    diagnostics.append(Diagnostic(.note, file: path, "hidden file (name starts with a dot); ignored"))
                }
                continue
            }
            if (name as NSString).pathExtension.lowercased() == "txt" {
                files.append(SourceFile(path: path))
            } else {
                diagnostics.append(Diagnostic(.note, file: path, "not a .txt issue; ignored"))
            }
        }
        return Result(files: files, diagnostics: diagnostics)
    }
}
