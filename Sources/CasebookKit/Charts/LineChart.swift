/// A line over ordered categories (usually months) with an optional dashed target line.
///
/// A `nil` value (a month without data) breaks the line: the points on either side are not joined.
/// Every value with data also gets a round marker, so a month alone between two gaps still shows.
public struct LineChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var points: [(label: String, value: Double?)]
    public var target: Double?
    /// A range the values should stay in (the 2–5% reserve), shaded behind the line; `nil`: none.
    public var band: ClosedRange<Double>?
    /// Names the target in the legend before its value, e.g. "Cel" → "Cel 95%"; empty for the value alone.
    public var targetLabel: String
    /// The y range to show at least (e.g. 0...1 for a rate); values outside it widen it. `nil`: fit the data.
    public var yRange: ClosedRange<Double>?
    public var format: ChartFormatter
    /// Formats the axis ticks when they want fewer decimals than the values ("100%" beside "95,4%"); `nil`: `format`.
    public var tickFormat: ChartFormatter?
    public var emptyText: String

    public init(id: String, title: String, description: String, points: [(label: String, value: Double?)],
                target: Double? = nil, targetLabel: String = "", band: ClosedRange<Double>? = nil,
                yRange: ClosedRange<Double>? = nil,
                format: @escaping ChartFormatter = ChartFormat.number(), tickFormat: ChartFormatter? = nil,
                emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.points = points
        self.target = target
        self.targetLabel = targetLabel
        self.band = band
        self.yRange = yRange
        self.format = format
        self.tickFormat = tickFormat
        self.emptyText = emptyText
    }

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-line-chart", title: title, description: description,
                                 height: CartesianFrame.height)
        let values = points.map { ChartValue.drawable($0.value) }
        let present = values.compactMap { $0 }
        guard !present.isEmpty else { return canvas.empty(emptyText) }
        let target = ChartValue.drawable(self.target)
        let bounds = [yRange?.lowerBound, yRange?.upperBound, target].compactMap(ChartValue.drawable)
        let legend = ChartLegend(target.map { [(.target, targetText($0))] } ?? [])
        let frame = CartesianFrame(covering: present + bounds, format: tickFormat ?? format,
                                   slots: points.count, topInset: legend.height)
        return canvas.render { writer in
            legend.draw(in: canvas, &writer)
            frame.drawGrid(&writer)
            if let band, let low = ChartValue.drawable(band.lowerBound), let high = ChartValue.drawable(band.upperBound) {
                drawBand(low...high, in: frame, &writer)
            }
            frame.drawBaseline(&writer)
            if let target { frame.drawTarget(target, title: targetText(target), &writer) }
            drawLine(values, in: frame, &writer)
            frame.drawCategoryLabels(points.map(\.label), shorten: false, &writer)
        }
    }

    /// The same points as a table: one row per label, `missing` where there is no value.
    public func table(summary: String, labelHeader: String, valueHeader: String, missing: String = "—") -> String {
        var table = ChartTable(caption: title, headers: [labelHeader, valueHeader])
        table.rows = points.map { [$0.label, ChartValue.drawable($0.value).map { format($0) } ?? missing] }
        if let target = ChartValue.drawable(target) { table.footer = [[targetLabel, format(target)]] }
        return table.html(summary: summary)
    }
}

// MARK: - Drawing

private extension LineChart {
    /// The band as a light rectangle from its low to its high value; a class and presentation
    /// attributes, never `style=`, and hatch-free so the line on top stays readable in grayscale.
    func drawBand(_ band: ClosedRange<Double>, in frame: CartesianFrame, _ writer: inout SVGWriter) {
        let top = frame.y(band.upperBound), bottom = frame.y(band.lowerBound)
        writer.open("rect", [
            ("class", "cb-band"), ("x", SVGWriter.number(frame.left)), ("y", SVGWriter.number(top)),
            ("width", SVGWriter.number(frame.right - frame.left)), ("height", SVGWriter.number(max(0, bottom - top))),
            ("fill", "currentColor"), ("fill-opacity", "0.12"),
        ])
        writer.element("title", text: format(band.lowerBound) + "–" + format(band.upperBound))
        writer.close("rect")
    }

    func targetText(_ target: Double) -> String {
        targetLabel.isEmpty ? format(target) : targetLabel + " " + format(target)
    }

    /// One `<path>` per run of consecutive values, then a marker with a tooltip per value.
    func drawLine(_ values: [Double?], in frame: CartesianFrame, _ writer: inout SVGWriter) {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, value) in values.enumerated() {
            if value == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        func point(_ index: Int) -> String {
            SVGWriter.number(frame.center(index)) + "," + SVGWriter.number(frame.y(values[index] ?? 0))
        }
        for run in runs where run.count > 1 {
            let path = run.enumerated().map { ($0.offset == 0 ? "M" : "L") + point($0.element) }.joined()
            writer.element("path", [
                ("class", "cb-line"), ("d", path), ("fill", "none"), ("stroke", "currentColor"),
                ("stroke-width", "2"), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
            ])
        }
        writer.open("g", [("class", "cb-points")])
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            writer.open("circle", [
                ("class", "cb-point"), ("cx", SVGWriter.number(frame.center(index))),
                ("cy", SVGWriter.number(frame.y(value))), ("r", "3"),
                ("fill", "#fff"), ("stroke", "currentColor"), ("stroke-width", "1.5"),
            ])
            writer.element("title", text: points[index].label + ": " + format(value))
            writer.close("circle")
        }
        writer.close("g")
    }
}
