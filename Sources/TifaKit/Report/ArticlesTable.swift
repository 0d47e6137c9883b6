/// `articles.csv`: one row per article of each analyzed issue, in issue then article
/// order; `article` is the 1-based position in its issue and authors are joined by `;`.
public enum ArticlesTable {
    public static let header = ["issue", "article", "section", "title", "authors", "chars", "tokens"]

    /// The rows of one issue (the file is these, issue after issue).
    public static func rows(_ issue: IssueAnalysis) -> [[String]] {
        issue.articles.enumerated().map { index, article in
            [issue.issue, String(index + 1), article.section ?? "", article.title,
             article.authors.joined(separator: ";"), String(article.chars), String(article.tokens)]
        }
    }

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        CSVTable(header: header, rows: issues.flatMap(rows))
    }
}
