/// A word-sized trend line for a KPI tile: one value per month, no axes, the last value marked.
///
/// It only shows the shape of the trend; the tile prints the figure and the target in words, and
/// the detail page has the full chart and table. A target, when given, is a dashed line so the
/// reader sees on which side of it the months fell, in grayscale too. A `nil` month breaks the line.
public struct Sparkline: Sendable {
    public static let width = 120.0
    public static let height = 32.0
    /// Room kept free around the line so the end marker and a stroke at the edge are not clipped.
    static let inset = 3.0

    public var id: String
    public var title: String
    public var description: String
    public var values: [Double?]
    public var target: Double?
    /// The y range to show at least (0...1 for a rate); values and target outside it widen it. `nil`: fit the data.
    public var yRange: ClosedRange<Double>?

    public init(id: String, title: String, description: String, values: [Double?], target: Double? = nil,
                yRange: ClosedRange<Double>? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.values = values
        self.target = target
        self.yRange = yRange
    }

    /// The drawn y range: the data, the target and `yRange` together; a flat range is widened by one
    /// unit so a constant series sits in the middle instead of dividing by zero.
    var domain: ClosedRange<Double>? {
        let present = values.compactMap(ChartValue.drawable)
        guard !present.isEmpty else { return nil }
        let all = present + [target, yRange?.lowerBound, yRange?.upperBound].compactMap(ChartValue.drawable)
        let low = all.min()!, high = all.max()!
        return low == high ? (low - 0.5)...(high + 0.5) : low...high
    }

    /// The x of the i-th value: values spread over the width, a single value in the middle.
    func x(_ index: Int) -> Double {
        let inner = Self.width - 2 * Self.inset
        guard values.count > 1 else { return Self.width / 2 }
        return Self.inset + inner * Double(index) / Double(values.count - 1)
    }

    /// The y of a value in `domain`; larger values are higher.
    func y(_ value: Double, in domain: ClosedRange<Double>) -> Double {
        let inner = Self.height - 2 * Self.inset
        let share = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        return Self.inset + inner * (1 - share)
    }

    public var svg: String {
        var writer = SVGWriter()
        let prefix = ChartText.identifier(id)
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "cb-sparkline"),
            ("viewBox", "0 0 \(SVGWriter.number(Self.width)) \(SVGWriter.number(Self.height))"),
            ("width", SVGWriter.number(Self.width)), ("height", SVGWriter.number(Self.height)),
            ("role", "img"), ("aria-labelledby", "\(prefix)-title \(prefix)-desc"), ("fill", "none"),
        ])
        writer.element("title", [("id", prefix + "-title")], text: title)
        writer.element("desc", [("id", prefix + "-desc")], text: description)
        if let domain {
            if let target = ChartValue.drawable(target) {
                let at = SVGWriter.number(y(target, in: domain))
                writer.element("line", [("class", "cb-target"), ("x1", "0"), ("x2", SVGWriter.number(Self.width)),
                                        ("y1", at), ("y2", at), ("stroke", "currentColor"), ("stroke-width", "1"),
                                        ("stroke-dasharray", "3 2")])
            }
            for run in runs() {
                // A lone month is drawn as a zero-length segment, which round caps turn into a dot.
                let points = run.count == 1 ? [run[0], run[0]] : run
                let path = points.enumerated().map { offset, index in
                    (offset == 0 ? "M" : "L") + SVGWriter.number(x(index)) + " "
                        + SVGWriter.number(y(ChartValue.drawable(values[index])!, in: domain))
                }.joined()
                writer.element("path", [("class", "cb-line"), ("d", path), ("stroke", "currentColor"), ("stroke-width", "1.5"),
                                        ("stroke-linejoin", "round"), ("stroke-linecap", "round")])
            }
            if let last = values.lastIndex(where: { ChartValue.drawable($0) != nil }) {
                writer.element("circle", [("class", "cb-spark-end"), ("cx", SVGWriter.number(x(last))),
                                          ("cy", SVGWriter.number(y(ChartValue.drawable(values[last])!, in: domain))),
                                          ("r", "2.5"), ("fill", "currentColor")])
            }
        }
        writer.close("svg")
        return writer.output
    }

    /// Indices of consecutive drawable values; a lone value is a run of one (drawn by the end marker
    /// if it is the last, else as a zero-length path with round caps).
    func runs() -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for (index, value) in values.enumerated() {
            if ChartValue.drawable(value) != nil {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
