import Testing
@testable import CasebookKit

/// The KPI sparkline: where its points land for known values, the target line, gaps and no data.
@Suite struct SparklineTests {
    static let tolerance = 0.011
    static let inset = Sparkline.inset
    static let bottom = Sparkline.height - Sparkline.inset

    /// "M3 29L60 3L117 16" → [(3, 29), (60, 3), (117, 16)].
    static func points(_ path: String) -> [(x: Double, y: Double)] {
        path.split(whereSeparator: { $0 == "M" || $0 == "L" }).map { pair in
            let parts = pair.split(separator: " ").map { Double($0)! }
            return (parts[0], parts[1])
        }
    }

    @Test func lowestValueSitsAtTheBottomHighestAtTheTopMiddleInBetween() throws {
        let svg = ParsedSVG(Sparkline(id: "s", title: "t", description: "d", values: [0.2, 0.6, 0.4]).svg)
        #expect(svg.error == nil)
        let line = try #require(svg.elements("path", class: "cb-line").first)
        let points = Self.points(line.attributes["d"]!)
        try #require(points.count == 3)
        #expect(abs(points[0].y - Self.bottom) <= Self.tolerance)
        #expect(abs(points[1].y - Self.inset) <= Self.tolerance)
        #expect(abs(points[2].y - (Self.inset + Self.bottom) / 2) <= Self.tolerance)
        #expect(abs(points[0].x - Self.inset) <= Self.tolerance)
        #expect(abs(points[2].x - (Sparkline.width - Self.inset)) <= Self.tolerance)
        #expect(abs(points[1].x - Sparkline.width / 2) <= Self.tolerance)
    }

    @Test func targetLineSitsAtItsValueWithinTheRange() throws {
        // Range 0…1 forced; 0.8 lies one fifth of the inner height below the top.
        let svg = ParsedSVG(Sparkline(id: "s", title: "t", description: "d", values: [0.5, 0.9], target: 0.8, yRange: 0...1).svg)
        let target = try #require(svg.elements("line", class: "cb-target").first)
        let inner = Sparkline.height - 2 * Self.inset
        #expect(abs(target.number("y1") - (Self.inset + inner * 0.2)) <= Self.tolerance)
        #expect(target.attributes["stroke-dasharray"] != nil, "the target must be told apart without colour")
    }

    @Test func aTargetOutsideTheDataWidensTheRange() throws {
        let svg = ParsedSVG(Sparkline(id: "s", title: "t", description: "d", values: [0.5, 0.6], target: 0.95).svg)
        let target = try #require(svg.elements("line", class: "cb-target").first)
        #expect(abs(target.number("y1") - Self.inset) <= Self.tolerance)
    }

    @Test func aMissingMonthBreaksTheLineAndALoneMonthIsADot() throws {
        let svg = ParsedSVG(Sparkline(id: "s", title: "t", description: "d", values: [0.1, 0.2, nil, 0.3, nil]).svg)
        let paths = svg.elements("path", class: "cb-line").map { Self.points($0.attributes["d"]!) }
        try #require(paths.count == 2)
        #expect(paths[0].count == 2)
        // The lone value is a zero-length segment, which round caps draw as a dot.
        #expect(paths[1].count == 2 && paths[1][0].x == paths[1][1].x && paths[1][0].y == paths[1][1].y)
        let end = try #require(svg.elements("circle", class: "cb-spark-end").first)
        #expect(abs(end.number("cx") - paths[1][0].x) <= Self.tolerance)
    }

    @Test func aConstantSeriesIsDrawnFlatInTheMiddle() throws {
        let svg = ParsedSVG(Sparkline(id: "s", title: "t", description: "d", values: [3, 3, 3]).svg)
        let points = Self.points(try #require(svg.elements("path", class: "cb-line").first).attributes["d"]!)
        for point in points { #expect(abs(point.y - Sparkline.height / 2) <= Self.tolerance) }
    }

    @Test(arguments: [[Double?](), [nil, nil], [.nan, .infinity]])
    func withoutDrawableValuesOnlyTheNameIsLeft(values: [Double?]) throws {
        let svg = ParsedSVG(Sparkline(id: "s", title: "Trend", description: "brak danych", values: values).svg)
        #expect(svg.error == nil)
        #expect(svg.elements("path").isEmpty && svg.elements("circle").isEmpty)
        #expect(svg.elements("title").first?.text == "Trend")
        #expect(svg.elements("desc").first?.text == "brak danych")
    }

    @Test func itIsNamedByItsTitleAndDescriptionAndEscapesThem() throws {
        let markup = Sparkline(id: "kpi-a&b", title: "W terminie <7 dni>", description: "lip: 80%", values: [0.8]).svg
        let svg = ParsedSVG(markup)
        #expect(svg.error == nil)
        let root = try #require(svg.elements("svg").first)
        #expect(root.attributes["role"] == "img")
        let ids = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
        #expect(ids.count == 2)
        #expect(svg.elements("title").first?.attributes["id"] == ids[0])
        #expect(svg.elements("title").first?.text == "W terminie <7 dni>")
        #expect(!markup.contains("style="))
    }
}
