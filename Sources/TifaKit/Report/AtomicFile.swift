import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old complete file or the new complete
/// file, never half of one: the text goes to a temporary file in the same folder, is
/// flushed to disk, then renamed over the target. A crash or a full disk mid-write leaves
/// last night's results in place.
public enum AtomicFile {
    public static func write(_ string: String, to path: String) throws {
        try write(Array(string.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw TifaError.outputNotWritable(path: folder, reason: error.localizedDescription)
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var written = 0
        let result: Int32 = bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return 0
        }
        if result != 0 || fsync(fd) != 0 {
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
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> TifaError {
        .outputNotWritable(path: path, reason: String(cString: strerror(code)))
    }
}
