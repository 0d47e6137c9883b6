/// A CSV file as dashboards want it: UTF-8, a header row, RFC 4180 quoting, CRLF-free
/// (LF line ends), and cells that a spreadsheet would run as formulas neutralized.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "CSV row has \(row.count) cells, header has \(header.count)")
        rows.append(row)
    }

    /// The file's text.
    public func render() -> String {
        var out = ""
        out.reserveCapacity((rows.count + 1) * 32)
        Self.appendRow(header, to: &out)
        for row in rows { Self.appendRow(row, to: &out) }
        return out
    }

    /// Rows as text, without the header: a piece of a file streamed issue by issue.
    public static func render(rows: [[String]]) -> String {
        var out = ""
        for row in rows { appendRow(row, to: &out) }
        return out
    }

    static func appendRow(_ row: [String], to out: inout String) {
        for (index, cell) in row.enumerated() {
            if index > 0 { out += "," }
            out += escape(cell)
        }
        out += "\n"
    }

    /// Quotes a cell when it holds a comma, quote or line break, and prefixes a `'` to
    /// text a spreadsheet would evaluate (= + - @ at the start), unless it is a number.
    public static func escape(_ cell: String) -> String {
        var cell = cell
        if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
           Double(cell) == nil {
            cell = "'" + cell
        }
        let needsQuotes = cell.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return cell }
        var quoted = "\""
        for character in cell {
            if character == "\"" { quoted += "\"" }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
