/// An issue's text after layout repair: paragraphs as a reader would see them, each
/// remembering the line of the original file it started on, so every later finding can
/// cite a line the user can open.
public struct RepairedText: Sendable, Hashable {
    public struct Paragraph: Sendable, Hashable {
        public var text: String
        /// 1-based line number in the original file.
        public var line: Int

        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    public var paragraphs: [Paragraph]

    public init(paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
    }

    /// Paragraphs joined by line feeds: the text the tokenizer sees.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }

    /// Non-whitespace Unicode scalars: a size that does not change with layout.
    public var characterCount: Int {
        paragraphs.reduce(0) { sum, paragraph in
            sum + paragraph.text.unicodeScalars.reduce(0) { $0 + (CharacterClass.isSpace($1) ? 0 : 1) }
        }
    }
}
