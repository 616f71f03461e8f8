/// The plot area, y axis, grid and category slots shared by the line, bar, stacked-bar and histogram charts.
///
/// Categories sit in equal slots ("bands") left to right; values run up the y axis from a nice
/// range that always includes zero.
struct CartesianFrame {
    static let height = 260.0

    let axis: NiceAxis
    let tickLabels: [String]
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double
    /// How many category slots the width is divided into (at least 1).
    let slots: Int
    let y: ChartScale

    /// A frame whose y axis covers `values` and 0, with ticks labelled by `format`.
    ///
    /// - Parameter integers: counts, so never a tick between two whole numbers.
    /// - Parameter topInset: room above the plot for a legend.
    init(covering values: [Double], integers: Bool = false, format: ChartFormatter, slots: Int, topInset: Double = 0) {
        let (axis, labels) = NiceAxis.labelled(covering: values, integers: integers, format: format)
        self.axis = axis
        let widest = labels.map { ChartText.width($0) }.max() ?? 0
        let left = min(ChartCanvas.width * 0.35, max(24, widest + 10))
        tickLabels = labels.map { ChartText.truncate($0, toWidth: left - 8) }
        self.left = left
        bottom = Self.height - 28
        // A legend of very many series may run into the plot, but never turns it upside down.
        top = min(20 + topInset, bottom - 80)
        right = ChartCanvas.width - 12
        self.slots = max(1, slots)
        y = ChartScale(domain: axis.domain, start: bottom, end: top)
    }

    var band: Double { (right - left) / Double(slots) }
    var baseline: Double { y(0) }

    /// The x of the middle of slot `index`.
    func center(_ index: Int) -> Double { left + band * (Double(index) + 0.5) }

    // MARK: - Drawing

    /// Horizontal grid lines with their tick labels at the left.
    func drawGrid(_ writer: inout SVGWriter) {
        writer.open("g", [("class", "cb-y-axis")])
        for (tick, label) in zip(axis.ticks, tickLabels) {
            let at = SVGWriter.number(y(tick))
            if tick != 0 {
                writer.element("line", [
                    ("class", "cb-grid"), ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)),
                    ("y1", at), ("y2", at), ("stroke", "currentColor"), ("stroke-opacity", "0.15"),
                ])
            }
            writer.element("text", [
                ("class", "cb-tick-label"), ("x", SVGWriter.number(left - 6)),
                ("y", SVGWriter.number(y(tick) + ChartText.fontSize / 3)), ("text-anchor", "end"),
            ], text: label)
        }
        writer.close("g")
    }

    /// The solid line at value 0, drawn over the bars.
    func drawBaseline(_ writer: inout SVGWriter) {
        let at = SVGWriter.number(baseline)
        writer.element("line", [
            ("class", "cb-baseline"), ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)),
            ("y1", at), ("y2", at), ("stroke", "currentColor"),
        ])
    }

    /// One label under each slot, shortened with "…" or thinned out to every n-th when they would collide.
    ///
    /// - Parameter shorten: prefer cutting labels to the slot width (bars) over thinning them (time axes).
    func drawCategoryLabels(_ labels: [String], shorten: Bool, _ writer: inout SVGWriter) {
        let (every, room) = labelPlan(labels, shorten: shorten)
        writer.open("g", [("class", "cb-x-axis")])
        for (index, label) in labels.enumerated() where index % every == 0 {
            let shown = ChartText.truncate(label, toWidth: room)
            // Centred under its slot, but pulled in so the first and last labels stay in the drawing.
            let half = ChartText.width(shown) / 2
            let x = min(max(center(index), half + 2), ChartCanvas.width - half - 2)
            writer.text(shown, full: label, [
                ("class", "cb-axis-label"), ("x", SVGWriter.number(x)),
                ("y", SVGWriter.number(bottom + 18)), ("text-anchor", "middle"),
            ])
        }
        writer.close("g")
    }

    /// A dashed horizontal line at `value`; its name and value are in the legend.
    func drawTarget(_ value: Double, title: String, _ writer: inout SVGWriter) {
        let at = SVGWriter.number(y(value))
        writer.open("line", [
            ("class", "cb-target"), ("x1", SVGWriter.number(left)), ("x2", SVGWriter.number(right)),
            ("y1", at), ("y2", at), ("stroke", "currentColor"), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4"),
        ])
        writer.element("title", text: title)
        writer.close("line")
    }

    /// A light outline behind text that may cross lines, painted under the glyphs.
    static let halo: SVGWriter.Attributes = [
        ("stroke", "#fff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"),
    ]
}

// MARK: - Label layout

private extension CartesianFrame {
    /// Which labels to show (every n-th) and how wide each may be.
    ///
    /// Labels that fit are all shown. Otherwise bar charts cut long names (over ten letters) to the
    /// slot when at least six letters remain; short labels such as months, and time axes, show
    /// every n-th label instead, each up to the width of twelve letters.
    func labelPlan(_ labels: [String], shorten: Bool) -> (every: Int, room: Double) {
        let gap = 4.0
        let letter = ChartText.fontSize * 0.6
        let widest = labels.map { ChartText.width($0) }.max() ?? 0
        if widest <= band - gap { return (1, band - gap) }
        if shorten && widest > 10 * letter && band - gap >= 6 * letter { return (1, band - gap) }
        let room = min(widest, 12 * letter)
        return (max(1, Int(((room + gap) / band).rounded(.up))), room)
    }
}
