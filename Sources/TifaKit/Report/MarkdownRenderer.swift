/// `report.md`: the report for people who read Markdown. Corpus text is escaped so that a
/// term can never break a table or inject markup.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        "# \(escape(document.title))\n" + render(blocks: document.blocks)
    }

    /// The blocks alone, without the title: a section appended to a document rendered before.
    public static func render(blocks: [ReportDocument.Block]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text, _):
                out += "\n" + String(repeating: "#", count: max(2, min(level, 4))) + " " + escape(text) + "\n"
            case .paragraph(let text):
                out += "\n" + escape(text) + "\n"
            case .list(let items):
                out += "\n" + items.map { "- " + escape($0) + "\n" }.joined()
            case .table(let table):
                out += "\n" + render(table)
            case .bars, .lines:
                continue  // the table beside each chart carries the same figures
            }
        }
        return out
    }

    static func render(_ table: ReportDocument.Table) -> String {
        guard !table.rows.isEmpty else { return "(none)\n" }
        var out = "| " + table.header.map(escape).joined(separator: " | ") + " |\n|"
        for index in table.header.indices { out += table.numeric.contains(index) ? "---:|" : "---|" }
        out += "\n"
        for row in table.rows {
            out += "| " + row.map { cell in
                let text = escape(cell.text)
                return cell.link.map { "[\(text)](\($0.replacingSpaces))" } ?? text
            }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Escapes the characters that would turn text into Markdown or HTML structure.
    public static func escape(_ text: String) -> String {
        ASCIIEscape.escape(text, needsEscape: needsEscape) { byte, out in
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
