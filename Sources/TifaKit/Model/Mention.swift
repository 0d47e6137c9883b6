/// One thing an extractor found in a text: a slogan, a person, a place, a date... Offsets
/// are in Unicode scalars of the text it was found in (end exclusive), the convention of
/// `tifa mentions` and of the evaluation scorers.
public struct Mention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case slogan, person, place, organization, date, figure
    }

    public var kind: Kind
    /// A finer class within the kind: a slogan's category (numbered, meeting, quoted), a
    /// figure's kind (money, percent, ...); nil when the kind has none.
    public var category: String?
    public var start: Int
    public var end: Int
    /// The characters as they stand in the text.
    public var text: String
    /// The form occurrences are counted under (variants merged: “四个”意识 -> 四个意识).
    public var normalized: String
    /// Whether this occurrence stood inside quotation marks.
    public var quoted: Bool
    /// For a person, the post stated next to the name (总书记, 副县长); nil when none.
    public var role: String?

    public init(kind: Kind, category: String? = nil, start: Int, end: Int, text: String,
                normalized: String? = nil, quoted: Bool = false, role: String? = nil) {
        self.kind = kind
        self.category = category
        self.start = start
        self.end = end
        self.text = text
        self.normalized = normalized ?? text
        self.quoted = quoted
        self.role = role
    }
}
