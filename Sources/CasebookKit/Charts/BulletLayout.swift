/// Positions and drawing for one bullet chart; the scale covers the value, the target and the caller's range.
struct BulletLayout {
    let axis: NiceAxis
    let x: ChartScale
    let value: Double
    let tickLabels: [String]
    let left: Double
    let right: Double
    let trackTop = 28.0
    let trackHeight = 22.0

    init(chart: BulletChart, value: Double) {
        var bounds = [value]
        switch chart.target {
        case .band(let band): bounds += [band.lowerBound, band.upperBound]
        case .atLeast(let bound), .atMost(let bound): bounds.append(bound)
        }
        bounds = bounds.compactMap(ChartValue.drawable)
        if let range = chart.range {
            bounds += [range.lowerBound, range.upperBound].compactMap(ChartValue.drawable)
        } else {
            // Room past the largest figure so a value just above the band is not at the very edge.
            bounds.append((bounds.max() ?? 0) * 1.2)
        }
        (axis, tickLabels) = NiceAxis.labelled(covering: bounds, format: chart.tickFormat ?? chart.format)
        // Tick labels are centred on their ticks, so the end ones need half their width of margin.
        let margin = min(ChartCanvas.width / 4, max(16, (tickLabels.map { ChartText.width($0) }.max() ?? 0) / 2 + 4))
        (left, right) = (margin, ChartCanvas.width - margin)
        x = ChartScale(domain: axis.domain, start: left, end: right)
        self.value = value
    }

    var middle: Double { trackTop + trackHeight / 2 }

    /// The track, the on-target zone (hatched, with `title` as its tooltip) and the target's edges.
    func drawTrack(zone: ClosedRange<Double>, target: BulletChart.Target, title: String, in canvas: ChartCanvas,
                   _ writer: inout SVGWriter) {
        writer.element("rect", [
            ("class", "cb-track"), ("x", SVGWriter.number(left)), ("y", SVGWriter.number(trackTop)),
            ("width", SVGWriter.number(right - left)), ("height", SVGWriter.number(trackHeight)),
            ("fill-opacity", "0.08"),
        ])
        let (low, high) = (x(max(zone.lowerBound, axis.lower)), x(min(zone.upperBound, axis.upper)))
        writer.open("rect", [
            ("class", "cb-band"), ("x", SVGWriter.number(low)), ("y", SVGWriter.number(trackTop)),
            ("width", SVGWriter.number(max(0, high - low))), ("height", SVGWriter.number(trackHeight)),
            ("fill", "url(#\(canvas.definitionID("zone")))"),
        ])
        writer.element("title", text: title)
        writer.close("rect")
        // The target's edges as solid ticks a little taller than the track.
        let edges: [Double] = switch target {
        case .band(let band): [band.lowerBound, band.upperBound]
        case .atLeast(let bound), .atMost(let bound): [bound]
        }
        for edge in edges {
            let at = SVGWriter.number(x(edge))
            writer.element("line", [
                ("class", "cb-band-edge"), ("x1", at), ("x2", at),
                ("y1", SVGWriter.number(trackTop - 3)), ("y2", SVGWriter.number(trackTop + trackHeight + 3)),
                ("stroke", "currentColor"), ("stroke-width", "2"),
            ])
        }
    }

    /// Tick marks and labels under the track.
    func drawScale(_ writer: inout SVGWriter) {
        let bottom = trackTop + trackHeight
        writer.open("g", [("class", "cb-x-axis")])
        for (tick, label) in zip(axis.ticks, tickLabels) {
            let at = SVGWriter.number(x(tick))
            writer.element("line", [
                ("class", "cb-baseline"), ("x1", at), ("x2", at), ("y1", SVGWriter.number(bottom)),
                ("y2", SVGWriter.number(bottom + 4)), ("stroke", "currentColor"),
            ])
            writer.element("text", [
                ("class", "cb-tick-label"), ("x", at), ("y", SVGWriter.number(bottom + 18)), ("text-anchor", "middle"),
            ], text: label)
        }
        writer.close("g")
    }

    /// A thin bar from 0 to the value along the middle of the track.
    func drawMeasure(_ writer: inout SVGWriter) {
        let (start, end) = (x(0), x(value))
        writer.element("rect", [
            ("class", "cb-measure"), ("x", SVGWriter.number(min(start, end))), ("y", SVGWriter.number(middle - 3)),
            ("width", SVGWriter.number(abs(end - start))), ("height", "6"),
        ])
    }

    /// A circle on target; off target a triangle pointing the way the value misses.
    func drawMarker(status: BulletChart.Status, title: String, _ writer: inout SVGWriter) {
        let (cx, cy) = (x(value), middle)
        let onTarget = status == .onTarget
        let common: SVGWriter.Attributes = [
            ("class", "cb-marker " + (onTarget ? "cb-on-target" : "cb-off-target cb-\(status.rawValue)")),
            ("stroke", "#fff"), ("stroke-width", "1.5"),
        ]
        writer.open("g", [("class", "cb-datum")])
        writer.element("title", text: title)
        if onTarget {
            writer.element("circle", common + [
                ("cx", SVGWriter.number(cx)), ("cy", SVGWriter.number(cy)), ("r", "7"),
            ])
        } else {
            // Points left for below, right for above: the way to go is the other way.
            let tip = status == .below ? -9.0 : 9.0
            let points = [(cx + tip, cy), (cx - tip * 0.8, cy - 8), (cx - tip * 0.8, cy + 8)]
                .map { SVGWriter.number($0.0) + "," + SVGWriter.number($0.1) }.joined(separator: " ")
            writer.element("polygon", common + [("points", points)])
        }
        writer.close("g")
    }

    /// The value and status above the marker, kept inside the drawing near the ends.
    func drawValueLabel(_ text: String, _ writer: inout SVGWriter) {
        let at = x(value)
        let half = ChartText.width(text, bold: true) / 2
        let (anchorX, anchor) = at - half < 4 ? (4.0, "start")
            : at + half > ChartCanvas.width - 4 ? (ChartCanvas.width - 4, "end") : (at, "middle")
        writer.element("text", [
            ("class", "cb-value-label cb-status"), ("x", SVGWriter.number(anchorX)),
            ("y", SVGWriter.number(trackTop - 9)), ("text-anchor", anchor),
        ], text: text)
    }
}
