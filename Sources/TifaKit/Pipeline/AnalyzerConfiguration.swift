/// Everything besides an issue's bytes that decides its analysis: user lexicons, extra
/// slogan lists, options. Its fingerprint keys the cache, so changing any of it (or
/// upgrading tifa) re-analyzes every issue instead of mixing old and new results.
public struct AnalyzerConfiguration: Sendable {
    /// Words from user lexicons; they always win in segmentation.
    public var userWords: [String]
    /// Known formulations: the built-in national list plus `--slogans` files.
    public var slogans: SloganLexicon
    /// Keep stopwords in term counts.
    public var keepStopwords: Bool
    /// Discover new words in each issue's own text and tokenize with them.
    public var discoverWords: Bool
    /// Fold traditional characters to simplified before analysis (`--simplify`).
    public var simplify: Bool

    public init(userWords: [String] = [], slogans: SloganLexicon = .builtIn, keepStopwords: Bool = false,
                discoverWords: Bool = true, simplify: Bool = false) {
        self.userWords = userWords
        self.slogans = slogans
        self.keepStopwords = keepStopwords
        self.discoverWords = discoverWords
        self.simplify = simplify
    }

    /// Reads the lexicon files named in `options`.
    public init(options: RunOptions) throws {
        var slogans = SloganLexicon.builtIn
        for path in options.sloganLists {
            let bytes = try IssueFileReader.read(path)
            slogans.merge(parsing: String(decoding: bytes, as: UTF8.self))
        }
        self.init(userWords: try Lexicon.readUserDictionaries(options.lexicons), slogans: slogans,
                  keepStopwords: options.keepStopwords, discoverWords: options.discoverWords, simplify: options.simplify)
    }

    /// tifa's build (BuildIdentity: a rebuilt tifa re-analyzes), the cache format and a hash of the configuration.
    public var fingerprint: String {
        var hash = ContentHash()
        func add(_ text: String) {
            hash.update(text.utf8)
            hash.update([0])
        }
        add(Tokenizer.revision)
        add("keepStopwords=\(keepStopwords) discoverWords=\(discoverWords)" + (simplify ? " simplify=true" : ""))
        for word in userWords.sorted() { add(word) }
        add("slogans")
        for (text, category) in slogans.entries.sorted(by: { $0.key < $1.key }) { add(text + " " + category.rawValue) }
        return "\(BuildIdentity.current) cache \(AnalysisCache.format) config \(hash.hex)"
    }
}
