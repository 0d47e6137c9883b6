import Foundation

/// One issue file in the corpus, named the way every output names it.
public struct SourceFile: Sendable, Hashable, Codable {
    /// Where to read it.
    public var path: String
    /// The file name, e.g. `issue-050.txt`.
    public private(set) var name: String

    /// The issue key used in every CSV: the name without its extension (worked out once:
    /// NSString's path functions cost ~13,000 instructions a call, and a run asks for it
    /// several times per issue).
    public let issue: String

    private enum CodingKeys: String, CodingKey { case path, name }

    public init(path: String) {
        self.path = path
        self.name = (path as NSString).lastPathComponent
        issue = Self.issue(of: name)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        name = try container.decode(String.self, forKey: .name)
        issue = Self.issue(of: name)
    }

    private static func issue(of name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
