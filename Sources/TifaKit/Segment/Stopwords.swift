/// Function words frequency tables leave out by default (`--keep-stopwords` keeps them).
/// Tokens still include them: segmentation and counting are separate questions.
public struct Stopwords: Sendable {
    private let words: Set<String>
    /// The words packed by `packedKey`, sorted, when every word is plain (`PlainScalars`)
    /// and at most `maxPackedUnits` code units long; nil otherwise. Lets `contains(units:)`
    /// answer a plain term without making a String and hashing it (~1,000 instructions for
    /// a CJK term, since a String's hash normalizes).
    private let packedWords: [UInt64]?

    /// Words up to this many UTF-16 code units fit a packed key.
    static let maxPackedUnits = 4

    /// The built-in list (Resources/lexicon/stopwords.txt).
    public static let builtin = Stopwords(Lexicon.entries(BuiltinLexiconData.stopwords))

    /// No stopwords: every term is counted.
    public static let none = Stopwords([])

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        var packed: [UInt64] = []
        for word in self.words {
            guard let key = Self.packedKey(word.utf16), key.units <= Self.maxPackedUnits else {
                packedWords = nil
                return
            }
            packed.append(key.key)
        }
        packedWords = packed.sorted()
    }

    public func contains(_ term: String) -> Bool { words.contains(term) }

    /// `contains(String(decoding: units, as: UTF16.self))`, for a term held as UTF-16 code
    /// units (a `TermTable` entry): a plain term against a plain list is compared by its
    /// code units (equal plain texts are equal as Strings and nothing else is), any other
    /// term through a String.
    public func contains<C: Collection>(units: C) -> Bool where C.Element == UInt16 {
        guard let packedWords, let key = Self.packedKey(units) else {
            return words.contains(String(decoding: units, as: UTF16.self))
        }
        // Every word is plain and short: a plain term longer than the longest word is none.
        guard key.units <= Self.maxPackedUnits else { return false }
        var (low, high) = (0, packedWords.count)
        while low < high {
            let middle = (low + high) / 2
            if packedWords[middle] < key.key { low = middle + 1 } else { high = middle }
        }
        return low < packedWords.count && packedWords[low] == key.key
    }

    /// The code units of a plain text, first in the highest bits (only the last
    /// `maxPackedUnits` kept; plain units are never 0, so lengths cannot collide), and how
    /// many there were; nil when a unit is not plain (a surrogate, a combining mark ...).
    static func packedKey<C: Collection>(_ units: C) -> (key: UInt64, units: Int)? where C.Element == UInt16 {
        var key: UInt64 = 0
        var count = 0
        for unit in units {
            guard let scalar = Unicode.Scalar(unit), PlainScalars.isPlain(scalar) else { return nil }
            key = key << 16 | UInt64(unit)
            count += 1
        }
        return (key, count)
    }

    public var isEmpty: Bool { words.isEmpty }
}
