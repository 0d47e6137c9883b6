/// Splits an issue's cleaned lines into articles. Extracted PDF text does not come in
/// reading order: a title block (kicker "柯城区：", title lines, byline) can sit in the
/// middle of its own article's first page, running section labels and page numbers sit
/// wherever the page ended, and captions float between paragraphs. The structurer
/// anchors on what is unambiguous (bylines behind the icon the issue repeats, author and
/// source notes, signatures), gives each byline the heading lines right before it, and
/// joins the body lines that remain across the furniture into paragraphs.
public struct IssueStructurer: Sendable {
    public var cleaner = LineCleaner()
    public var joiner = ParagraphJoiner()

    public init() {}

    /// The structure of a whole issue's text.
    public func structure(_ text: String) -> IssueDocument {
        structure(lines: cleaner.clean(text))
    }

    public func structure(lines: [SourceLine]) -> IssueDocument {
        let roles = LineRoles(lines: lines, bylineIcons: BylineIcon.icons(of: lines))
        var builder = ArticleBuilder(lines: lines, roles: roles, joiner: joiner)
        return builder.build()
    }
}
