import Foundation

/// What `tifa run` is asked to do.
public struct RunOptions: Sendable, Equatable {
    /// Folder of `.txt` issues.
    public var corpus: String
    /// Folder the outputs are written to (created when missing).
    public var output: String
    /// How many issues are analyzed at once.
    public var jobs: Int
    /// User lexicons (jieba user-dictionary format); their words always win.
    public var lexicons: [String] = []
    /// Keep function words (stopwords) in frequency tables.
    public var keepStopwords = false
    /// Discover new words in each issue's own text and tokenize with them (new_words.csv).
    public var discoverWords = true
    /// Lists of known formulations (`text [category]` a line) added to the built-in one.
    public var sloganLists: [String] = []
    /// Re-analyze every issue, ignoring cached results.
    public var force = false
    /// Fold traditional Chinese characters to simplified ones before analysis (ICU).
    public var simplify = false
    /// Issues larger than this are read, decoded and analyzed in parts of about this many
    /// bytes (in parallel) and merged, so memory stays bounded whatever the file size.
    public var partBytes = RunOptions.defaultPartBytes
    public static let defaultPartBytes = 4 << 20
    /// Analyze only this shard of the corpus into the cache, without writing corpus outputs.
    public var shard: Shard?
    /// Start CSV files with a UTF-8 byte-order mark, so Excel opens them as UTF-8.
    public var excel = false

    public init(corpus: String = "Corpus", output: String = "Output", jobs: Int = RunOptions.defaultJobs) {
        self.corpus = corpus
        self.output = output
        self.jobs = max(1, jobs)
    }

    /// One job per active core.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
