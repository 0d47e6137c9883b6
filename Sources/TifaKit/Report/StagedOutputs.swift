import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outputs of one run, written to temporaries as they are produced (a CSV row by row,
/// an issue page as soon as it is rendered) and renamed into place together at the end:
/// memory holds what is being written, not every file, and readers still see either the
/// old or the new set (as with `AtomicFile.writeAll`). Used by one thread.
final class StagedOutputs {
    private var staged: [(temporary: String, path: String)] = []
    private var open: [StreamedFile] = []
    private var scratch: [String] = []

    init() {}

    deinit { discard() }

    /// Stages a whole file now; returns its temporary (readable until `commit`).
    @discardableResult
    func add(_ bytes: [UInt8], to path: String) throws -> String {
        let temporary = try AtomicFile.stage(bytes, for: path, flush: false)
        staged.append((temporary, path))
        return temporary
    }

    /// Takes over a temporary another thread staged for `path` (`AtomicFile.stage`).
    func adopt(_ temporary: String, to path: String) {
        staged.append((temporary, path))
    }

    /// A file written piece by piece; `commit` closes it.
    func stream(to path: String) throws -> StreamedFile {
        let file = try StreamedFile(path: path)
        open.append(file)
        return file
    }

    /// A temporary that is read back during the run and never renamed into place.
    func scratchFile(near path: String) throws -> StreamedFile {
        let file = try StreamedFile(path: path + ".part")
        scratch.append(file.temporary)
        return file
    }

    /// Closes every streamed file (they are then staged like the others, in the order they
    /// were opened); `temporary` of each can then be looked at.
    func closeStreams() throws {
        for file in open { staged.append((try file.close(), file.path)) }
        open = []
    }

    /// Flushes everything staged (one `syncfs`) and renames it into place, in the order it
    /// was staged.
    func commit(durable: Bool = true) throws {
        try closeStreams()
        if durable && !staged.isEmpty { try AtomicFile.flush(staged) }
        let ready = staged
        staged = []
        for path in scratch { unlink(path) }
        scratch = []
        try AtomicFile.renameIntoPlace(ready)
    }

    /// Removes every temporary (after an error): old outputs stay as they were.
    func discard() {
        for file in open { file.abandon() }
        for entry in staged { unlink(entry.temporary) }
        for path in scratch { unlink(path) }
        open = []
        staged = []
        scratch = []
    }
}

/// One output file written in pieces to its temporary through a buffer.
final class StreamedFile {
    let path: String
    let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32 = 0
    private static let bufferBytes = 1 << 20

    init(path: String) throws {
        self.path = path
        (fd, temporary) = try AtomicFile.openTemporary(for: path)
        buffer.reserveCapacity(Self.bufferBytes)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferBytes { drain() }
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferBytes { drain() }
    }

    /// Appends the bytes written so far to another file (for a part that comes after
    /// something rendered later).
    func copy(to other: StreamedFile) throws {
        drain()
        if failure != 0 { throw AtomicFile.failure(path, failure) }
        try other.write(contentsOf: temporary, reportedAs: path)
    }

    /// Appends the contents of the file at `source`.
    func write(contentsOf source: String, reportedAs name: String? = nil) throws {
        let input = systemOpen(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw AtomicFile.failure(name ?? source, errno) }
        defer { _ = systemClose(input) }
        var chunk = [UInt8](repeating: 0, count: Self.bufferBytes)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.failure(name ?? source, errno)
            }
            if n == 0 { break }
            write(Array(chunk[0..<n]))
        }
    }

    /// Appends `count` bytes of `input` from its current offset, leaving the offset after
    /// them. The kernel copies them where it can (`copy_file_range`: no read into memory);
    /// else they go through a buffer. `name` is the input's name in errors.
    func append(from input: Int32, count: Int, reportedAs name: String) throws {
        guard count > 0 else { return }
        drain()
        if failure != 0 { throw AtomicFile.failure(path, failure) }
        let shorter = TifaError.outputNotWritable(path: name, reason: "the previous file is shorter than recorded")
        var left = count
        if let copyRange = Self.copyFileRange {
            while left > 0 {
                let n = copyRange(input, nil, fd, nil, left, 0)
                if n > 0 { left -= n; continue }
                if n == 0 { throw shorter }
                if errno == EINTR { continue }
                break  // not supported here (ENOSYS, EXDEV, EINVAL...): through memory
            }
        }
        var chunk = [UInt8](repeating: 0, count: min(left, Self.bufferBytes))
        while left > 0 {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, min(left, $0.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.failure(name, errno)
            }
            if n == 0 { throw shorter }
            let code = chunk.withUnsafeBytes { AtomicFile.writeFully(fd, $0.baseAddress, n) }
            if code != 0 { throw AtomicFile.failure(path, code) }
            left -= n
        }
    }

    /// Linux's `copy_file_range`, looked up at run time (as `syncfs`).
    private static let copyFileRange: (@convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?,
                                                      Int, UInt32) -> Int)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "copy_file_range") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafeMutablePointer<Int64>?, Int32, UnsafeMutablePointer<Int64>?,
                                                          Int, UInt32) -> Int).self)
    }()

    private func drain() {
        guard !buffer.isEmpty, fd >= 0 else { return }
        if failure == 0 {
            failure = buffer.withUnsafeBytes { AtomicFile.writeFully(fd, $0.baseAddress, $0.count) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes; returns the temporary's path. On an error the
    /// temporary is removed.
    func close() throws -> String {
        drain()
        var code = failure
        if code == 0, let injected = AtomicFile.injectedFailure(for: path) { code = injected }
        if systemClose(fd) != 0, code == 0 { code = errno }
        fd = -1
        if code != 0 {
            unlink(temporary)
            throw AtomicFile.failure(path, code)
        }
        return temporary
    }

    func abandon() {
        if fd >= 0 { _ = systemClose(fd) }
        fd = -1
        unlink(temporary)
    }
}

private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }

private func systemClose(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(fd)
    #else
    Darwin.close(fd)
    #endif
}
