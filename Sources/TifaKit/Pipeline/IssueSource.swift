/// Where the reduce reads an issue's analysis from: its cache entry, read when needed (so
/// a run never holds every issue at once), or memory (a result that could not be cached,
/// or issues handed over by a caller).
public enum IssueSource: Sendable {
    /// `stamp` names the entry's content (analyzer and content hash): equal stamps, equal entries.
    case cached(path: String, key: IssueKey, stamp: String)
    case memory(IssueAnalysis)

    /// What issue order and messages need without reading the entry.
    public var key: IssueKey {
        switch self {
        case .cached(_, let key, _): return key
        case .memory(let analysis): return IssueKey(analysis)
        }
    }

    /// The entry's stamp; nil for an analysis in memory.
    public var stamp: String? {
        if case .cached(_, _, let stamp) = self { return stamp }
        return nil
    }

    /// The whole analysis; nil if the entry can no longer be read. `lean` leaves out what
    /// only the first pass of the reduce reads (figures, sentence frequencies).
    public func load(lean: Bool = false) -> IssueAnalysis? {
        switch self {
        case .cached(let path, let key, _):
            guard let analysis = AnalysisCache.load(path: path, lean: lean), analysis.issue == key.issue else { return nil }
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
