import Testing
@testable import CasebookKit

@Suite struct BulletChartTests {
    static func chart(_ value: Double?, _ target: BulletChart.Target) -> BulletChart {
        BulletChart(id: "b", title: "t", description: "d", value: value, target: target, range: 0...0.1,
                    statusText: ChartSamples.status, format: ChartFormat.percent(decimals: 1), emptyText: "Brak danych")
    }

    @Test(arguments: [
        (0.034, BulletChart.Target.band(0.02...0.05), BulletChart.Status.onTarget),
        (0.02, .band(0.02...0.05), .onTarget),
        (0.05, .band(0.02...0.05), .onTarget),
        (0.019, .band(0.02...0.05), .below),
        (0.051, .band(0.02...0.05), .above),
        (19.0 / 20, .atLeast(0.95), .onTarget),
        (0.949, .atLeast(0.95), .below),
        (0.05, .atMost(0.05), .onTarget),
        (0.06, .atMost(0.05), .above),
    ])
    func statusFollowsTheTarget(_ value: Double, _ target: BulletChart.Target, _ expected: BulletChart.Status) {
        #expect(Self.chart(value, target).status == expected)
    }

    @Test func statusIsShownByShapeAndWordsNotColourAlone() throws {
        let on = ParsedSVG(Self.chart(0.034, .band(0.02...0.05)).svg)
        #expect(on.elements("circle", class: "cb-on-target").count == 1)
        #expect(on.elements("text", class: "cb-status").map(\.text) == ["3.4% · w normie"])

        let below = ParsedSVG(Self.chart(0.01, .band(0.02...0.05)).svg)
        let marker = try #require(below.elements("polygon", class: "cb-off-target").first)
        #expect(marker.classes.contains("cb-below"))
        #expect(below.elements("circle", class: "cb-marker").isEmpty)
        #expect(below.elements("text", class: "cb-status").map(\.text) == ["1.0% · poniżej normy"])
        // The triangle points left, towards lower values: its tip is its leftmost corner.
        let xs = (marker.attributes["points"] ?? "").split(separator: " ").compactMap { Double($0.split(separator: ",")[0]) }
        #expect(xs.first == xs.min())

        let above = ParsedSVG(Self.chart(0.08, .band(0.02...0.05)).svg)
        #expect(above.elements("polygon", class: "cb-above").count == 1)
    }

    @Test func valuesBeyondTheRangeWidenTheScale() throws {
        let svg = ParsedSVG(Self.chart(0.14, .band(0.02...0.05)).svg)
        let ticks = svg.elements("text", class: "cb-tick-label").map(\.text)
        #expect(ticks.first == "0.0%" && ticks.last == "15.0%")
        let track = try #require(svg.elements("rect", class: "cb-track").first)
        let marker = try #require(svg.elements("polygon", class: "cb-marker").first)
        #expect(marker.attributes["points"] != nil)
        #expect(track.number("x") + track.number("width") > 0)
    }

    @Test func missingValueIsNoData() {
        let chart = Self.chart(nil, .atLeast(0.95))
        #expect(chart.status == .noData)
        #expect(chart.svg.contains(">Brak danych</text>"))
        #expect(chart.table(summary: "s", valueHeader: "v", targetHeader: "t", statusHeader: "o")
                .contains("<tr><td class=\"cb-num\">—</td><td class=\"cb-num\">≥ 95.0%</td><td class=\"cb-num\">—</td></tr>"))
    }
}
