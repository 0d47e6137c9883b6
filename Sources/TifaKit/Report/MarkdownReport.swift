/// `report.md`: what a person reads the morning after a run. Corpus text is escaped so
/// that a term can never break a table.
public struct MarkdownReport: Sendable {
    /// How many terms each issue lists.
    public var topTerms: Int

    public init(topTerms: Int = 20) {
        self.topTerms = topTerms
    }

    public func render(issues: [IssueAnalysis], failures: [Diagnostic]) -> String {
        var out = "# tifa report\n\n"
        let totalTokens = issues.reduce(0) { $0 + $1.tokens }
        let totalChars = issues.reduce(0) { $0 + $1.chars }
        out += "\(issues.count) issue\(issues.count == 1 ? "" : "s") analyzed"
        out += ", \(totalChars) characters, \(totalTokens) tokens"
        if !failures.isEmpty { out += ", \(failures.count) failed" }
        out += ".\n"
        if !failures.isEmpty {
            out += "\n## Failed\n\n"
            for failure in failures { out += "- " + Self.escape(failure.description) + "\n" }
        }
        for issue in issues {
            out += "\n## \(Self.escape(issue.issue))\n\n"
            out += "File `\(issue.file.replacingBackticks)`: \(issue.chars) characters, \(issue.tokens) tokens, "
            out += "\(issue.terms.count) distinct terms.\n\n"
            out += "| rank | term | count | per 10k |\n|---:|---|---:|---:|\n"
            for (rank, term) in issue.terms.prefix(topTerms).enumerated() {
                out += "| \(rank + 1) | \(Self.escape(term.term)) | \(term.count) | "
                out += Rate.fixed(Rate.per10k(term.count, of: issue.tokens)) + " |\n"
            }
        }
        return out
    }

    /// Escapes the characters that would turn text into Markdown or HTML structure.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "\\", "*", "_", "`", "[", "]", "#": out += "\\\(scalar)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    fileprivate var replacingBackticks: String {
        String(unicodeScalars.map { $0 == "`" ? "'" : Character($0) })
    }
}
