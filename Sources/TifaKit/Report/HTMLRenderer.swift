/// `report.html` and the per-issue pages: one self-contained page each (inline CSS and
/// SVG; no scripts, no network, no external fonts), every piece of corpus text escaped.
public enum HTMLRenderer {
    /// `stylesheetDepth` is unused by the page itself (styles are inline); `home` links
    /// back to the corpus report from an issue page.
    public static func render(_ document: ReportDocument, home: String? = nil) -> String {
        head(document, home: home) + render(blocks: document.blocks) + footer
    }

    /// Everything before the first block: title, link home, table of contents.
    static func head(_ document: ReportDocument, home: String?) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTMLText.escape(document.title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
        if let home { out += "<p class=\"nav\"><a href=\"\(HTMLText.escape(home))\">← corpus report</a></p>\n" }
        out += "<h1>\(HTMLText.escape(document.title))</h1>\n"
        let sections = document.blocks.compactMap { block -> (String, String)? in
            if case .heading(2, let text, let id) = block { return (text, id) }
            return nil
        }
        if sections.count > 2 {
            out += "<nav><ul>" + sections.map { "<li><a href=\"#\(HTMLText.escape($0.1))\">\(HTMLText.escape($0.0))</a></li>" }.joined() + "</ul></nav>\n"
        }
        return out
    }

    static var footer: String {
        "<footer>tifa \(HTMLText.escape(TifaVersion.current))</footer>\n</body>\n</html>\n"
    }

    static func render(blocks: [ReportDocument.Block]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text, let id):
                let tag = "h\(max(2, min(level, 4)))"
                out += "<\(tag) id=\"\(HTMLText.escape(id))\">\(HTMLText.escape(text))</\(tag)>\n"
            case .paragraph(let text):
                out += "<p>\(HTMLText.escape(text))</p>\n"
            case .list(let items):
                out += "<ul>" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
            case .table(let table):
                out += render(table)
            case .bars(let bars):
                out += "<figure>\(SVGChart.bars(bars))</figure>\n"
            case .lines(let series, let labels):
                out += "<figure>\(SVGChart.lines(series, xLabels: labels))</figure>\n"
            }
        }
        return out
    }

    static func render(_ table: ReportDocument.Table) -> String {
        guard !table.rows.isEmpty else { return "<p class=\"empty\">None.</p>\n" }
        var out = "<table>\n<thead><tr>"
        for (index, name) in table.header.enumerated() {
            out += table.numeric.contains(index) ? "<th class=\"n\">" : "<th>"
            out += HTMLText.escape(name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += table.numeric.contains(index) ? "<td class=\"n\">" : "<td>"
                let text = HTMLText.escape(cell.text)
                out += cell.link.map { "<a href=\"\(HTMLText.escape($0))\">\(text)</a>" } ?? text
                out += "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;\
    margin:2em auto;max-width:1000px;padding:0 1em;color:#222;line-height:1.5}\
    h1{border-bottom:3px solid #c0392b;padding-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ddd}\
    table{border-collapse:collapse;margin:.5em 0 1em;font-size:14px}th,td{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}\
    th{background:#f6f6f6}.n{text-align:right;font-variant-numeric:tabular-nums}nav ul{columns:3;font-size:14px}\
    figure{margin:.5em 0;overflow-x:auto}footer{margin-top:3em;color:#888;font-size:12px}.empty{color:#888}\
    .nav{font-size:14px}a{color:#2471a3;text-decoration:none}a:hover{text-decoration:underline}
    """
}
