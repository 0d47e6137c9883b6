/// Where the reduce reads an issue's analysis from: its cache entry, read when needed (so
/// a run never holds every issue at once), or memory (a result that could not be cached,
/// or issues handed over by a caller).
public enum IssueSource: Sendable {
    case cached(path: String, key: IssueKey)
    case memory(IssueAnalysis)

    /// What issue order and messages need without reading the entry.
    public var key: IssueKey {
        switch self {
        case .cached(_, let key): return key
        case .memory(let analysis): return IssueKey(analysis)
        }
    }

    /// The whole analysis; nil if the entry can no longer be read.
    public func load() -> IssueAnalysis? {
        switch self {
        case .cached(let path, let key):
            guard let analysis = AnalysisCache.load(path: path), analysis.issue == key.issue else { return nil }
            return analysis
        case .memory(let analysis):
            return analysis
        }
    }
}

/// An issue's name, file and printed number and year: its place in `IssueOrder`.
public struct IssueKey: Sendable, Hashable, Codable {
    public var issue: String
    public var file: String
    public var number: Int?
    public var year: Int?

    public init(issue: String, file: String, number: Int?, year: Int?) {
        self.issue = issue
        self.file = file
        self.number = number
        self.year = year
    }

    public init(_ analysis: IssueAnalysis) {
        self.init(issue: analysis.issue, file: analysis.file, number: analysis.number, year: analysis.year)
    }
}
