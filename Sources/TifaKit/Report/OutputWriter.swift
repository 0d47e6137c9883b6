/// Writes the corpus-wide outputs into the output folder, each file atomically.
public struct OutputWriter: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes terms.csv, issues.csv, articles.csv, slogans.csv, new_words.csv and report.md
    /// from the issues (in issue order); returns their paths.
    public func write(issues: [IssueAnalysis], diagnostics: [Diagnostic]) throws -> [String] {
        let failures = diagnostics.filter { $0.severity == .error }
        let files: [(String, String)] = [
            ("terms.csv", TermsTable.make(issues).render()),
            ("issues.csv", IssuesTable.make(issues).render()),
            ("articles.csv", ArticlesTable.make(issues).render()),
            ("slogans.csv", SlogansTable.make(issues).render()),
            ("new_words.csv", NewWordsTable.make(NewWordSummary.merge(issues)).render()),
            ("report.md", MarkdownReport().render(issues: issues, failures: failures)),
        ]
        var written: [String] = []
        for (name, contents) in files {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            try AtomicFile.write(contents, to: path)
            written.append(path)
        }
        return written
    }
}
