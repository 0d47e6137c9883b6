import Foundation

/// What stops a whole run (as opposed to a `Diagnostic`, which stops one issue).
public enum TifaError: LocalizedError, Sendable, Equatable {
    case corpusNotFound(path: String)
    case corpusNotADirectory(path: String)
    case corpusUnreadable(path: String, reason: String)
    case outputNotWritable(path: String, reason: String)
    case inputUnreadable(path: String, reason: String)
    case icuFailure(operation: String, code: String)
    case outputLocked(path: String, holder: String)

    public var errorDescription: String? {
        switch self {
        case .corpusNotFound(let path):
            return "corpus folder '\(path)' does not exist (give another with --corpus DIR)"
        case .corpusNotADirectory(let path):
            return "corpus '\(path)' is not a folder (give a folder of .txt issues with --corpus DIR)"
        case .corpusUnreadable(let path, let reason):
            return "cannot list corpus folder '\(path)': \(reason)"
        case .outputNotWritable(let path, let reason):
            return "cannot write output '\(path)': \(reason)"
        case .inputUnreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .outputLocked(let path, let holder):
            return "another tifa run (\(holder)) is writing '\(path)'; wait for it to finish or use another --out"
        case .icuFailure(let operation, let code):
            return "ICU \(operation) failed: \(code) (is libicu installed? run 'make setup')"
        }
    }
}
