/// Undoes the damage of PDF text extraction on plain text: cleans each line
/// (`LineCleaner`) and joins hard-wrapped lines into paragraphs (`ParagraphJoiner`).
/// Issues go through `IssueStructurer` instead, which also sets page furniture, titles
/// and bylines apart; this is the repair for text without that structure.
public struct LayoutRepair: Sendable {
    public var cleaner = LineCleaner()
    public var joiner = ParagraphJoiner()

    public init() {}

    public func repair(_ text: String) -> RepairedText {
        RepairedText(paragraphs: joiner.join(cleaner.clean(text)))
    }

    /// Splits on LF, CRLF and lone CR (see `LineCleaner.splitLines`).
    public static func splitLines(_ text: String) -> [Substring] { LineCleaner.splitLines(text) }

    /// One line's cleaning (see `LineCleaner.cleanScalars`).
    static func collapseWhitespace(_ line: Substring) -> [Unicode.Scalar] { LineCleaner.cleanScalars(line) }
}
