import Testing
@testable import CasebookKit

/// Horizontal bars: lengths from known values, the target line, names and values, no data.
@Suite struct HorizontalBarChartTests {
    static let tolerance = 0.011

    static func chart(_ bars: [(label: String, value: Double)], target: Double? = nil) -> HorizontalBarChart {
        HorizontalBarChart(id: "h", title: "Utrzymanie", description: "d", bars: bars, target: target, targetLabel: "Cel",
                           xRange: 0...1, format: ChartFormat.percent(decimals: 1), tickFormat: ChartFormat.percent(),
                           emptyText: "Brak danych")
    }

    @Test func barLengthsAreProportionalAndStartAtTheSameEdge() throws {
        let svg = ParsedSVG(Self.chart([(label: "a", value: 0.25), (label: "b", value: 0.5), (label: "c", value: 1)]).svg)
        #expect(svg.error == nil)
        let bars = svg.elements("rect", class: "cb-bar")
        try #require(bars.count == 3)
        #expect(Set(bars.map { $0.number("x") }).count == 1)
        #expect(abs(bars[1].number("width") - 2 * bars[0].number("width")) <= 2 * Self.tolerance)
        #expect(abs(bars[2].number("width") - 4 * bars[0].number("width")) <= 4 * Self.tolerance)
        // Rows are evenly spaced, first row on top.
        let ys = bars.map { $0.number("y") }
        #expect(ys[0] < ys[1] && abs((ys[1] - ys[0]) - (ys[2] - ys[1])) <= Self.tolerance)
    }

    @Test func targetLineSitsAtEightyPercentOfTheAxis() throws {
        let svg = ParsedSVG(Self.chart([(label: "a", value: 1), (label: "b", value: 0.4)], target: 0.8).svg)
        let bars = svg.elements("rect", class: "cb-bar")
        let start = bars[0].number("x"), full = bars[0].number("width")
        // The legend's swatch is a cb-target line too; the plot's comes last.
        let target = try #require(svg.elements("line", class: "cb-target").last)
        #expect(abs(target.number("x1") - (start + 0.8 * full)) <= 2 * Self.tolerance)
        #expect(target.attributes["stroke-dasharray"] != nil)
        #expect(svg.elements("text", class: "cb-legend-label").first?.text == "Cel 80.0%")
    }

    @Test func eachBarIsNamedAndShowsItsValue() throws {
        let long = "Zasadna reklamacja, której nie da się szybko załatwić"
        let svg = ParsedSVG(Self.chart([(label: long, value: 0.693)]).svg)
        let labels = svg.elements("text", class: "cb-axis-label")
        try #require(labels.count == 1)
        #expect(labels[0].text.hasSuffix("…"), "a long name is cut")
        #expect(svg.elements("title").contains { $0.text == long }, "and kept whole in a tooltip")
        #expect(svg.elements("text", class: "cb-value-label").first?.text == "69.3%")
    }

    @Test func tickLabelsNeverTouch() throws {
        let money: ChartFormatter = { ChartFormat.number()($0) + " zł" }
        let chart = HorizontalBarChart(id: "m", title: "t", description: "d",
                                       bars: [(label: "a", value: 143_131), (label: "b", value: 832)], format: money, emptyText: "-")
        let ticks = ParsedSVG(chart.svg).elements("text", class: "cb-tick-label")
        try #require(ticks.count >= 2)
        let gap = ticks[1].number("x") - ticks[0].number("x")
        for tick in ticks { #expect(ChartText.width(tick.text) + 8 <= gap + Self.tolerance, "\(tick.text)") }
    }

    @Test func noBarsIsTheEmptyFrame() {
        let svg = Self.chart([]).svg
        #expect(svg.contains("cb-no-data") && svg.contains(">Brak danych<"))
    }
}
