/// The SVG of a bullet chart: track, shaded target zone, measure bar, status marker and scale.
extension BulletChart {
    static let height = 84.0

    public var svg: String {
        let canvas = ChartCanvas(id: id, kind: "cb-bullet-chart", title: title, description: description,
                                 height: Self.height)
        guard let value = ChartValue.drawable(value) else { return canvas.empty(emptyText) }
        let layout = BulletLayout(chart: self, value: value)
        return canvas.render { writer in
            writer.open("defs")
            writeZonePattern(in: canvas, &writer)
            writer.close("defs")
            layout.drawTrack(zone: zone(in: layout.axis), target: target, title: targetLabel, in: canvas, &writer)
            layout.drawScale(&writer)
            layout.drawMeasure(&writer)
            layout.drawMarker(status: status, title: valueText(value), &writer)
            layout.drawValueLabel(valueText(value), &writer)
        }
    }
}

// MARK: - Pieces

private extension BulletChart {
    func valueText(_ value: Double) -> String {
        let words = statusLabel
        return words.isEmpty ? format(value) : format(value) + " · " + words
    }

    /// The stretch of the scale that is on target: the band, or from a single target to the end.
    func zone(in axis: NiceAxis) -> ClosedRange<Double> {
        switch target {
        case .band(let band): band
        case .atLeast(let bound): min(bound, axis.upper)...axis.upper
        case .atMost(let bound): axis.lower...max(bound, axis.lower)
        }
    }

    /// Light diagonal stripes over a light fill, so the zone shows in grayscale too.
    func writeZonePattern(in canvas: ChartCanvas, _ writer: inout SVGWriter) {
        writer.open("pattern", [
            ("id", canvas.definitionID("zone")), ("width", "6"), ("height", "6"),
            ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"),
        ])
        writer.element("rect", [("class", "cb-band-fill"), ("width", "6"), ("height", "6"), ("fill-opacity", "0.2")])
        writer.element("line", [
            ("class", "cb-band-hatch"), ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"),
            ("stroke", "currentColor"), ("stroke-width", "1.5"), ("stroke-opacity", "0.45"),
        ])
        writer.close("pattern")
    }
}
