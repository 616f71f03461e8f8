/// One bin of a histogram: values from `lower` up to (not including) `upper`, or upwards when open.
public struct HistogramBin: Sendable, Equatable {
    public var lower: Double
    /// `nil` for an open last bin such as "14+".
    public var upper: Double?
    public var count: Int
    /// Overrides the label built from the edges ("0–1", "14+").
    public var label: String?

    public init(lower: Double, upper: Double?, count: Int, label: String? = nil) {
        self.lower = lower
        self.upper = upper
        self.count = count
        self.label = label
    }
}

/// Counts per bin as touching bars of equal width, e.g. how many tickets were answered in 0–1, 1–2, … 14+ days.
///
/// Bins are drawn side by side in the caller's order with equal widths whatever their spans, and
/// labelled with their ranges, so unequal bins (2–5, 5–14) read as categories, not as areas.
public struct Histogram: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var bins: [HistogramBin]
    /// Formats counts (the y axis, the bar values).
    public var format: ChartFormatter
    /// Formats bin edges in the built labels ("0–1", "14+").
    public var edgeFormat: ChartFormatter
    public var emptyText: String

    public init(id: String, title: String, description: String, bins: [HistogramBin],
                format: @escaping ChartFormatter = ChartFormat.number(),
                edgeFormat: @escaping ChartFormatter = ChartFormat.number(), emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.bins = bins
        self.format = format
        self.edgeFormat = edgeFormat
        self.emptyText = emptyText
    }

    /// Bins from consecutive `edges`: n + 1 edges and n counts give closed bins; n edges and n counts
    /// make the last bin open ("14+"). Counts beyond the edges are ignored.
    public init(id: String, title: String, description: String, edges: [Double], counts: [Int],
                format: @escaping ChartFormatter = ChartFormat.number(),
                edgeFormat: @escaping ChartFormatter = ChartFormat.number(), emptyText: String) {
        let bins = edges.indices.prefix(counts.count).map { index in
            HistogramBin(lower: edges[index], upper: index + 1 < edges.count ? edges[index + 1] : nil,
                         count: counts[index])
        }
        self.init(id: id, title: title, description: description, bins: bins, format: format,
                  edgeFormat: edgeFormat, emptyText: emptyText)
    }

    /// The label shown under a bin and in the table.
    public func label(of bin: HistogramBin) -> String {
        if let label = bin.label { return label }
        guard let upper = bin.upper else { return edgeFormat(bin.lower) + "+" }
        return edgeFormat(bin.lower) + "–" + edgeFormat(upper)
    }

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-histogram", title: title, description: description,
                                 height: CartesianFrame.height)
        guard !bins.isEmpty else { return canvas.empty(emptyText) }
        let counts = bins.map { Double($0.count) }
        let labels = bins.map(label)
        let frame = CartesianFrame(covering: counts, integers: true, format: format, slots: bins.count)
        return canvas.render { writer in
            frame.drawGrid(&writer)
            // Bars touch, as histogram bars do, with a hairline gap so neighbours stay apart.
            let drawing = BarDrawing(frame: frame, fill: max(0.5, 1 - 2 / frame.band))
            drawing.draw(counts, labels: labels, format: format, &writer)
            frame.drawBaseline(&writer)
            frame.drawCategoryLabels(labels, shorten: false, &writer)
        }
    }

    /// The same counts as a table: one row per bin.
    public func table(summary: String, binHeader: String, countHeader: String) -> String {
        var table = ChartTable(caption: title, headers: [binHeader, countHeader])
        table.rows = bins.map { [label(of: $0), format(Double($0.count))] }
        return table.html(summary: summary)
    }
}
