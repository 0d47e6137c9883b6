/// One person, place or organization named in an issue: how often, in how many articles,
/// the posts stated next to it, and where it first appears so a reader can check it.
/// What `entities.csv` lists and the report's people / places / organizations render.
public struct EntityTally: Sendable, Hashable, Codable {
    /// person, place or organization.
    public var type: Mention.Kind
    /// The name as written (a person may be a bare surname before a form of address: 周).
    public var name: String
    /// Mentions in the titles, paragraphs and bylines.
    public var count: Int
    /// Posts and titles stated next to the name (书记, 副县长, 作者), most frequent first.
    public var roles: [String]
    /// Articles it appears in.
    public var articles: Int
    /// First occurrence: 1-based article index and line of the original file.
    public var article: Int
    public var line: Int

    public init(type: Mention.Kind, name: String, count: Int, roles: [String] = [], articles: Int, article: Int, line: Int) {
        self.type = type
        self.name = name
        self.count = count
        self.roles = roles
        self.articles = articles
        self.article = article
        self.line = line
    }

    /// People, places, organizations; within a type most mentioned first, then by
    /// name in code-point order.
    public static func order(_ a: EntityTally, _ b: EntityTally) -> Bool {
        let ta = typeRank(a.type), tb = typeRank(b.type)
        if ta != tb { return ta < tb }
        if a.count != b.count { return a.count > b.count }
        return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars)
    }

    static func typeRank(_ kind: Mention.Kind) -> Int {
        switch kind {
        case .person: return 0
        case .place: return 1
        case .organization: return 2
        default: return 3
        }
    }
}
