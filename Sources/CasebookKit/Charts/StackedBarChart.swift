/// One named series of a stacked bar chart: a value per category, in the categories' order.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    /// Missing trailing values count as 0; extra ones are ignored.
    public var values: [Double]
    public init(name: String, values: [Double]) { self.name = name; self.values = values }
}

/// Vertical bars split into stacked segments, one per series, with the total above each bar.
///
/// Series are told apart by fill pattern (solid, hatch, dots, cross-hatch) as well as colour and
/// are named in a legend above the plot. Negative values (not expected) stack below the baseline.
public struct StackedBarChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [ChartSeries]
    public var format: ChartFormatter
    /// Formats the axis ticks when they want fewer decimals than the values ("100%" beside "95,4%"); `nil`: `format`.
    public var tickFormat: ChartFormatter?
    public var emptyText: String

    public init(id: String, title: String, description: String, categories: [String], series: [ChartSeries],
                format: @escaping ChartFormatter = ChartFormat.number(), tickFormat: ChartFormatter? = nil,
                emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.format = format
        self.tickFormat = tickFormat
        self.emptyText = emptyText
    }

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-stacked-bar-chart", title: title, description: description,
                                 height: CartesianFrame.height)
        guard !categories.isEmpty, !series.isEmpty else { return canvas.empty(emptyText) }
        let stacks = categories.indices.map(stack)
        let legend = ChartLegend(series.enumerated().map { (.series($0.offset), $0.element.name) })
        let extremes: [Double] = stacks.flatMap { segments -> [Double] in
            [segments.map(\.low).min() ?? 0, segments.map(\.high).max() ?? 0]
        }
        let frame = CartesianFrame(covering: extremes, format: tickFormat ?? format,
                                   slots: categories.count, topInset: legend.height)
        return canvas.render { writer in
            SeriesFill.writeDefinitions(count: series.count, in: canvas, &writer)
            legend.draw(in: canvas, &writer)
            frame.drawGrid(&writer)
            drawStacks(stacks, in: frame, canvas: canvas, &writer)
            frame.drawBaseline(&writer)
            frame.drawCategoryLabels(categories, shorten: true, &writer)
        }
    }

    /// The same figures as a table: a row per category, a column per series, then the total.
    public func table(summary: String, labelHeader: String, totalHeader: String) -> String {
        var table = ChartTable(caption: title, headers: [labelHeader] + series.map(\.name) + [totalHeader])
        table.rows = categories.indices.map { index in
            let values = series.map { value(of: $0, at: index) }
            return [categories[index]] + values.map { format($0) } + [format(values.reduce(0, +))]
        }
        return table.html(summary: summary)
    }
}

// MARK: - Stacking

private extension StackedBarChart {
    /// One drawn piece of a bar: series `series` from `low` to `high` in data units.
    struct Segment { let series: Int; let value: Double; let low: Double; let high: Double }

    func value(of series: ChartSeries, at index: Int) -> Double {
        index < series.values.count ? ChartValue.drawable(series.values[index]) ?? 0 : 0
    }

    /// Positive values stack up from 0 in series order, negative ones down from 0.
    func stack(_ index: Int) -> [Segment] {
        var up = 0.0
        var down = 0.0
        return series.enumerated().map { number, series in
            let value = value(of: series, at: index)
            if value >= 0 {
                defer { up += value }
                return Segment(series: number, value: value, low: up, high: up + value)
            }
            defer { down += value }
            return Segment(series: number, value: value, low: down + value, high: down)
        }
    }

    func drawStacks(_ stacks: [[Segment]], in frame: CartesianFrame, canvas: ChartCanvas, _ writer: inout SVGWriter) {
        let width = frame.band * 0.7
        writer.open("g", [("class", "cb-bars")])
        for (index, segments) in stacks.enumerated() {
            let x = SVGWriter.number(frame.center(index) - width / 2)
            writer.open("g", [("class", "cb-stack")])
            for segment in segments where segment.high > segment.low {
                let (top, bottom) = (frame.y(segment.high), frame.y(segment.low))
                writer.open("g", [("class", "cb-datum")])
                writer.element("title", text: categories[index] + ", " + series[segment.series].name + ": "
                               + format(segment.value))
                writer.element("rect", SeriesFill(index: segment.series).attributes(in: canvas) + [
                    ("x", x), ("y", SVGWriter.number(top)),
                    ("width", SVGWriter.number(width)), ("height", SVGWriter.number(bottom - top)),
                ])
                writer.close("g")
            }
            let total = segments.map(\.value).reduce(0, +)
            let text = format(total)
            if ChartText.width(text, bold: true, size: ChartText.valueFontSize) <= frame.band - 4 {
                let high = segments.map(\.high).max() ?? 0
                writer.element("text", CartesianFrame.halo + [
                    ("class", "cb-value-label cb-halo"), ("font-size", SVGWriter.number(ChartText.valueFontSize)), ("x", SVGWriter.number(frame.center(index))),
                    ("y", SVGWriter.number(frame.y(high) - 4)), ("text-anchor", "middle"),
                ], text: text)
            }
            writer.close("g")
        }
        writer.close("g")
    }
}
