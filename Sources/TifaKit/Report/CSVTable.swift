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
        String(decoding: renderUTF8(), as: UTF8.self)
    }

    /// The file's text as UTF-8 (written as built: no String made and copied again).
    public func renderUTF8() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((rows.count + 1) * 32)
        Self.appendRow(header, to: &out)
        for row in rows { Self.appendRow(row, to: &out) }
        return out
    }

    /// Rows as text, without the header: a piece of a file streamed issue by issue.
    public static func render(rows: [[String]]) -> String {
        var out: [UInt8] = []
        for row in rows { appendRow(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    static func appendRow(_ row: [String], to out: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendEscaped(cell, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Rows as UTF-8, without the header: `render(rows:)` without the String.
    static func renderUTF8(rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for row in rows { appendRow(row, to: &out) }
        return out
    }

    /// The cell `String(value)` appended as `appendEscaped` would: digits straight into
    /// `out` (a negative number takes the escaping path, its sign being a formula start).
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        guard value >= 0 else { return appendEscaped(String(value), to: &out) }
        Rate.appendDigits(value, minimum: 1, to: &out)
    }

    /// `escape(cell)` appended as UTF-8, working on bytes: a quote is doubled byte-wise
    /// when the bytes on both sides of it are ASCII (then it is a Character of its own, as
    /// `escape` requires); any other cell that needs quotes goes through `escape`.
    static func appendEscaped(_ cell: String, to out: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { utf8 in
            guard let first = utf8.first else { return }
            switch first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
                // Rare: a leading sign or formula character; the String path decides.
                out.append(contentsOf: escape(String(decoding: utf8, as: UTF8.self)).utf8)
                return
            default:
                break
            }
            var needsQuotes = false
            var quotesSafe = true
            for (position, byte) in utf8.enumerated() {
                switch byte {
                case UInt8(ascii: ","), 0x0A, 0x0D:
                    needsQuotes = true
                case UInt8(ascii: "\""):
                    needsQuotes = true
                    if position > 0 && utf8[position - 1] >= 0x80 { quotesSafe = false }
                    if position + 1 < utf8.count && utf8[position + 1] >= 0x80 { quotesSafe = false }
                default:
                    break
                }
            }
            guard needsQuotes else { out.append(contentsOf: utf8); return }
            guard quotesSafe else {
                out.append(contentsOf: escape(String(decoding: utf8, as: UTF8.self)).utf8)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
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
