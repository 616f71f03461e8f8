import Testing
@testable import CasebookKit

@Suite struct LineChartTests {
    static func chart(_ values: [Double?]) -> ParsedSVG {
        ParsedSVG(LineChart(id: "l", title: "t", description: "d",
                            points: values.enumerated().map { (label: "m\($0.offset)", value: $0.element) },
                            target: 0.95, yRange: 0...1, format: ChartFormat.percent(), emptyText: "-").svg)
    }

    /// The x of each point in a path's `d` ("M1,2L3,4…").
    static func xs(_ path: ParsedSVG.Element) -> [Double] {
        (path.attributes["d"] ?? "").split(whereSeparator: { $0 == "M" || $0 == "L" })
            .compactMap { Double($0.split(separator: ",")[0]) }
    }

    @Test func missingMonthsBreakTheLine() throws {
        let svg = Self.chart([0.9, 0.92, nil, 0.95, 0.97, nil, 0.99])
        let paths = svg.elements("path", class: "cb-line")
        let points = svg.elements("circle", class: "cb-point")
        // Runs [0, 1] and [3, 4] are lines; 6 stands alone as a marker.
        try #require(paths.count == 2)
        #expect(points.count == 5)
        let centres = points.map { $0.number("cx") }
        #expect(Self.xs(paths[0]) == [centres[0], centres[1]])
        #expect(Self.xs(paths[1]) == [centres[2], centres[3]])
        #expect(paths.allSatisfy { ($0.attributes["d"] ?? "").filter { $0 == "M" }.count == 1 })
    }

    @Test func everyValueHasAMarkerWithItsLabelAndValue() throws {
        let svg = Self.chart([0.5, nil, 0.25])
        let indices = svg.elements.indices.filter { svg.elements[$0].classes.contains("cb-point") }
        #expect(indices.map { svg.titles(of: $0) } == [["m0: 50%"], ["m2: 25%"]])
    }

    @Test func valuesOutsideTheRequestedRangeWidenIt() {
        let svg = Self.chart([1.3, 0.5])
        let ticks = svg.elements("text", class: "cb-tick-label").map(\.text)
        #expect(ticks == ["0%", "50%", "100%", "150%"])
    }

    @Test func tableListsEveryMonthWithMissingOnesMarked() {
        let html = LineChart(id: "l", title: "W terminie", description: "d",
                             points: [(label: "2026-01", value: 0.9), (label: "2026-02", value: nil)],
                             target: 0.95, targetLabel: "Cel", format: ChartFormat.percent(), emptyText: "-")
            .table(summary: "Dane w tabeli", labelHeader: "Miesiąc", valueHeader: "Odsetek", missing: "brak")
        #expect(html.contains("<tr><th scope=\"row\">2026-02</th><td class=\"cb-num\">brak</td></tr>"))
        #expect(html.contains("<tfoot>\n<tr><th scope=\"row\">Cel</th><td class=\"cb-num\">95%</td></tr>\n</tfoot>"))
    }
}
