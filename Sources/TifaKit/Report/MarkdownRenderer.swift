/// `report.md`: the report for people who read Markdown. Corpus text is escaped so that a
/// term can never break a table or inject markup.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        "# \(escape(document.title))\n" + render(blocks: document.blocks)
    }

    /// The blocks alone, without the title: a section appended to a document rendered before.
    public static func render(blocks: [ReportDocument.Block]) -> String {
        var out: [UInt8] = []
        append(blocks: blocks, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `render(blocks:)` appended to `out` as UTF-8 (built as bytes, not by String appends).
    static func append(blocks: [ReportDocument.Block], to out: inout [UInt8]) {
        for block in blocks {
            switch block {
            case .heading(let level, let text, _):
                out.append(UInt8(ascii: "\n"))
                for _ in 0..<max(2, min(level, 4)) { out.append(UInt8(ascii: "#")) }
                out.append(UInt8(ascii: " "))
                appendEscaped(text, to: &out)
                out.append(UInt8(ascii: "\n"))
            case .paragraph(let text):
                out.append(UInt8(ascii: "\n"))
                appendEscaped(text, to: &out)
                out.append(UInt8(ascii: "\n"))
            case .list(let items):
                out.append(UInt8(ascii: "\n"))
                for item in items {
                    out.append(contentsOf: "- ".utf8)
                    appendEscaped(item, to: &out)
                    out.append(UInt8(ascii: "\n"))
                }
            case .table(let table):
                out.append(UInt8(ascii: "\n"))
                append(table, to: &out)
            case .bars, .lines:
                continue  // the table beside each chart carries the same figures
            }
        }
    }

    static func render(_ table: ReportDocument.Table) -> String {
        var out: [UInt8] = []
        append(table, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ table: ReportDocument.Table, to out: inout [UInt8]) {
        guard !table.rows.isEmpty else { return out.append(contentsOf: "(none)\n".utf8) }
        out.append(contentsOf: "| ".utf8)
        for (index, name) in table.header.enumerated() {
            if index > 0 { out.append(contentsOf: " | ".utf8) }
            appendEscaped(name, to: &out)
        }
        out.append(contentsOf: " |\n|".utf8)
        for index in table.header.indices { out.append(contentsOf: (table.numeric.contains(index) ? "---:|" : "---|").utf8) }
        out.append(UInt8(ascii: "\n"))
        for row in table.rows {
            out.append(contentsOf: "| ".utf8)
            for (index, cell) in row.enumerated() {
                if index > 0 { out.append(contentsOf: " | ".utf8) }
                if let link = cell.link {
                    out.append(UInt8(ascii: "["))
                    appendEscaped(cell.text, to: &out)
                    out.append(contentsOf: "](".utf8)
                    out.append(contentsOf: link.replacingSpaces.utf8)
                    out.append(UInt8(ascii: ")"))
                } else {
                    appendEscaped(cell.text, to: &out)
                }
            }
            out.append(contentsOf: " |\n".utf8)
        }
    }

    /// Escapes the characters that would turn text into Markdown or HTML structure.
    public static func escape(_ text: String) -> String {
        ASCIIEscape.escape(text, needsEscape: needsEscape, replace: replace)
    }

    /// `escape(text)` appended to `out` as UTF-8.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        ASCIIEscape.append(text, to: &out, needsEscape: needsEscape, replace: replace)
    }

    @inline(__always)
    private static func replace(_ byte: UInt8, _ out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case 0x0A, 0x0D: out.append(UInt8(ascii: " "))
        default: // | \ * _ ` [ ] # ( )
            out.append(UInt8(ascii: "\\"))
            out.append(byte)
        }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "&"), 0x0A, 0x0D:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// A link target with the characters that could end it or open markup percent-encoded.
    fileprivate var replacingSpaces: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "(": out += "%28"
            case ")": out += "%29"
            case "\"": out += "%22"
            case "'": out += "%27"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
