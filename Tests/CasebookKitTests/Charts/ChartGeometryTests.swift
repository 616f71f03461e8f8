import Testing
@testable import CasebookKit

/// Where shapes land, read back from the SVG: sizes must follow the data, not just look right.
@Suite struct ChartGeometryTests {
    /// Coordinates are written with two decimals, so two of them may differ by up to 0.01 after rounding.
    static let tolerance = 0.011

    @Test func barHeightsAreProportionalToValues() throws {
        let svg = ParsedSVG(BarChart(id: "b", title: "t", description: "d", bars: [(label: "a", value: 10), (label: "b", value: 20)],
                                     emptyText: "-").svg)
        let bars = svg.elements("rect", class: "cb-bar")
        try #require(bars.count == 2)
        let baseline = try #require(svg.elements("line", class: "cb-baseline").first).number("y1")
        #expect(abs(bars[1].number("height") - 2 * bars[0].number("height")) <= 2 * Self.tolerance)
        for bar in bars { #expect(abs(bar.number("y") + bar.number("height") - baseline) <= Self.tolerance) }
        #expect(bars[0].number("width") == bars[1].number("width"))
    }

    @Test func negativeBarsHangBelowTheBaseline() throws {
        let svg = ParsedSVG(BarChart(id: "b", title: "t", description: "d", bars: [(label: "a", value: -5), (label: "b", value: 10)],
                                     emptyText: "-").svg)
        let bars = svg.elements("rect", class: "cb-bar")
        let baseline = try #require(svg.elements("line", class: "cb-baseline").first).number("y1")
        try #require(bars.count == 2)
        #expect(bars[0].classes.contains("cb-negative"))
        #expect(abs(bars[0].number("y") - baseline) <= Self.tolerance)
        #expect(abs(2 * bars[0].number("height") - bars[1].number("height")) <= 2 * Self.tolerance)
        let label = try #require(svg.elements("text", class: "cb-value-label").first)
        #expect(label.text == "-5" && label.number("y") < baseline)
    }

    @Test func targetLineSitsAtNinetyFivePercentOfAZeroToHundredAxis() throws {
        let chart = LineChart(id: "l", title: "t", description: "d", points: [(label: "1", value: 0.5), (label: "2", value: 0.6)],
                              target: 0.95, yRange: 0...1, format: ChartFormat.percent(), emptyText: "-")
        let svg = ParsedSVG(chart.svg)
        let zero = try #require(svg.elements("line", class: "cb-baseline").first).number("y1")
        let hundred = try #require(svg.elements("line", class: "cb-grid").map { $0.number("y1") }.min())
        let labels = svg.elements("text", class: "cb-tick-label").map(\.text)
        #expect(labels == ["0%", "20%", "40%", "60%", "80%", "100%"])
        let target = try #require(svg.elements("line", class: "cb-target").first { $0.attributes["x1"] != nil && $0.parent != nil
            && svg.elements[$0.parent!].name == "svg" })
        #expect(abs(target.number("y1") - (zero + 0.95 * (hundred - zero))) <= 2 * Self.tolerance)
        #expect(svg.elements("text", class: "cb-target-label").map(\.text) == ["95%"])
    }

    @Test func bandRunsFromItsLowToItsHighValue() throws {
        let chart = LineChart(id: "l", title: "t", description: "d", points: [(label: "1", value: 0.03), (label: "2", value: 0.06)],
                              band: 0.02...0.05, yRange: 0...0.1, format: ChartFormat.percent(), emptyText: "-")
        let svg = ParsedSVG(chart.svg)
        let zero = try #require(svg.elements("line", class: "cb-baseline").first).number("y1")
        let top = try #require(svg.elements("line", class: "cb-grid").map { $0.number("y1") }.min())
        let axisMax = 0.1  // the nice axis of 0...0.1 ends at 10%
        let band = try #require(svg.elements("rect", class: "cb-band").first)
        let perUnit = (zero - top) / axisMax
        #expect(abs(band.number("y") - (zero - 0.05 * perUnit)) <= 2 * Self.tolerance)
        #expect(abs(band.number("y") + band.number("height") - (zero - 0.02 * perUnit)) <= 2 * Self.tolerance)
        #expect(!chart.svg.contains("style="))
    }

    @Test(arguments: [3, 15])
    func histogramBinsShareThePlotWidthEqually(_ count: Int) throws {
        let chart = Histogram(id: "h", title: "t", description: "d", edges: (0..<count).map(Double.init),
                              counts: (0..<count).map { 10 + $0 % 4 }, emptyText: "-")
        let svg = ParsedSVG(chart.svg)
        let bars = svg.elements("rect", class: "cb-bar")
        try #require(bars.count == count)
        let axis = try #require(svg.elements("line", class: "cb-baseline").first)
        let plotWidth = axis.number("x2") - axis.number("x1")
        let band = plotWidth / Double(count)
        for bar in bars { #expect(abs(bar.number("width") - bars[0].number("width")) <= Self.tolerance) }
        for (a, b) in zip(bars, bars.dropFirst()) { #expect(abs(b.number("x") - a.number("x") - band) <= 2 * Self.tolerance) }
        // Neighbouring bars nearly touch: the gap is a hairline, not a bar-chart gap.
        #expect(band - bars[0].number("width") <= 2.01)
        #expect(svg.elements("text", class: "cb-axis-label").first?.text == "0–1")
    }

    @Test func stackedSegmentsAreProportionalAndAddUpToTheBar() throws {
        let chart = StackedBarChart(id: "s", title: "t", description: "d", categories: ["a", "b"],
                                    series: [ChartSeries(name: "x", values: [10, 30]), ChartSeries(name: "y", values: [20, 5]),
                                             ChartSeries(name: "z", values: [5, 0])], emptyText: "-")
        let svg = ParsedSVG(chart.svg)
        let baseline = try #require(svg.elements("line", class: "cb-baseline").first).number("y1")
        let stacks = svg.elements.indices.filter { svg.elements[$0].classes.contains("cb-stack") }
        try #require(stacks.count == 2)
        var unit: Double?
        for (stack, values) in zip(stacks, [[10.0, 20, 5], [30.0, 5]]) {
            let segments = svg.elements.indices.filter { index in
                svg.elements[index].name == "rect" && svg.elements[index].parent.map { svg.elements[$0].parent == stack } == true
            }.map { svg.elements[$0] }
            try #require(segments.count == values.count)
            let heights = segments.map { $0.number("height") }
            unit = unit ?? heights[0] / values[0]
            for (height, value) in zip(heights, values) { #expect(abs(height - value * unit!) <= 3 * Self.tolerance) }
            // Bottom segment on the baseline, each next one directly on top, no gaps or overlaps.
            #expect(abs(segments[0].number("y") + heights[0] - baseline) <= Self.tolerance)
            for (lower, upper) in zip(segments, segments.dropFirst()) {
                #expect(abs(upper.number("y") + upper.number("height") - lower.number("y")) <= Self.tolerance)
            }
            let top = segments.map { $0.number("y") }.min()!
            #expect(abs(baseline - top - heights.reduce(0, +)) <= 3 * Self.tolerance)
        }
        #expect(svg.elements("text", class: "cb-value-label").map(\.text) == ["35", "35"])
    }

    @Test func bulletMarkerSitsAtTheValueOnTheScale() throws {
        let svg = ParsedSVG(ChartSamples.costShare.svg)
        let track = try #require(svg.elements("rect", class: "cb-track").first)
        let marker = try #require(svg.elements("circle", class: "cb-marker").first)
        #expect(abs(marker.number("cx") - (track.number("x") + 0.34 * track.number("width"))) <= 2 * Self.tolerance)
        let band = try #require(svg.elements("rect", class: "cb-band").first)
        #expect(abs(band.number("x") - (track.number("x") + 0.2 * track.number("width"))) <= 2 * Self.tolerance)
        #expect(abs(band.number("width") - 0.3 * track.number("width")) <= 2 * Self.tolerance)
        let measure = try #require(svg.elements("rect", class: "cb-measure").first)
        #expect(abs(measure.number("x") + measure.number("width") - marker.number("cx")) <= 2 * Self.tolerance)
    }

    @Test func lineOfASinglePointIsOneMarkerInTheMiddle() throws {
        let chart = LineChart(id: "l", title: "t", description: "d", points: [(label: "2026-01", value: 0.5)], emptyText: "-")
        let svg = ParsedSVG(chart.svg)
        #expect(svg.elements("path", class: "cb-line").isEmpty)
        let point = try #require(svg.elements("circle", class: "cb-point").first)
        let axis = try #require(svg.elements("line", class: "cb-baseline").first)
        #expect(abs(point.number("cx") - (axis.number("x1") + axis.number("x2")) / 2) <= Self.tolerance)
    }
}
