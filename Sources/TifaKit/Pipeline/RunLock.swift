import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Keeps two runs from writing the same output folder at once: the second is refused
/// with a message naming the first, never interleaved. The lock is an advisory `flock`
/// on `.tifa.lock`, released by the kernel when the process ends, so a killed run never
/// leaves a stale lock behind.
public final class RunLock {
    private var fd: Int32

    /// Takes the lock on `folder` (created when missing), or throws `outputLocked`.
    public init(folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TifaError.outputNotWritable(path: folder, reason: error.localizedDescription)
        }
        let path = (folder as NSString).appendingPathComponent(".tifa.lock")
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw TifaError.outputNotWritable(path: path, reason: String(cString: strerror(errno)))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            fd = -1
            throw TifaError.outputLocked(path: folder, holder: holder.isEmpty ? "unknown process" : holder)
        }
        let note = "pid \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Releases the lock (also done when the lock is freed or the process ends).
    public func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
