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
        var out: [UInt8] = []
        append(blocks: blocks, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `render(blocks:)` appended to `out` as UTF-8 (built as bytes: String appends cost
    /// most of the rendering of the pages of a nightly run).
    static func append(blocks: [ReportDocument.Block], to out: inout [UInt8]) {
        for block in blocks {
            switch block {
            case .heading(let level, let text, let id):
                let tag = "h\(max(2, min(level, 4)))"
                out.append(UInt8(ascii: "<")); out.append(contentsOf: tag.utf8); out.append(contentsOf: " id=\"".utf8)
                HTMLText.append(id, to: &out)
                out.append(contentsOf: "\">".utf8)
                HTMLText.append(text, to: &out)
                out.append(contentsOf: "</".utf8); out.append(contentsOf: tag.utf8); out.append(contentsOf: ">\n".utf8)
            case .paragraph(let text):
                out.append(contentsOf: "<p>".utf8)
                HTMLText.append(text, to: &out)
                out.append(contentsOf: "</p>\n".utf8)
            case .list(let items):
                out.append(contentsOf: "<ul>".utf8)
                for item in items {
                    out.append(contentsOf: "<li>".utf8)
                    HTMLText.append(item, to: &out)
                    out.append(contentsOf: "</li>".utf8)
                }
                out.append(contentsOf: "</ul>\n".utf8)
            case .table(let table):
                append(table, to: &out)
            case .bars(let bars):
                out.append(contentsOf: "<figure>\(SVGChart.bars(bars))</figure>\n".utf8)
            case .lines(let series, let labels):
                out.append(contentsOf: "<figure>\(SVGChart.lines(series, xLabels: labels))</figure>\n".utf8)
            }
        }
    }

    static func render(_ table: ReportDocument.Table) -> String {
        var out: [UInt8] = []
        append(table, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ table: ReportDocument.Table, to out: inout [UInt8]) {
        guard !table.rows.isEmpty else { return out.append(contentsOf: "<p class=\"empty\">None.</p>\n".utf8) }
        out.append(contentsOf: "<table>\n<thead><tr>".utf8)
        for (index, name) in table.header.enumerated() {
            out.append(contentsOf: (table.numeric.contains(index) ? "<th class=\"n\">" : "<th>").utf8)
            HTMLText.append(name, to: &out)
            out.append(contentsOf: "</th>".utf8)
        }
        out.append(contentsOf: "</tr></thead>\n<tbody>\n".utf8)
        for row in table.rows {
            out.append(contentsOf: "<tr>".utf8)
            for (index, cell) in row.enumerated() {
                out.append(contentsOf: (table.numeric.contains(index) ? "<td class=\"n\">" : "<td>").utf8)
                if let link = cell.link {
                    out.append(contentsOf: "<a href=\"".utf8)
                    HTMLText.append(link, to: &out)
                    out.append(contentsOf: "\">".utf8)
                    HTMLText.append(cell.text, to: &out)
                    out.append(contentsOf: "</a>".utf8)
                } else {
                    HTMLText.append(cell.text, to: &out)
                }
                out.append(contentsOf: "</td>".utf8)
            }
            out.append(contentsOf: "</tr>\n".utf8)
        }
        out.append(contentsOf: "</tbody>\n</table>\n".utf8)
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
