import Foundation

/// `tifa repair`: shows what tifa made of an issue (articles, sections, titles, authors
/// and repaired paragraphs), so a user can check the repair before trusting the counts.
enum RepairCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.repair)
            return 0
        }
        let command = "tifa repair"
        let parsed = try ParsedArguments(arguments, options: [], flags: ["--lines"], command: command)
        guard parsed.positionals.count <= 1 else {
            throw UsageError(command: command, message: "takes at most one FILE, got \(parsed.positionals.count)")
        }
        let path = parsed.positionals.first ?? "-"
        let name = path == "-" ? "<stdin>" : path
        let bytes: [UInt8]
        do {
            bytes = path == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile()) : try IssueFileReader.read(path)
        } catch let TifaError.inputUnreadable(_, reason) {
            console.err("\(Diagnostic(.error, file: name, "cannot read: \(reason)"))\n")
            return 1
        }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder().decode(bytes)
        } catch {
            console.err("\(Diagnostic(.error, file: name, error.description))\n")
            return 1
        }
        for warning in decoded.warnings { console.err("\(Diagnostic(.warning, file: name, warning))\n") }
        let document = IssueStructurer().structure(decoded.text)
        console.out(render(document, showLines: parsed.flags.contains("--lines")))
        return 0
    }

    /// One header line per article (`## n | section | title | authors`), then its
    /// paragraphs one per line; captions and notes marked so they read apart.
    static func render(_ document: IssueDocument, showLines: Bool = false) -> String {
        var out = "# issue \(document.number.map(String.init) ?? "?") | year \(document.year.map(String.init) ?? "?")"
        out += " | \(document.articles.count) articles\n"
        for (n, article) in document.articles.enumerated() {
            out += "\n## \(n + 1) | \(article.section ?? "-") | \(article.title.isEmpty ? "-" : article.title)"
            out += " | \(article.authors.isEmpty ? "-" : article.authors.joined(separator: "; "))\n"
            if let note = article.authorNote { out += "[author] \(note)\n" }
            for paragraph in article.paragraphs {
                out += showLines ? "\(paragraph.line): \(paragraph.text)\n" : "\(paragraph.text)\n"
            }
            for caption in article.captions {
                out += showLines ? "[caption] \(caption.line): \(caption.text)\n" : "[caption] \(caption.text)\n"
            }
            if let source = article.source { out += "[source] \(source)\n" }
        }
        return out
    }
}
