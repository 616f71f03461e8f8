/// Vertical bars, one per category, from a zero baseline, with the value above each bar.
///
/// Negative values (not expected) hang below the baseline instead of breaking the chart.
/// Long category names are cut with "…" under the bar; the full name is in the bar's tooltip
/// and in the table.
public struct BarChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var bars: [(label: String, value: Double)]
    public var target: Double?
    /// Names the target in the legend before its value, e.g. "Cel" → "Cel 80%"; empty for the value alone.
    public var targetLabel: String
    public var format: ChartFormatter
    /// Formats the axis ticks when they want fewer decimals than the values ("100%" beside "95,4%"); `nil`: `format`.
    public var tickFormat: ChartFormatter?
    public var emptyText: String

    public init(id: String, title: String, description: String, bars: [(label: String, value: Double)],
                target: Double? = nil, targetLabel: String = "",
                format: @escaping ChartFormatter = ChartFormat.number(), tickFormat: ChartFormatter? = nil,
                emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.target = target
        self.targetLabel = targetLabel
        self.format = format
        self.tickFormat = tickFormat
        self.emptyText = emptyText
    }

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-bar-chart", title: title, description: description,
                                 height: CartesianFrame.height)
        guard !bars.isEmpty else { return canvas.empty(emptyText) }
        let values = bars.map { ChartValue.drawable($0.value) ?? 0 }
        let target = ChartValue.drawable(self.target)
        let legend = ChartLegend(target.map { [(.target, targetText($0))] } ?? [])
        let frame = CartesianFrame(covering: values + [target].compactMap { $0 },
                                   format: tickFormat ?? format, slots: bars.count, topInset: legend.height)
        return canvas.render { writer in
            legend.draw(in: canvas, &writer)
            frame.drawGrid(&writer)
            BarDrawing(frame: frame).draw(values, labels: bars.map(\.label), format: format, &writer)
            frame.drawBaseline(&writer)
            if let target { frame.drawTarget(target, title: targetText(target), &writer) }
            frame.drawCategoryLabels(bars.map(\.label), shorten: true, &writer)
        }
    }

    /// The same bars as a table: one row per category.
    public func table(summary: String, labelHeader: String, valueHeader: String) -> String {
        var table = ChartTable(caption: title, headers: [labelHeader, valueHeader])
        table.rows = bars.map { [$0.label, format($0.value)] }
        if let target = ChartValue.drawable(target) { table.footer = [[targetLabel, format(target)]] }
        return table.html(summary: summary)
    }

    private func targetText(_ target: Double) -> String {
        targetLabel.isEmpty ? format(target) : targetLabel + " " + format(target)
    }
}

/// Single-series bars in a `CartesianFrame`, shared by the bar chart and the histogram.
struct BarDrawing {
    let frame: CartesianFrame
    /// The share of each slot the bar fills; the rest is the gap between bars.
    var fill = 0.7

    var width: Double { frame.band * fill }

    func draw(_ values: [Double], labels: [String], format: ChartFormatter, _ writer: inout SVGWriter) {
        writer.open("g", [("class", "cb-bars")])
        for (index, value) in values.enumerated() {
            let text = format(value)
            let end = frame.y(value)
            let (top, bottom) = (min(end, frame.baseline), max(end, frame.baseline))
            writer.open("g", [("class", "cb-datum")])
            writer.element("title", text: labels[index] + ": " + text)
            writer.element("rect", [
                ("class", value < 0 ? "cb-bar cb-negative" : "cb-bar"),
                ("x", SVGWriter.number(frame.center(index) - width / 2)), ("y", SVGWriter.number(top)),
                ("width", SVGWriter.number(width)), ("height", SVGWriter.number(bottom - top)),
            ])
            // A value that would not fit over its bar stays in the tooltip and the table.
            if ChartText.width(text, bold: true, size: ChartText.valueFontSize) <= frame.band - 4 {
                // A negative bar's value sits just above the zero line, clear of the category labels.
                let labelY = (value < 0 ? frame.baseline : top) - 4
                writer.element("text", CartesianFrame.halo + [
                    ("class", "cb-value-label cb-halo"), ("font-size", SVGWriter.number(ChartText.valueFontSize)), ("x", SVGWriter.number(frame.center(index))),
                    ("y", SVGWriter.number(labelY)), ("text-anchor", "middle"),
                ], text: text)
            }
            writer.close("g")
        }
        writer.close("g")
    }
}
