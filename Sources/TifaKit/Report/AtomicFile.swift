import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old complete file or the new complete
/// file, never half of one: the text goes to a temporary file in the same folder, is
/// flushed to disk, then renamed over the target. A crash, `kill -9` or a full disk
/// mid-write leaves last night's results in place.
public enum AtomicFile {
    public static func write(_ string: String, to path: String, durable: Bool = true) throws {
        try write(Array(string.utf8), to: path, durable: durable)
    }

    /// `durable: false` skips flushing to disk: the file is still replaced whole (a killed
    /// process never leaves half of it), but a power cut may leave the old file or an
    /// empty one. For what can be recomputed and is checked when read (cache entries),
    /// where one flush per issue would cost more than the analysis on a busy disk.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
        try writeAll([(path, bytes)], durable: durable)
    }

    /// Writes several files as one step as far as a file system allows: every file is
    /// written to its temporary and flushed first, and only when all succeeded are they
    /// renamed into place. A write error (disk full, quota, read-only) on any of them
    /// leaves every old file untouched and no temporary behind. Several files are
    /// flushed with one `syncfs` rather than one `fsync` each (thousands of issue pages).
    public static func writeAll(_ files: [(path: String, bytes: [UInt8])], durable: Bool = true) throws {
        var staged: [(temporary: String, path: String)] = []
        do {
            for file in files {
                staged.append((try stage(file.bytes, for: file.path, flush: durable && files.count == 1), file.path))
            }
            if durable && files.count > 1 { try flush(staged) }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
        try renameIntoPlace(staged)
    }

    /// Renames staged temporaries over their targets, in order; on an error the rest
    /// (and the failed one) are removed.
    static func renameIntoPlace(_ staged: [(temporary: String, path: String)]) throws {
        for (index, entry) in staged.enumerated() where rename(entry.temporary, entry.path) != 0 {
            let code = errno
            for rest in staged[index...] { unlink(rest.temporary) }
            throw failure(entry.path, code)
        }
    }

    /// Flushes the staged files to disk: one `syncfs` of the file system holding them (all
    /// live in the output folder), or an `fsync` each where `syncfs` does not exist.
    static func flush(_ staged: [(temporary: String, path: String)]) throws {
        let targets = syncfsFunction == nil ? staged : Array(staged.prefix(1))
        for entry in targets {
            let fd = open(entry.temporary, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failure(entry.path, errno) }
            defer { close(fd) }
            let result = syncfsFunction.map { $0(fd) } ?? fsync(fd)
            if result != 0 { throw failure(entry.path, errno) }
        }
    }

    /// Linux's `syncfs`, looked up at run time (Glibc's Swift overlay does not export it).
    static let syncfsFunction: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// The suffix of temporary files; `removeStaleTemporaries` recognizes them by it.
    static let temporarySuffix = ".tmp"

    /// Removes the temporaries (`.name.PID.tmp`) a process killed mid-write left in
    /// `folder` and its subfolders. Only call this while holding the output folder's run
    /// lock, when no other tifa writes there.
    @discardableResult
    public static func removeStaleTemporaries(under folder: String) -> Int {
        // readdir, not FileManager's enumerator: that stats every entry (and on Linux
        // looks up its owner and group), hundreds of times on every run.
        guard let directory = opendir(folder) else { return 0 }
        var removed = 0
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {  // some file systems do not say
                var info = stat()
                isFolder = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                subfolders.append(path)
            } else if isTemporaryName(name), unlink(path) == 0 {
                removed += 1
            }
        }
        closedir(directory)
        for subfolder in subfolders { removed += removeStaleTemporaries(under: subfolder) }
        return removed
    }

    /// `.name.PID.tmp`: a leading dot, digits before the suffix.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(temporarySuffix) else { return false }
        let stem = name.dropLast(temporarySuffix.count)
        guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return false }
        let pid = stem[stem.index(after: dot)...]
        return !pid.isEmpty && pid.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Test hook: when set, writing the named file (its name, or the end of its path) fails with this
    /// errno after half of it is written, the way a full disk fails. Nil in real runs.
    nonisolated(unsafe) static var injectedFailure: (name: String, code: Int32)?

    /// Writes `bytes` to a temporary next to `path` (flushed when `flush`); returns its path.
    static func stage(_ bytes: [UInt8], for path: String, flush: Bool) throws -> String {
        let (fd, temporary) = try openTemporary(for: path)
        let injected = injectedFailure(for: path)
        let result: Int32 = bytes.withUnsafeBytes { raw in
            let written = writeFully(fd, raw.baseAddress, injected == nil ? raw.count : raw.count / 2)
            return written != 0 ? written : injected ?? 0
        }
        if result != 0 || (flush && fsync(fd) != 0) {
            let code = result != 0 ? result : errno
            close(fd)
            unlink(temporary)
            throw failure(path, code)
        }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        return temporary
    }

    /// Creates the folder of `path` and opens a new temporary next to it (`.name.PID.tmp`).
    static func openTemporary(for path: String) throws -> (fd: Int32, temporary: String) {
        let folder = folderOf(path)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid())\(temporarySuffix)"
        // The folder is made only when opening says it is missing: hundreds of files a run
        // go to folders that exist.
        var fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT && !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw TifaError.outputNotWritable(path: folder, reason: error.localizedDescription)
            }
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure(path, errno) }
        return (fd, temporary)
    }

    /// The errno a test injected for writing `path`, if any.
    static func injectedFailure(for path: String) -> Int32? {
        // A file name, or the end of a path (issue-002/report.html: one issue's page).
        injectedFailure.flatMap { path == $0.name || path.hasSuffix("/" + $0.name) ? $0.code : nil }
    }

    /// Writes `count` bytes, retrying on EINTR; 0 or the errno of the failure.
    static func writeFully(_ fd: Int32, _ base: UnsafeRawPointer?, _ count: Int) -> Int32 {
        guard let base else { return 0 }
        var written = 0
        while written < count {
            let n = systemWrite(fd, base + written, count - written)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += n
        }
        return 0
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    static func folderOf(_ path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    static func failure(_ path: String, _ code: Int32) -> TifaError {
        .outputNotWritable(path: path, reason: String(cString: strerror(code)))
    }
}
