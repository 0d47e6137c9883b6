/// Runs arbitrary bytes through every per-issue stage (decode -> repair -> structure ->
/// tokenize -> count -> extract) and checks what must hold whatever the input: the
/// fuzzer (`make fuzz`) and the randomized property test drive it. A crash is the main
/// finding; a broken invariant is returned as a message.
public struct PipelineInvariants {
    private let analyzer: IssueAnalyzer
    private let slogans: SloganExtractor
    private let extractors: [any MentionExtractor]

    public init() throws {
        analyzer = try IssueAnalyzer()
        slogans = try SloganExtractor(lexicon: .builtIn)
        extractors = try MentionsCommand.entityExtractors()
    }

    /// The invariants `bytes` break (empty when all hold). Never throws: a rejected input
    /// must be a diagnostic naming the file, which is itself checked.
    public func violations(_ bytes: [UInt8]) -> [String] {
        let file = SourceFile(path: "fuzz/input.txt")
        var problems: [String] = []
        switch analyzer.analyze(file, bytes: bytes) {
        case .failure(let diagnostic):
            if diagnostic.severity != .error || diagnostic.file != file.path || diagnostic.message.isEmpty {
                problems.append("rejection is not an error naming the file: \(diagnostic)")
            }
        case .success(let analysis):
            problems += check(analysis)
            if let text = try? TextDecoder().decode(bytes).text {
                problems += checkMentions(in: text)
            }
        }
        return problems
    }

    func check(_ analysis: IssueAnalysis) -> [String] {
        var problems: [String] = []
        if analysis.chars < 0 || analysis.tokens < 0 { problems.append("negative size") }
        if analysis.articles.reduce(0, { $0 + $1.tokens }) != analysis.tokens { problems.append("article tokens do not add up") }
        if analysis.articles.reduce(0, { $0 + $1.chars }) != analysis.chars { problems.append("article chars do not add up") }
        for term in analysis.terms where term.term.isEmpty || term.count <= 0 {
            problems.append("bad term row '\(term.term)' \(term.count)")
        }
        for (a, b) in zip(analysis.terms, analysis.terms.dropFirst()) where !TermCounter.frequencyOrder(a, b) {
            problems.append("terms out of order or repeated: '\(a.term)' '\(b.term)'")
        }
        if analysis.terms.reduce(0, { $0 + $1.count }) > analysis.tokens { problems.append("more term counts than tokens") }
        for slogan in analysis.slogans where slogan.slogan.isEmpty || slogan.quoted > slogan.count || slogan.count <= 0
            || slogan.articles <= 0 || slogan.articles > max(analysis.articles.count, 1) {
            problems.append("bad slogan row \(slogan)")
        }
        return problems
    }

    /// Mentions lie inside their line, in order, and their text is the line's text there.
    func checkMentions(in text: String) -> [String] {
        var problems: [String] = []
        let lines = LayoutRepair.splitLines(text).map(String.init)
        let inventory = slogans.discover(lines)
        let trie = SloganTrie(inventory)
        for line in lines {
            let scalars = Array(line.unicodeScalars)
            var mentions = slogans.find(in: line, inventory: inventory, trie: trie)
            for extractor in extractors { mentions += extractor.extract(line) }
            for mention in mentions {
                guard mention.start >= 0, mention.start < mention.end, mention.end <= scalars.count else {
                    problems.append("\(mention.kind) mention \(mention.start)..<\(mention.end) outside a line of \(scalars.count)")
                    continue
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[mention.start..<mention.end])
                if String(view) != mention.text {
                    problems.append("\(mention.kind) mention text '\(mention.text)' is not the line's '\(String(view))'")
                }
            }
        }
        return problems
    }
}
