/// The outer `<svg>` every chart shares: viewBox, scaling, accessible name and the "no data" state.
///
/// The SVG is `role="img"` and named by its own `<title>` and `<desc>` (ids `<prefix>-title`,
/// `<prefix>-desc`); it has a fixed viewBox and `width="100%"`, so it scales to its container and
/// keeps its aspect ratio from a 390 px phone to a desktop column.
struct ChartCanvas {
    static let width = 400.0

    /// The sanitised id prefix; every id in the chart starts with it.
    let id: String
    /// The chart kind's class, e.g. "cb-line-chart".
    let kind: String
    let title: String
    let description: String
    let height: Double

    init(id: String, kind: String, title: String, description: String, height: Double) {
        self.id = ChartText.identifier(id)
        self.kind = kind
        self.title = title
        self.description = description
        self.height = height
    }

    /// The complete `<svg>` with `draw` filling in the body after `<title>` and `<desc>`.
    func render(extraClass: String? = nil, _ draw: (inout SVGWriter) -> Void) -> String {
        var writer = SVGWriter()
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", ["cb-chart", kind, extraClass].compactMap { $0 }.joined(separator: " ")),
            ("viewBox", "0 0 \(SVGWriter.number(Self.width)) \(SVGWriter.number(height))"),
            ("width", "100%"),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("font-size", SVGWriter.number(ChartText.fontSize)),
            ("fill", "currentColor"),
        ])
        writer.element("title", [("id", id + "-title")], text: title)
        writer.element("desc", [("id", id + "-desc")], text: description)
        draw(&writer)
        writer.close("svg")
        return writer.output
    }

    /// The chart's frame with `text` (the caller's "no data" wording) in the middle and nothing else.
    func empty(_ text: String) -> String {
        render(extraClass: "cb-no-data") { writer in
            writer.element("rect", [
                ("class", "cb-empty-frame"), ("x", "0.5"), ("y", "0.5"),
                ("width", SVGWriter.number(Self.width - 1)), ("height", SVGWriter.number(height - 1)),
                ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.25"), ("stroke-dasharray", "4 4"),
            ])
            writer.element("text", [
                ("class", "cb-empty"), ("x", SVGWriter.number(Self.width / 2)),
                ("y", SVGWriter.number(height / 2 + ChartText.fontSize / 3)), ("text-anchor", "middle"),
            ], text: text)
        }
    }

    /// The id of a `<pattern>` or other definition that belongs to this chart.
    func definitionID(_ name: String) -> String { id + "-" + name }
}
