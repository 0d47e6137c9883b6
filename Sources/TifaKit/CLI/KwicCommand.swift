import Foundation

/// `tifa kwic TERM`: a keyword-in-context concordance across the corpus, each line cited
/// by issue, article and original line, so an analyst can check any count by reading.
enum KwicCommand {
    static func execute(_ arguments: [String], console: Console) throws -> Int32 {
        if TifaCommandLine.wantsHelp(arguments) {
            console.out(HelpText.kwic)
            return 0
        }
        let command = "tifa kwic"
        let parsed = try ParsedArguments(arguments, options: ["--corpus", "--width", "--jobs"], flags: ["--tsv"], command: command)
        guard parsed.positionals.count == 1, let term = parsed.positionals.first, !term.isEmpty else {
            throw UsageError(command: command, message: "give exactly one TERM")
        }
        let width = try parsed.positiveInt("--width", command: command) ?? 20
        let jobs = try parsed.positiveInt("--jobs", command: command) ?? RunOptions.defaultJobs
        let tsv = parsed.flags.contains("--tsv")
        let scan = try CorpusScanner().scan(folder: parsed.value("--corpus") ?? "Corpus")
        let concordance = Concordance(width: width)
        let files = scan.files
        let results = ParallelMap.map(count: files.count, jobs: jobs, makeWorker: { () -> Void in () }) { _, index -> Result<[String], Diagnostic> in
            let file = files[index]
            let decoded: TextDecoder.Decoded
            do {
                decoded = try TextDecoder().decode(try IssueFileReader.read(file.path))
            } catch let failure as TextDecoder.Failure {
                return .failure(Diagnostic(.error, file: file.path, failure.description))
            } catch {
                return .failure(Diagnostic(.error, file: file.path, "cannot read: \(error.localizedDescription)"))
            }
            let document = IssueStructurer().structure(decoded.text)
            var out: [String] = []
            for (articleIndex, article) in document.articles.enumerated() {
                for paragraph in article.paragraphs + article.captions {
                    for line in concordance.lines(of: term, in: paragraph.text) {
                        out.append(format(issue: file.issue, article: articleIndex + 1, line: paragraph.line, line, width: width, tsv: tsv))
                    }
                }
            }
            return .success(out)
        }
        var failed = false
        var count = 0
        if tsv { console.out("issue\tarticle\tline\tleft\tmatch\tright\n") }
        for result in results {
            switch result {
            case .success(let lines):
                for line in lines { console.out(line + "\n") }
                count += lines.count
            case .failure(let diagnostic):
                console.err("\(diagnostic)\n")
                failed = true
            }
        }
        if !tsv { console.err("tifa kwic: \(count) occurrence\(count == 1 ? "" : "s") of \(term) in \(files.count) issue\(files.count == 1 ? "" : "s")\n") }
        return failed ? 1 : 0
    }

    static func format(issue: String, article: Int, line: Int, _ entry: Concordance.Line, width: Int, tsv: Bool) -> String {
        if tsv {
            let clean = { (text: String) in String(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" ? " " : Character($0) }) }
            return "\(clean(issue))\t\(article)\t\(line)\t\(clean(entry.left))\t\(clean(entry.match))\t\(clean(entry.right))"
        }
        // Pad the left context with ideographic spaces so the matches line up in a terminal.
        let pad = String(repeating: "\u{3000}", count: max(0, width - entry.left.unicodeScalars.count))
        return "\(issue) a\(article) l\(line)\t\(pad)\(entry.left) 【\(entry.match)】 \(entry.right)"
    }
}
