/// A problem with one input that does not stop the run: the nightly job reports it,
/// goes on with the other issues, and exits non-zero at the end.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The issue could not be analyzed; the run's exit status says so.
        case error
        /// Something was skipped or guessed; the issue was still analyzed.
        case warning
        /// Worth telling the user, nothing went wrong.
        case note
    }

    public var severity: Severity
    /// The path as the user gave it, so the message points at a file they can open.
    public var file: String
    /// 1-based line in the original file, when the problem has one.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: severity: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(severity.rawValue): \(message)"
    }
}
