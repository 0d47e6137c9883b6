/// A report as blocks (headings, text, tables, charts) before it is rendered, so the
/// Markdown and the HTML report say exactly the same thing and each renderer only decides
/// how it looks.
public struct ReportDocument: Sendable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    public enum Block: Sendable {
        /// A heading (level 2 or 3) with an anchor id.
        case heading(level: Int, text: String, id: String)
        case paragraph(String)
        case list([String])
        case table(Table)
        /// Horizontal bars (HTML); Markdown shows the table next to it instead.
        case bars([SVGChart.Bar])
        /// Lines over issues (HTML); Markdown shows the table next to it instead.
        case lines([SVGChart.Series], xLabels: [String])
    }

    public struct Table: Sendable {
        public var header: [String]
        /// Columns holding numbers are right-aligned.
        public var numeric: Set<Int>
        public var rows: [[Cell]]

        public init(header: [String], numeric: Set<Int> = [], rows: [[Cell]] = []) {
            self.header = header
            self.numeric = numeric
            self.rows = rows
        }
    }

    /// A table cell: text, and a link (relative to the report) when it points somewhere.
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var link: String?

        public init(_ text: String, link: String? = nil) {
            self.text = text
            self.link = link
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public mutating func append(_ block: Block) { blocks.append(block) }
}
