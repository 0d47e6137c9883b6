/// One date or figure stated in an issue (2017年2月14日, 1100亿元, 20%), normalized so
/// dashboards can sum and chart them: `figures.csv`.
public struct FigureRow: Sendable, Hashable, Codable {
    /// 1-based article index and the first line of the paragraph it stands in.
    public var article: Int
    public var line: Int
    /// date, money, percent, count or measure.
    public var kind: String
    /// The characters as written.
    public var text: String
    /// ISO 8601 for a date (partial dates stay partial: 2017-02); a number otherwise
    /// (1100亿元 -> 110000000000, 20% -> 0.2).
    public var value: String
    /// CNY, ratio, persons, days ...; empty for a date.
    public var unit: String
    /// The phrase the figure measures, when it stands right before it (人均可支配收入).
    public var subject: String

    public init(article: Int, line: Int, kind: String, text: String, value: String, unit: String, subject: String) {
        self.article = article
        self.line = line
        self.kind = kind
        self.text = text
        self.value = value
        self.unit = unit
        self.subject = subject
    }
}
