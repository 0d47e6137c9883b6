import Foundation

/// The per-issue stages in order: read -> decode -> repair and structure -> tokenize ->
/// count. Statistics count article text (titles and body), never page furniture. Each
/// stage is a function between value types; the analyzer only threads them together
/// and turns a failure at any stage into a diagnostic naming the file.
public struct IssueAnalyzer {
    public var decoder = TextDecoder()
    public var structurer = IssueStructurer()
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
            var analysis = try analyze(text: decoded.text, file: file)
            analysis.encoding = decoded.encoding
            analysis.warnings = decoded.warnings.map { Diagnostic(.warning, file: file.path, $0) }
            return .success(analysis)
        } catch {
            return .failure(Diagnostic(.error, file: file.path, error.localizedDescription))
        }
    }

    /// The stages after decoding, for text already in memory.
    public func analyze(text: String, file: SourceFile) throws -> IssueAnalysis {
        let document = structurer.structure(text)
        var counts: [String: Int] = [:]
        var chars = 0, tokens = 0
        var summaries: [ArticleSummary] = []
        for article in document.articles {
            let counted = Self.countedText(article)
            let utf16 = Array(counted.utf16)
            let articleTokens = try tokenizer.tokenize(utf16)
            let articleCounts = counter.count(articleTokens, in: utf16)
            for term in articleCounts.terms { counts[term.term, default: 0] += term.count }
            let articleChars = counted.unicodeScalars.reduce(0) { $0 + (CharacterClass.isSpace($1) ? 0 : 1) }
            chars += articleChars
            tokens += articleCounts.tokens
            summaries.append(ArticleSummary(section: article.section, title: article.title, authors: article.authors,
                                            chars: articleChars, tokens: articleCounts.tokens, line: article.line))
        }
        let terms = counts.map { TermCount(term: $0.key, count: $0.value) }.sorted(by: TermCounter.frequencyOrder)
        return IssueAnalysis(issue: file.issue, file: file.name, chars: chars, tokens: tokens, terms: terms,
                             number: document.number, year: document.year, articles: summaries)
    }

    /// What statistics count of an article: its title and body paragraphs, one per line.
    static func countedText(_ article: Article) -> String {
        article.title.isEmpty ? article.bodyText : article.title + "\n" + article.bodyText
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
