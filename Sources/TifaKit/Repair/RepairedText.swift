/// A paragraph as a reader would see it, remembering the line of the original file it
/// started on, so every later finding can cite a line the user can open.
public struct Paragraph: Sendable, Hashable, Codable {
    public var text: String
    /// 1-based line number in the original file.
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Non-whitespace Unicode scalars: a size that does not change with layout.
    public var characterCount: Int {
        text.unicodeScalars.reduce(0) { $0 + (CharacterClass.isSpace($1) ? 0 : 1) }
    }
}

/// Text after layout repair alone (no article structure): what `LayoutRepair` returns
/// for text that is not an issue, such as one pasted article.
public struct RepairedText: Sendable, Hashable {
    public typealias Paragraph = TifaKit.Paragraph

    public var paragraphs: [Paragraph]

    public init(paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
    }

    /// Paragraphs joined by line feeds: the text the tokenizer sees.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }

    /// Non-whitespace Unicode scalars.
    public var characterCount: Int { paragraphs.reduce(0) { $0 + $1.characterCount } }
}
