import Foundation

/// Everything the segmentation layers know beyond ICU: a trie of words (built-in general
/// knowledge, user lexicons, words discovered in the corpus) and the surnames the name
/// joiner starts from. Built once per run, shared read-only by every worker.
public struct Lexicon: Sendable {
    public var trie: LexiconTrie
    public var surnames: SurnameTable

    /// The built-in lexicon alone (built on first use).
    public static let builtin = Lexicon()

    /// Weight of a curated built-in word (a frequency near the top tenth of the general
    /// vocabulary's words): enough to beat any split of it, not every overlapping word.
    static let builtinWeight = 2000.0
    /// Weight of a discovered word: a common word's, below the curated lexicon's.
    static let discoveredWeight = 500.0

    /// The built-in lexicon (the general vocabulary and the curated files) plus user words
    /// (which always win) and discovered words (which lose to both).
    /// The built-in lexicon alone comes from the compiled trie when it is current
    /// (`CompiledVocabularyTrie`), else it is built like any other.
    public init(userWords: [String] = [], discovered: [String] = [], includeBuiltin: Bool = true) {
        if includeBuiltin, userWords.isEmpty, discovered.isEmpty, let compiled = CompiledVocabularyTrie.load() {
            trie = compiled
        } else {
            trie = Self.buildTrie(userWords: userWords, discovered: discovered, includeBuiltin: includeBuiltin)
        }
        surnames = SurnameTable(Self.entries(BuiltinLexiconData.surnames))
    }

    /// The trie of these words built from the word lists (what the compiled trie must equal).
    static func buildTrie(userWords: [String] = [], discovered: [String] = [], includeBuiltin: Bool = true) -> LexiconTrie {
        var entries: [LexiconTrie.Entry] = []
        if includeBuiltin {
            entries = GeneralLexicon.entries
            entries.reserveCapacity(entries.count + Self.builtinWords.count + discovered.count + userWords.count)
            for word in Self.builtinWords {
                entries.append(LexiconTrie.Entry(word: Array(word.utf16), source: .builtin, weight: Self.builtinWeight))
            }
        }
        for word in discovered {
            entries.append(LexiconTrie.Entry(word: Array(word.utf16), source: .discovered, weight: Self.discoveredWeight))
        }
        for word in userWords {
            entries.append(LexiconTrie.Entry(word: Array(word.utf16), source: .user, weight: Self.builtinWeight))
        }
        return LexiconTrie(weighted: entries, total: includeBuiltin ? GeneralLexicon.totalWeight : nil)
    }

    /// The built-in lexicon plus `userWords`: without any, the shared `builtin` (which the
    /// entity stage uses too), so a run builds the vocabulary's trie once, not twice.
    public static func with(userWords: [String]) -> Lexicon {
        userWords.isEmpty ? builtin : Lexicon(userWords: userWords)
    }

    /// This lexicon plus words discovered in an issue (weight `discoveredWeight`, losing
    /// to user and curated words): the same segmentation as
    /// `Lexicon(userWords:discovered:)` without rebuilding the whole vocabulary's trie.
    public func adding(discovered: [String]) -> Lexicon {
        var copy = self
        copy.trie = trie.adding(discovered.map {
            LexiconTrie.Entry(word: Array($0.utf16), source: .discovered, weight: Self.discoveredWeight)
        })
        return copy
    }

    /// The words of the built-in lexicon files (formulations, titles, places, people,
    /// common words ICU lacks).
    public static let builtinWords: [String] = {
        [BuiltinLexiconData.formulations, BuiltinLexiconData.institutions, BuiltinLexiconData.titles, BuiltinLexiconData.places,
         BuiltinLexiconData.people, BuiltinLexiconData.words].flatMap(entries)
    }()

    /// The entries of a built-in data file: one per line, `#` comments and blanks skipped.
    static func entries(_ data: String) -> [String] {
        data.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }

    /// The words of a user dictionary in jieba's format: `word [freq] [tag]` a line,
    /// fields separated by spaces or tabs; frequency and tag are accepted and ignored
    /// (user words always win). Blank lines and `#` comments are skipped; entries may
    /// contain punctuation (《准则》).
    public static func parseUserDictionary(_ text: String) -> [String] {
        var words: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            guard let field = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { continue }
            if field.hasPrefix("#") { continue }
            var word = String(field)
            if word.hasPrefix("\u{FEFF}") { word.removeFirst() }
            if !word.isEmpty { words.append(word) }
        }
        return words
    }

    /// Reads and parses user dictionaries (UTF-8, with or without BOM).
    public static func readUserDictionaries(_ paths: [String]) throws -> [String] {
        var words: [String] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TifaError.inputUnreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
            }
            words += parseUserDictionary(String(decoding: data, as: UTF8.self))
        }
        return words
    }
}
