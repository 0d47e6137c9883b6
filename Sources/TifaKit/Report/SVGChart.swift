/// Inline SVG charts for the HTML report: no scripts, no external fonts or files, so the
/// page works offline and from an e-mail attachment.
public enum SVGChart {
    /// A labelled value for a bar chart.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        public var note: String

        public init(label: String, value: Double, note: String = "") {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// One line of a line chart: a value per x position (nil where it has none).
    public struct Series: Sendable {
        public var name: String
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    static let palette = ["#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589", "#a04000", "#2e4053"]

    /// Horizontal bars, largest first as given.
    public static func bars(_ bars: [Bar], width: Int = 640, barHeight: Int = 18) -> String {
        guard !bars.isEmpty else { return "<p class=\"empty\">Nothing to show.</p>" }
        let labelWidth = 170
        let gap = 4
        let height = bars.count * (barHeight + gap) + gap
        let maxValue = max(bars.map(\.value).max() ?? 1, 1e-9)
        let plot = Double(width - labelWidth - 70)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
        for (index, bar) in bars.enumerated() {
            let y = gap + index * (barHeight + gap)
            let length = max(1, Int((bar.value / maxValue * plot).rounded()))
            let label = HTMLText.escape(bar.label)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + barHeight - 5)\" text-anchor=\"end\" font-size=\"13\">\(label)</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" fill=\"#c0392b\">"
            svg += "<title>\(label): \(HTMLText.escape(bar.note.isEmpty ? Rate.fixed(bar.value) : bar.note))</title></rect>"
            svg += "<text x=\"\(labelWidth + length + 4)\" y=\"\(y + barHeight - 5)\" font-size=\"12\">\(HTMLText.escape(bar.note.isEmpty ? Rate.fixed(bar.value) : bar.note))</text>"
        }
        return svg + "</svg>"
    }

    /// Lines over categorical x positions (issues in order), with a legend.
    public static func lines(_ series: [Series], xLabels: [String], width: Int = 720, height: Int = 280) -> String {
        guard !series.isEmpty, !xLabels.isEmpty else { return "<p class=\"empty\">Nothing to show.</p>" }
        let left = 50, right = 160, top = 12, bottom = 60
        let plotWidth = Double(width - left - right)
        let plotHeight = Double(height - top - bottom)
        let maxValue = max(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1, 1e-9)
        func x(_ i: Int) -> Double { xLabels.count == 1 ? Double(left) + plotWidth / 2 : Double(left) + plotWidth * Double(i) / Double(xLabels.count - 1) }
        func y(_ v: Double) -> Double { Double(top) + plotHeight * (1 - v / maxValue) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
        svg += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" y2=\"\(height - bottom)\" stroke=\"#888\"/>"
        svg += "<text x=\"\(left - 4)\" y=\"\(top + 10)\" text-anchor=\"end\" font-size=\"11\">\(Rate.fixed(maxValue, places: 1))</text>"
        svg += "<text x=\"\(left - 4)\" y=\"\(height - bottom)\" text-anchor=\"end\" font-size=\"11\">0</text>"
        let step = max(1, xLabels.count / 12)
        for (i, label) in xLabels.enumerated() where i % step == 0 || i == xLabels.count - 1 {
            let px = Rate.fixed(x(i), places: 1)
            svg += "<text x=\"\(px)\" y=\"\(height - bottom + 14)\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 \(px) \(height - bottom + 14))\">\(HTMLText.escape(label))</text>"
        }
        for (index, line) in series.enumerated() {
            let color = palette[index % palette.count]
            var points: [String] = []
            for (i, value) in line.values.enumerated() {
                guard let value else { continue }
                points.append("\(Rate.fixed(x(i), places: 1)),\(Rate.fixed(y(value), places: 1))")
            }
            if points.count > 1 {
                svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
            }
            for point in points {
                let xy = point.split(separator: ",")
                svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(color)\"/>"
            }
            let ly = top + 14 + index * 18
            svg += "<rect x=\"\(width - right + 10)\" y=\"\(ly - 9)\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(width - right + 26)\" y=\"\(ly)\" font-size=\"12\">\(HTMLText.escape(line.name))</text>"
        }
        return svg + "</svg>"
    }
}
