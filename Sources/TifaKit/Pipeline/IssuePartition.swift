import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How tifa reads an issue file larger than `partBytes` (a newspaper archive in one file,
/// a 200 MB line without newlines): as parts of about `partBytes`, each read, decoded and
/// analyzed on its own (in parallel) and merged in order by `IssueMerge`, so memory is
/// bounded by the part size times the jobs, not by the file.
///
/// Part k covers the bytes between `boundary(k * partBytes)` and `boundary((k + 1) *
/// partBytes)`: a boundary is a function of the file's bytes near the nominal offset only,
/// so neighbouring parts meet exactly and the cut never depends on timing. A boundary is,
/// in order of preference, right after a line that ends a sentence, right after any line
/// end, right after sentence punctuation (UTF-8), or at a character boundary.
public struct IssuePartition: Sendable {
    /// How the bytes are laid out, which decides where a cut is safe.
    enum Layout: Sendable, Equatable {
        /// UTF-8: self-synchronizing, any lead byte starts a character.
        case utf8
        /// GB18030/GBK and other legacy encodings: only ASCII bytes below 0x30 are never
        /// part of a multi-byte character.
        case legacy
        case utf16LE
        case utf16BE
    }

    public let path: String
    public let size: Int
    public let partBytes: Int
    let layout: Layout
    /// Bytes put before every part but the first (a UTF-16 byte-order mark).
    let prefix: [UInt8]

    /// How far past a nominal offset a boundary is looked for.
    var window: Int { min(64 * 1024, partBytes / 2) }

    /// Number of parts (and of blocks hashed in the first pass).
    public var count: Int { max(1, (size + partBytes - 1) / partBytes) }

    /// Reads the head of the file to learn its layout. `partBytes` is rounded to an even
    /// number so UTF-16 parts start on a code unit.
    public init(path: String, size: Int, partBytes: Int) throws {
        self.path = path
        self.size = size
        self.partBytes = max(2, partBytes & ~1)
        let head = try Self.read(path, offset: 0, count: min(size, 64 * 1024))
        if head.starts(with: [0xFF, 0xFE]) {
            layout = .utf16LE
            prefix = [0xFF, 0xFE]
        } else if head.starts(with: [0xFE, 0xFF]) {
            layout = .utf16BE
            prefix = [0xFE, 0xFF]
        } else {
            prefix = []
            // Decode the head up to its last line end (so no character is cut) to learn the encoding.
            let cut = head.lastIndex(of: 0x0A).map { $0 + 1 } ?? head.count
            let encoding = (try? TextDecoder().decode(Array(head[..<cut])))?.encoding ?? "UTF-8"
            switch encoding {
            case "UTF-8": layout = .utf8
            case "UTF-16LE": layout = .utf16LE
            case "UTF-16BE": layout = .utf16BE
            default: layout = .legacy
            }
        }
    }

    /// First pass over block k (`[k * partBytes, (k + 1) * partBytes)`): its content hash
    /// and its line ends, so the cache can be checked and parts can number lines.
    public func scanBlock(_ k: Int) throws -> (hash: String, lines: Int) {
        let bytes = try Self.read(path, offset: k * partBytes, count: min(partBytes, size - k * partBytes))
        return (ContentHash.of(bytes), lineEnds(bytes[...]))
    }

    /// The issue's content hash from its blocks' hashes (and the part size, since the
    /// analysis of a large issue depends on where it is cut).
    public static func contentHash(blocks: [String], partBytes: Int) -> String {
        var hash = ContentHash()
        hash.update("parts \(partBytes)\n".utf8)
        for block in blocks { hash.update(block.utf8) }
        return hash.hex
    }

    /// Part k's bytes, ready for `TextDecoder`, and the line ends between its nominal
    /// offset and its real start (add the line ends of blocks 0..<k for its line offset).
    public func readPart(_ k: Int) throws -> (bytes: [UInt8], leadingLines: Int) {
        let nominal = k * partBytes
        let last = k == count - 1
        let end = last ? size : min(size, nominal + partBytes + window)
        let bytes = try Self.read(path, offset: nominal, count: end - nominal)
        let start = k == 0 ? 0 : boundary(in: bytes[0..<min(bytes.count, window)])
        let stop = last ? bytes.count : partBytes + boundary(in: bytes[partBytes..<min(bytes.count, partBytes + window)])
        var part = k == 0 ? [] : prefix
        part.append(contentsOf: bytes[start..<max(start, stop)])
        return (part, lineEnds(bytes[0..<start]))
    }

    /// Offset (relative to the slice's start) of the first safe cut in `bytes`.
    func boundary(in bytes: ArraySlice<UInt8>) -> Int {
        let base = bytes.startIndex
        switch layout {
        case .utf8, .legacy:
            var firstLineEnd: Int?
            for i in bytes.indices where bytes[i] == 0x0A {
                if layout == .utf8, Self.endsSentenceUTF8(bytes, before: i) { return i + 1 - base }
                if firstLineEnd == nil { firstLineEnd = i + 1 - base }
            }
            if let firstLineEnd { return firstLineEnd }
            if layout == .utf8 {
                for i in bytes.indices where Self.endsSentenceUTF8(bytes, before: i + 1) { return i + 1 - base }
                for i in bytes.indices where bytes[i] & 0xC0 != 0x80 { return i - base }
            } else {
                for i in bytes.indices where bytes[i] < 0x30 { return i + 1 - base }
            }
            return bytes.count
        case .utf16LE, .utf16BE:
            var i = base
            var firstUnit: Int?
            while i + 1 < bytes.endIndex {
                let unit = layout == .utf16LE ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                                              : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                if unit == 0x0A { return i + 2 - base }
                if firstUnit == nil, !UTF16.isTrailSurrogate(unit) { firstUnit = i - base }
                i += 2
            }
            return firstUnit ?? (bytes.count & ~1)
        }
    }

    /// Whether the bytes just before `end` are 。！？ or a closing quote after one (UTF-8).
    static func endsSentenceUTF8(_ bytes: ArraySlice<UInt8>, before end: Int) -> Bool {
        guard end - 3 >= bytes.startIndex, end <= bytes.endIndex else { return false }
        let a = bytes[end - 3], b = bytes[end - 2], c = bytes[end - 1]
        return (a == 0xE3 && b == 0x80 && c == 0x82)  // 。
            || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))  // ！ ？
    }

    /// Line ends (LF) in `bytes`, counted as the layout's code units.
    func lineEnds(_ bytes: ArraySlice<UInt8>) -> Int {
        switch layout {
        case .utf8, .legacy:
            return bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        case .utf16LE, .utf16BE:
            var lines = 0
            var i = bytes.startIndex
            let (low, high): (UInt8, UInt8) = layout == .utf16LE ? (0x0A, 0x00) : (0x00, 0x0A)
            while i + 1 < bytes.endIndex {
                if bytes[i] == low && bytes[i + 1] == high { lines += 1 }
                i += 2
            }
            return lines
        }
    }

    /// `count` bytes of the file from `offset`, read without loading the rest.
    static func read(_ path: String, offset: Int, count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw TifaError.inputUnreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { raw in pread(fd, raw.baseAddress! + filled, count - filled, off_t(offset + filled)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw TifaError.inputUnreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < count { bytes.removeSubrange(filled...) }
        return bytes
    }
}
