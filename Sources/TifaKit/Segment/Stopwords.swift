/// Function words frequency tables leave out by default (`--keep-stopwords` keeps them).
/// Tokens still include them: segmentation and counting are separate questions.
public struct Stopwords: Sendable {
    private let words: Set<String>

    /// The built-in list (Resources/lexicon/stopwords.txt).
    public static let builtin = Stopwords(Lexicon.entries(BuiltinLexiconData.stopwords))

    /// No stopwords: every term is counted.
    public static let none = Stopwords([])

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
    }

    public func contains(_ term: String) -> Bool { words.contains(term) }

    public var isEmpty: Bool { words.isEmpty }
}
