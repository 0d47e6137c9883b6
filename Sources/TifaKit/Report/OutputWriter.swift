/// Writes the corpus-wide outputs into the output folder, each file atomically.
public struct OutputWriter: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes terms.csv, issues.csv, articles.csv, report.md (and new_words.csv when discovery ran);
    /// returns their paths.
    public func write(issues: [IssueAnalysis], diagnostics: [Diagnostic], newWords: [DiscoveredWord]? = nil) throws -> [String] {
        let failures = diagnostics.filter { $0.severity == .error }
        var files: [(String, String)] = [
            ("terms.csv", TermsTable.make(issues).render()),
            ("issues.csv", IssuesTable.make(issues).render()),
            ("articles.csv", ArticlesTable.make(issues).render()),
            ("report.md", MarkdownReport().render(issues: issues, failures: failures)),
        ]
        if let newWords { files.append(("new_words.csv", NewWordsTable.make(newWords).render())) }
        var written: [String] = []
        for (name, contents) in files {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            try AtomicFile.write(contents, to: path)
            written.append(path)
        }
        return written
    }
}
