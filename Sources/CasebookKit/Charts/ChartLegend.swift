/// A row (or rows) of swatches with names above the plot, wrapped to the chart width.
///
/// Entries are series (a swatch filled like the series) or the target (a dashed line sample);
/// the target's value goes in its name, so no label has to sit on the plot where it could cover data.
struct ChartLegend {
    enum Swatch: Equatable { case series(Int), target }

    /// One entry's swatch, position and the name as shown (shortened if very long).
    struct Entry { let swatch: Swatch; let name: String; let shown: String; let x: Double; let row: Int }

    static let rowHeight = 17.0
    static let swatchSize = 10.0
    private static let targetSwatchWidth = 18.0
    private static let maxCharacters = 28

    let entries: [Entry]
    let rows: Int

    init(_ items: [(swatch: Swatch, name: String)], left: Double = 12, right: Double = ChartCanvas.width - 12) {
        var entries: [Entry] = []
        var x = left
        var row = 0
        for item in items {
            let shown = ChartText.truncate(item.name, to: Self.maxCharacters)
            let width = Self.swatchWidth(item.swatch) + 4 + ChartText.width(shown, bold: item.swatch == .target) + 12
            if x > left && x + width > right { (x, row) = (left, row + 1) }
            entries.append(Entry(swatch: item.swatch, name: item.name, shown: shown, x: x, row: row))
            x += width
        }
        self.entries = entries
        rows = items.isEmpty ? 0 : row + 1
    }

    /// The vertical room the legend takes, including a gap below it.
    var height: Double { rows == 0 ? 0 : Double(rows) * Self.rowHeight + 4 }

    func draw(in canvas: ChartCanvas, _ writer: inout SVGWriter) {
        guard !entries.isEmpty else { return }
        writer.open("g", [("class", "cb-legend")])
        for entry in entries {
            let top = 6 + Double(entry.row) * Self.rowHeight
            switch entry.swatch {
            case .series(let index):
                writer.element("rect", SeriesFill(index: index).attributes(in: canvas) + [
                    ("x", SVGWriter.number(entry.x)), ("y", SVGWriter.number(top)),
                    ("width", SVGWriter.number(Self.swatchSize)), ("height", SVGWriter.number(Self.swatchSize)),
                ])
            case .target:
                let y = SVGWriter.number(top + Self.swatchSize / 2)
                writer.element("line", [
                    ("class", "cb-target"), ("x1", SVGWriter.number(entry.x)),
                    ("x2", SVGWriter.number(entry.x + Self.targetSwatchWidth)), ("y1", y), ("y2", y),
                    ("stroke", "currentColor"), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4"),
                ])
            }
            writer.text(entry.shown, full: entry.name, [
                ("class", entry.swatch == .target ? "cb-legend-label cb-target-label" : "cb-legend-label"),
                ("x", SVGWriter.number(entry.x + Self.swatchWidth(entry.swatch) + 4)),
                ("y", SVGWriter.number(top + Self.swatchSize - 1)),
            ])
        }
        writer.close("g")
    }

    private static func swatchWidth(_ swatch: Swatch) -> Double {
        swatch == .target ? targetSwatchWidth : swatchSize
    }
}
