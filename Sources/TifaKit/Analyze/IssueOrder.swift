/// The order issues are listed in everywhere (CSV rows, reports, trend lines): by the
/// running issue number printed in them, else by year, else by file name, so a trend
/// reads left to right in publication order whatever the files are called.
public enum IssueOrder {
    public static func sorted(_ issues: [IssueAnalysis]) -> [IssueAnalysis] {
        issues.sorted(by: precedes)
    }

    public static func sorted(_ sources: [IssueSource]) -> [IssueSource] {
        sources.map { ($0, $0.key) }.sorted { precedes($0.1, $1.1) }.map(\.0)
    }

    public static func precedes(_ a: IssueAnalysis, _ b: IssueAnalysis) -> Bool {
        precedes(IssueKey(a), IssueKey(b))
    }

    public static func precedes(_ a: IssueKey, _ b: IssueKey) -> Bool {
        switch (a.number, b.number) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.year, b.year) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        return Array(a.file.utf8).lexicographicallyPrecedes(Array(b.file.utf8))
    }
}
