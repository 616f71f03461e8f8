/// How the k-th series of a chart is painted: solid first, then diagonal hatch, dots and cross-hatch.
///
/// Patterns keep series apart in grayscale and on paper, where colours collapse into the same grey.
/// Each pattern is a colour rectangle (class `cb-fill-<k mod 6>`, coloured by CSS) under light
/// stripes or dots (class `cb-hatch`).
struct SeriesFill {
    let index: Int

    var colourClass: String { "cb-fill-\(index % 6)" }

    /// Attributes for a shape (bar segment, legend swatch) filled like this series.
    func attributes(in canvas: ChartCanvas) -> SVGWriter.Attributes {
        if index == 0 { return [("class", "cb-seg " + colourClass)] }
        return [("class", "cb-seg cb-seg-\(index)"), ("fill", "url(#\(canvas.definitionID("s\(index)")))")]
    }

    /// The `<defs>` block with one pattern per series after the first; nothing when there is one series.
    static func writeDefinitions(count: Int, in canvas: ChartCanvas, _ writer: inout SVGWriter) {
        guard count > 1 else { return }
        writer.open("defs")
        for index in 1..<count { SeriesFill(index: index).writePattern(in: canvas, &writer) }
        writer.close("defs")
    }
}

// MARK: - Patterns

private extension SeriesFill {
    enum Texture { case hatch, dots, crossHatch }

    var texture: Texture { [Texture.hatch, .dots, .crossHatch][(index - 1) % 3] }

    func writePattern(in canvas: ChartCanvas, _ writer: inout SVGWriter) {
        var attributes: SVGWriter.Attributes = [
            ("id", canvas.definitionID("s\(index)")), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"),
        ]
        if texture != .dots { attributes.append(("patternTransform", "rotate(45)")) }
        writer.open("pattern", attributes)
        // Without CSS the colour rectangle is a mid grey and the marks white.
        writer.element("rect", [("class", colourClass), ("width", "6"), ("height", "6"), ("fill-opacity", "0.5")])
        let mark: SVGWriter.Attributes = [("class", "cb-hatch"), ("fill", "#fff")]
        switch texture {
        case .hatch:
            writer.element("rect", mark + [("width", "2"), ("height", "6")])
        case .dots:
            writer.element("circle", mark + [("cx", "3"), ("cy", "3"), ("r", "1.4")])
        case .crossHatch:
            writer.element("rect", mark + [("width", "1.5"), ("height", "6")])
            writer.element("rect", mark + [("width", "6"), ("height", "1.5")])
        }
        writer.close("pattern")
    }
}
