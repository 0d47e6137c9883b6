import Foundation

/// The per-issue stages in order: read -> decode -> repair -> tokenize -> count. Each
/// stage is a function between value types; the analyzer only threads them together
/// and turns a failure at any stage into a diagnostic naming the file.
public struct IssueAnalyzer {
    public var decoder = TextDecoder()
    public var repair = LayoutRepair()
    public var counter = TermCounter()
    private let tokenizer: Tokenizer

    /// `tokenizer` must not be shared between threads.
    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    public func analyze(_ file: SourceFile) -> Result<IssueAnalysis, Diagnostic> {
        let bytes: [UInt8]
        do {
            bytes = try Self.read(file.path)
        } catch let TifaError.inputUnreadable(_, reason) {
            return .failure(Diagnostic(.error, file: file.path, "cannot read: \(reason)"))
        } catch {
            return .failure(Diagnostic(.error, file: file.path, "cannot read: \(error.localizedDescription)"))
        }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try decoder.decode(bytes)
        } catch {
            return .failure(Diagnostic(.error, file: file.path, error.description))
        }
        do {
            return .success(try analyze(text: decoded.text, file: file))
        } catch {
            return .failure(Diagnostic(.error, file: file.path, error.localizedDescription))
        }
    }

    /// The stages after decoding, for text already in memory.
    public func analyze(text: String, file: SourceFile) throws -> IssueAnalysis {
        let repaired = repair.repair(text)
        let utf16 = Array(repaired.text.utf16)
        let tokens = try tokenizer.tokenize(utf16)
        let counted = counter.count(tokens, in: utf16)
        return IssueAnalysis(issue: file.issue, file: file.name, chars: repaired.characterCount,
                             tokens: counted.tokens, terms: counted.terms)
    }

    static func read(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TifaError.inputUnreadable(path: path, reason: "is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw TifaError.inputUnreadable(path: path, reason: reason)
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw TifaError.inputUnreadable(path: path, reason: error.localizedDescription)
        }
    }
}
