import Foundation

/// One issue file in the corpus, named the way every output names it.
public struct SourceFile: Sendable, Hashable, Codable {
    /// Where to read it.
    public var path: String
    /// The file name, e.g. `issue-050.txt`.
    public var name: String

    public init(path: String) {
        self.path = path
        self.name = (path as NSString).lastPathComponent
    }

    /// The issue key used in every CSV: the name without its extension.
    public var issue: String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
