import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an issue's bytes, or says in words a user understands why it cannot: a folder
/// named `x.txt`, a dangling symbolic link, a link loop, a FIFO or device that would block
/// or never end, a file without read permission. Only regular files are read, and the
/// check is made on the opened descriptor, so nothing can swap the file in between.
public enum IssueFileReader {
    /// The file's bytes; throws `TifaError.inputUnreadable` with the reason.
    public static func read(_ path: String) throws -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw TifaError.inputUnreadable(path: path, reason: openFailure(path, errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw TifaError.inputUnreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw TifaError.inputUnreadable(path: path, reason: kindDescription(kind))
        }
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }

        // One byte more than the size, so the read that finds the end needs no growing.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: keep reading until EOF.
                bytes += [UInt8](repeating: 0, count: max(bytes.count / 2, 1 << 16))
            }
            let n = bytes.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw TifaError.inputUnreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Why `open` failed, told apart for links: ENOENT on an existing link means its
    /// target is missing; ELOOP means links pointing at each other.
    static func openFailure(_ path: String, _ code: Int32) -> String {
        switch code {
        case ENOENT:
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                return "dangling symbolic link (its target '\(target)' does not exist)"
            }
            return "no such file"
        case ELOOP:
            return "symbolic link loop (links point at each other)"
        case EACCES:
            return "permission denied"
        default:
            return String(cString: strerror(code))
        }
    }

    static func kindDescription(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: return "is a folder, not a file"
        case S_IFIFO: return "is a FIFO (named pipe), not a regular file"
        case S_IFCHR, S_IFBLK: return "is a device, not a regular file"
        case S_IFSOCK: return "is a socket, not a regular file"
        default: return "not a regular file"
        }
    }
}
