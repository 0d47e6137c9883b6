/// What the reports say, built once from the corpus statistics and rendered as Markdown
/// and HTML: the corpus at a glance, slogans first (what analysts track), then how they
/// move across issues, key terms, collocations, and a page per issue.
public struct ReportBuilder: Sendable {
    public var topSlogans = 30
    public var topTerms = 30
    public var trendItems = 8
    public var keyTermsShown = 10
    public var topEntities = 30

    public init() {}

    /// Link from the corpus report to an issue's page.
    public static func issuePage(_ issue: String) -> String {
        "issues/\(SafeFileName.encode(issue))/report.html"
    }

    /// The corpus part of the report (in Markdown, the issue sections follow it).
    public func corpus(_ statistics: CorpusStatistics, failures: [Diagnostic], html: Bool) -> ReportDocument {
        var document = ReportDocument(title: "tifa report")
        let issues = statistics.issues
        let chars = issues.reduce(0) { $0 + $1.chars }
        let articles = issues.reduce(0) { $0 + $1.articles }
        var summary = "\(issues.count) issue\(issues.count == 1 ? "" : "s"), \(articles) articles, "
        summary += "\(chars) characters, \(statistics.tokens) tokens, \(statistics.slogans.count) distinct slogans"
        if !failures.isEmpty { summary += "; \(failures.count) failed" }
        document.append(.paragraph(summary + "."))
        if !failures.isEmpty {
            document.append(.heading(level: 2, text: "Failed", id: "failed"))
            document.append(.list(failures.map(\.description)))
        }

        document.append(.heading(level: 2, text: "Slogans", id: "slogans"))
        let slogans = statistics.slogans.prefix(topSlogans)
        document.append(.bars(slogans.prefix(20).map { SVGChart.Bar(label: $0.slogan, value: Double($0.count), note: String($0.count)) }))
        var sloganTable = ReportDocument.Table(header: ["rank", "slogan", "category", "count", "quoted", "issues", "first seen"],
                                               numeric: [0, 3, 4, 5])
        for (rank, slogan) in slogans.enumerated() {
            let citation = "\(slogan.firstIssue) a\(slogan.firstArticle) l\(slogan.firstLine)"
            sloganTable.rows.append([.init(String(rank + 1)), .init(slogan.slogan), .init(slogan.category.rawValue),
                                     .init(String(slogan.count)), .init(String(slogan.quoted)), .init(String(slogan.issues)),
                                     .init(citation, link: html ? Self.issuePage(slogan.firstIssue) : nil)])
        }
        document.append(.table(sloganTable))

        if issues.count > 1 {
            document.append(.heading(level: 2, text: "Trends", id: "trends"))
            document.append(.paragraph("Occurrences per 10,000 tokens of the most frequent slogans, issue by issue."))
            let top = statistics.slogans.prefix(trendItems)
            let series = top.map { slogan in
                SVGChart.Series(name: slogan.slogan, values: zip(statistics.series(.slogan, slogan.slogan) ?? [], issues).map {
                    Rate.per10k($0, of: $1.tokens)
                })
            }
            document.append(.lines(series, xLabels: issues.map(\.issue)))
            var table = ReportDocument.Table(header: ["issue"] + top.map(\.slogan), numeric: Set(1...max(1, top.count)))
            let counts = top.map { statistics.series(.slogan, $0.slogan) ?? issues.map { _ in 0 } }
            for (index, issue) in issues.enumerated() {
                table.rows.append([.init(issue.issue)] + counts.map { .init(String($0[index])) })
            }
            document.append(.table(table))
        }

        document.append(.heading(level: 2, text: "Top terms", id: "terms"))
        document.append(.bars(statistics.terms.prefix(20).map { SVGChart.Bar(label: $0.term, value: Double($0.count), note: String($0.count)) }))
        var terms = ReportDocument.Table(header: ["rank", "term", "count", "per 10k"], numeric: [0, 2, 3])
        for (rank, term) in statistics.terms.prefix(topTerms).enumerated() {
            terms.rows.append([.init(String(rank + 1)), .init(term.term), .init(String(term.count)),
                               .init(Rate.fixed(Rate.per10k(term.count, of: statistics.tokens)))])
        }
        document.append(.table(terms))

        if issues.count > 1 {
            document.append(.heading(level: 2, text: "Key terms by issue", id: "keyness"))
            document.append(.paragraph("Terms an issue uses more than the rest of the corpus (log-likelihood G2 ≥ 3.84, count ≥ 3), with the log2 ratio of rates."))
            var table = ReportDocument.Table(header: ["issue", "key terms (G2, log ratio)"])
            for (issue, scores) in zip(issues, statistics.keyness) {
                let text = scores.prefix(keyTermsShown).map { "\($0.term) (\(Rate.fixed($0.g2, places: 1)), \(Rate.fixed($0.logRatio, places: 1)))" }
                table.rows.append([.init(issue.issue, link: html ? Self.issuePage(issue.issue) : nil), .init(text.joined(separator: "、"))])
            }
            document.append(.table(table))
        }

        if !statistics.collocations.isEmpty {
            document.append(.heading(level: 2, text: "Collocations", id: "collocations"))
            document.append(.paragraph("Terms that share sentences with the corpus's key terms and slogans, strongest (G2) first."))
            var table = ReportDocument.Table(header: ["term", "collocates (sentences, PMI)"])
            var byNode: [(String, [Collocation])] = []
            for collocation in statistics.collocations {
                if byNode.last?.0 == collocation.node { byNode[byNode.count - 1].1.append(collocation) } else { byNode.append((collocation.node, [collocation])) }
            }
            for (node, list) in byNode {
                table.rows.append([.init(node), .init(list.prefix(8).map { "\($0.collocate) (\($0.count), \(Rate.fixed($0.pmi, places: 1)))" }.joined(separator: "、"))])
            }
            document.append(.table(table))
        }

        for (type, title, id) in [(Mention.Kind.person, "People", "people"), (.place, "Places", "places"),
                                  (.organization, "Organizations", "organizations")] {
            let list = statistics.entities.filter { $0.type == type }.prefix(topEntities)
            guard !list.isEmpty else { continue }
            document.append(.heading(level: 2, text: title, id: id))
            var table = ReportDocument.Table(header: ["name", "mentions", "issues", "roles", "first seen"], numeric: [1, 2])
            for entity in list {
                table.rows.append([.init(entity.name), .init(String(entity.count)), .init(String(entity.issues)),
                                   .init(entity.roles.prefix(3).joined(separator: "、")),
                                   .init("\(entity.firstIssue) a\(entity.firstArticle) l\(entity.firstLine)",
                                         link: html ? Self.issuePage(entity.firstIssue) : nil)])
            }
            document.append(.table(table))
        }
        let appointments = statistics.appointments.map { ($0.issue, $0.row) }
        if !appointments.isEmpty {
            document.append(.heading(level: 2, text: "Appointments", id: "appointments"))
            document.append(.table(Self.appointmentsTable(appointments)))
        }

        document.append(.heading(level: 2, text: "Issues", id: "issues"))
        var table = ReportDocument.Table(header: ["issue", "number", "year", "articles", "characters", "tokens", "slogans"],
                                         numeric: [1, 2, 3, 4, 5, 6])
        for issue in issues {
            table.rows.append([.init(issue.issue, link: html ? Self.issuePage(issue.issue) : nil),
                               .init(issue.number.map(String.init) ?? ""), .init(issue.year.map(String.init) ?? ""),
                               .init(String(issue.articles)), .init(String(issue.chars)), .init(String(issue.tokens)),
                               .init(String(issue.slogans))])
        }
        document.append(.table(table))
        // report.md goes on with every issue's section (`issue(_:keyTerms:headingLevel: 3)`),
        // which the writer streams after this part.
        return document
    }

    /// The key-terms section of an issue (nothing when it has none): the one part of an
    /// issue's page that changes with the rest of the corpus.
    /// Key terms shown on an issue's page and in its report section.
    static let keyTermsOnPage = 20

    public func keyTermBlocks(_ issue: String, _ keyTerms: [Keyness.Score], headingLevel: Int) -> [ReportDocument.Block] {
        guard !keyTerms.isEmpty else { return [] }
        var table = ReportDocument.Table(header: ["term", "count", "expected", "G2", "log ratio"], numeric: [1, 2, 3, 4])
        for score in keyTerms.prefix(Self.keyTermsOnPage) {
            table.rows.append([.init(score.term), .init(String(score.count)), .init(Rate.fixed(score.expected)),
                               .init(Rate.fixed(score.g2)), .init(Rate.fixed(score.logRatio))])
        }
        return [.heading(level: headingLevel, text: "Key terms of \(issue)", id: "keyness"), .table(table)]
    }

    static func appointmentsTable(_ rows: [(String, AppointmentRow)]) -> ReportDocument.Table {
        var table = ReportDocument.Table(header: ["issue", "person", "action", "post", "organization", "cited"])
        for (issue, row) in rows {
            table.rows.append([.init(issue), .init(row.person), .init(row.action), .init(row.post), .init(row.organization),
                               .init("a\(row.article) l\(row.line)")])
        }
        return table
    }

    /// One issue's page (HTML) or section (Markdown).
    public func issue(_ issue: IssueAnalysis, keyTerms: [Keyness.Score], headingLevel: Int = 2) -> ReportDocument {
        var document = ReportDocument(title: issue.issue)
        let sub = headingLevel + (headingLevel == 3 ? 1 : 0)
        if headingLevel == 3 { document.append(.heading(level: 3, text: issue.issue, id: "issue-\(SafeFileName.encode(issue.issue))")) }
        var facts = "File \(issue.file)"
        if let number = issue.number { facts += ", issue \(number)" }
        if let year = issue.year { facts += ", \(year)" }
        facts += ": \(issue.articles.count) articles, \(issue.chars) characters, \(issue.tokens) tokens, \(issue.terms.count) distinct terms."
        document.append(.paragraph(facts))

        document.append(.heading(level: sub, text: "Slogans in \(issue.issue)", id: "slogans"))
        var slogans = ReportDocument.Table(header: ["slogan", "category", "count", "quoted", "articles", "first seen"], numeric: [2, 3, 4])
        for slogan in issue.slogans.prefix(topSlogans) {
            slogans.rows.append([.init(slogan.slogan), .init(slogan.category.rawValue), .init(String(slogan.count)),
                                 .init(String(slogan.quoted)), .init(String(slogan.articles)), .init("a\(slogan.article) l\(slogan.line)")])
        }
        document.append(.table(slogans))

        document.append(.heading(level: sub, text: "Top terms in \(issue.issue)", id: "terms"))
        var terms = ReportDocument.Table(header: ["rank", "term", "count", "per 10k"], numeric: [0, 2, 3])
        for (rank, term) in issue.terms.prefix(topTerms).enumerated() {
            terms.rows.append([.init(String(rank + 1)), .init(term.term), .init(String(term.count)),
                               .init(Rate.fixed(Rate.per10k(term.count, of: issue.tokens)))])
        }
        document.append(.table(terms))

        document.blocks += keyTermBlocks(issue.issue, keyTerms, headingLevel: sub)

        for (type, title) in [(Mention.Kind.person, "People"), (.place, "Places"), (.organization, "Organizations")] {
            let list = issue.entities.filter { $0.type == type }.prefix(topEntities)
            guard !list.isEmpty else { continue }
            document.append(.heading(level: sub, text: "\(title) in \(issue.issue)", id: title.lowercased()))
            var table = ReportDocument.Table(header: ["name", "mentions", "articles", "roles", "first seen"], numeric: [1, 2])
            for entity in list {
                table.rows.append([.init(entity.name), .init(String(entity.count)), .init(String(entity.articles)),
                                   .init(entity.roles.prefix(3).joined(separator: "、")), .init("a\(entity.article) l\(entity.line)")])
            }
            document.append(.table(table))
        }
        if !issue.appointments.isEmpty {
            document.append(.heading(level: sub, text: "Appointments in \(issue.issue)", id: "appointments"))
            document.append(.table(Self.appointmentsTable(issue.appointments.map { (issue.issue, $0) })))
        }

        document.append(.heading(level: sub, text: "Articles of \(issue.issue)", id: "articles"))
        var articles = ReportDocument.Table(header: ["#", "section", "title", "authors", "characters", "line"], numeric: [0, 4, 5])
        for (index, article) in issue.articles.enumerated() {
            articles.rows.append([.init(String(index + 1)), .init(article.section ?? ""), .init(article.title),
                                  .init(article.authors.joined(separator: "、")), .init(String(article.chars)), .init(String(article.line))])
        }
        document.append(.table(articles))
        return document
    }
}
