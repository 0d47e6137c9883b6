/// `articles.csv`: one row per article of each analyzed issue, in issue then article
/// order; `article` is the 1-based position in its issue and authors are joined by `;`.
public enum ArticlesTable {
    public static let header = ["issue", "article", "section", "title", "authors", "chars", "tokens"]

    public static func make(_ issues: [IssueAnalysis]) -> CSVTable {
        var table = CSVTable(header: header)
        for issue in issues {
            for (index, article) in issue.articles.enumerated() {
                table.append([issue.issue, String(index + 1), article.section ?? "", article.title,
                              article.authors.joined(separator: ";"), String(article.chars), String(article.tokens)])
            }
        }
        return table
    }
}
