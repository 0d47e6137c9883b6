/// One appointment or removal read from an issue's 任免 notices: who, what happened,
/// which post in which organization. `appointments.csv`.
public struct AppointmentRow: Sendable, Hashable, Codable {
    /// 1-based article index and the first line of the paragraph it stands in.
    public var article: Int
    public var line: Int
    public var person: String
    /// appoint, remove, concurrent or nominate.
    public var action: String
    public var post: String
    /// Empty when the notice names the post alone.
    public var organization: String

    public init(article: Int, line: Int, person: String, action: String, post: String, organization: String) {
        self.article = article
        self.line = line
        self.person = person
        self.action = action
        self.post = post
        self.organization = organization
    }
}
