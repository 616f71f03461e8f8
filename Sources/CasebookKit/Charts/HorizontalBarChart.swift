/// One bar per row, names on the left, values at the bar ends: for many categories with long
/// names (client types, agents), which vertical bars would have to cut to a few letters.
///
/// Bars start at 0 (negative values, not expected, are drawn as 0 with their value printed); a
/// target is a dashed vertical line named in the legend, so it reads without colour too.
public struct HorizontalBarChart: Sendable {
    static let rowHeight = 22.0
    static let barHeight = 14.0
    static let labelWidth = 160.0
    static let axisHeight = 22.0

    public var id: String
    public var title: String
    public var description: String
    public var bars: [(label: String, value: Double)]
    public var target: Double?
    public var targetLabel: String
    /// The x range to show at least (0...1 for a rate); values outside it widen it. `nil`: fit the data.
    public var xRange: ClosedRange<Double>?
    public var format: ChartFormatter
    public var tickFormat: ChartFormatter?
    public var emptyText: String

    public init(id: String, title: String, description: String, bars: [(label: String, value: Double)],
                target: Double? = nil, targetLabel: String = "", xRange: ClosedRange<Double>? = nil,
                format: @escaping ChartFormatter = ChartFormat.number(), tickFormat: ChartFormatter? = nil,
                emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.target = target
        self.targetLabel = targetLabel
        self.xRange = xRange
        self.format = format
        self.tickFormat = tickFormat
        self.emptyText = emptyText
    }

    var legend: ChartLegend {
        ChartLegend(ChartValue.drawable(target).map { [(.target, targetText($0))] } ?? [])
    }

    func targetText(_ target: Double) -> String {
        targetLabel.isEmpty ? format(target) : targetLabel + " " + format(target)
    }

    /// The top of the first row.
    var top: Double { legend.height + 6 }
    var height: Double { top + Double(max(bars.count, 1)) * Self.rowHeight + Self.axisHeight }

    /// Room kept right of the plot for the value printed after the longest bar.
    var valueRoom: Double {
        let widest = bars.map { ChartText.width(format(ChartValue.drawable($0.value) ?? 0), bold: true, size: ChartText.valueFontSize) }
            .max() ?? 0
        return widest + 10
    }

    var plotEnd: Double { ChartCanvas.width - valueRoom }

    /// The value axis from 0 to the largest of the values, the target and `xRange`, with as many
    /// ticks (at most 5) as fit side by side without their labels touching.
    var axis: (NiceAxis, [String]) {
        let values = bars.map { ChartValue.drawable($0.value) ?? 0 }
            + [target, xRange?.lowerBound, xRange?.upperBound].compactMap(ChartValue.drawable)
        let covering = values.map { max(0, $0) }
        let width = plotEnd - Self.labelWidth
        var fallback: (NiceAxis, [String])?
        for count in [5, 4, 3, 2, 1] {
            let (axis, labels) = NiceAxis.labelled(covering: covering, count: count, format: tickFormat ?? format)
            fallback = fallback ?? (axis, labels)
            let spacing = width / Double(max(1, axis.ticks.count - 1))
            if labels.allSatisfy({ ChartText.width($0) + 8 <= spacing }) { return (axis, labels) }
            fallback = (axis, labels)
        }
        return fallback!
    }

    var scale: ChartScale {
        ChartScale(domain: axis.0.domain, start: Self.labelWidth, end: plotEnd)
    }

    /// The vertical centre of row `index`.
    func rowCenter(_ index: Int) -> Double { top + (Double(index) + 0.5) * Self.rowHeight }

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-hbar-chart", title: title, description: description, height: height)
        guard !bars.isEmpty else { return canvas.empty(emptyText) }
        let (axis, labels) = self.axis
        let scale = self.scale
        let bottom = top + Double(bars.count) * Self.rowHeight
        return canvas.render { writer in
            legend.draw(in: canvas, &writer)
            writer.open("g", [("class", "cb-x-axis")])
            for (tick, label) in zip(axis.ticks, labels) {
                let x = SVGWriter.number(scale(tick))
                writer.element("line", [("class", "cb-grid"), ("x1", x), ("x2", x), ("y1", SVGWriter.number(top)),
                                        ("y2", SVGWriter.number(bottom)), ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
                writer.element("text", [("class", "cb-tick-label"), ("x", x), ("y", SVGWriter.number(bottom + 16)),
                                        ("text-anchor", "middle")], text: label)
            }
            writer.close("g")
            writer.open("g", [("class", "cb-bars")])
            for (index, bar) in bars.enumerated() {
                let value = ChartValue.drawable(bar.value) ?? 0
                let center = rowCenter(index)
                let end = scale(max(0, value))
                let text = format(value)
                writer.open("g", [("class", "cb-datum")])
                writer.element("title", text: bar.label + ": " + text)
                writer.text(ChartText.truncate(bar.label, toWidth: Self.labelWidth - 10), full: bar.label, [
                    ("class", "cb-axis-label"), ("x", SVGWriter.number(Self.labelWidth - 6)),
                    ("y", SVGWriter.number(center + ChartText.fontSize / 3)), ("text-anchor", "end")])
                writer.element("rect", [("class", "cb-bar"), ("x", SVGWriter.number(Self.labelWidth)),
                                        ("y", SVGWriter.number(center - Self.barHeight / 2)),
                                        ("width", SVGWriter.number(end - Self.labelWidth)),
                                        ("height", SVGWriter.number(Self.barHeight))])
                // Haloed, as a value may sit across the target line.
                writer.element("text", CartesianFrame.halo + [("class", "cb-value-label cb-halo"), ("font-size", SVGWriter.number(ChartText.valueFontSize)),
                                        ("x", SVGWriter.number(end + 4)), ("y", SVGWriter.number(center + ChartText.valueFontSize / 3))],
                               text: text)
                writer.close("g")
            }
            writer.close("g")
            writer.element("line", [("class", "cb-baseline"), ("x1", SVGWriter.number(Self.labelWidth)),
                                    ("x2", SVGWriter.number(Self.labelWidth)), ("y1", SVGWriter.number(top)),
                                    ("y2", SVGWriter.number(bottom)), ("stroke", "currentColor")])
            if let target = ChartValue.drawable(target) {
                let x = SVGWriter.number(scale(target))
                writer.open("line", [("class", "cb-target"), ("x1", x), ("x2", x), ("y1", SVGWriter.number(top - 4)),
                                     ("y2", SVGWriter.number(bottom)), ("stroke", "currentColor"), ("stroke-width", "1.5"),
                                     ("stroke-dasharray", "6 4")])
                writer.element("title", text: targetText(target))
                writer.close("line")
            }
        }
    }

    /// The same bars as a table: one row per category.
    public func table(summary: String, labelHeader: String, valueHeader: String) -> String {
        var table = ChartTable(caption: title, headers: [labelHeader, valueHeader])
        table.rows = bars.map { [$0.label, format($0.value)] }
        return table.html(summary: summary)
    }
}
