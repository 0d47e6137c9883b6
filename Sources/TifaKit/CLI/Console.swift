import Foundation

/// Where a command writes. The real one buffers standard output (tokenizing a large file
/// prints millions of tokens); tests pass a recording one.
public protocol Console: AnyObject {
    func out(_ text: String)
    func err(_ text: String)
    /// Whether standard error is a terminal (progress lines are shown only there).
    var errIsTerminal: Bool { get }
    func flush()
}

/// Standard output and error of the process.
public final class StandardConsole: Console {
    private var buffer: [UInt8] = []

    public init() {}

    public func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func err(_ text: String) {
        flush()
        FileHandle.standardError.write(Data(text.utf8))
    }

    public var errIsTerminal: Bool { isatty(2) != 0 }

    public func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Keeps what a command printed, for tests.
public final class RecordingConsole: Console {
    public private(set) var output = ""
    public private(set) var errors = ""

    public init() {}

    public func out(_ text: String) { output += text }
    public func err(_ text: String) { errors += text }
    public var errIsTerminal: Bool { false }
    public func flush() {}
}
