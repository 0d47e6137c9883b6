/// Parses RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes), so tests
/// check outputs the way a dashboard reads them rather than by substring.
enum CSVRows {
    /// The rows of `text`; nil when it is malformed (an unterminated quote, a quote inside
    /// an unquoted cell, text after a closing quote) or does not end with a line end.
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false, inQuotes = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { cell.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = n }
                    } else {
                        inQuotes = false; afterQuote = true
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                row.append(cell); cell = ""; quoted = false; afterQuote = false
            case "\n":
                row.append(cell); rows.append(row); row = []; cell = ""; quoted = false; afterQuote = false
            case "\"":
                if !cell.isEmpty || quoted { return nil }
                quoted = true; inQuotes = true
            default:
                if afterQuote { return nil }
                cell.unicodeScalars.append(c)
            }
        }
        if inQuotes || !row.isEmpty || !cell.isEmpty { return nil }
        return rows
    }
}
