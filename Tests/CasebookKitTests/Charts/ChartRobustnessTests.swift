import Foundation
import Testing
@testable import CasebookKit

/// Awkward inputs (nothing, zeros, one value, NaN, hostile text) still give well-formed, finite SVG.
@Suite struct ChartRobustnessTests {
    static let hostile = #"<script>alert("x")</script> & 'y'"#
    static let status = ChartSamples.status

    /// Every chart kind built from the same awkward input shape, named for messages.
    static func everyKind(labels: [String], values: [Double?], emptyText: String = "Brak danych",
                          title: String = "Tytuł", id: String = "c") -> [(String, String)] {
        let present = values.map { $0 ?? 0 }
        return [
            ("line", LineChart(id: id, title: title, description: title, points: zip(labels, values).map { (label: $0, value: $1) },
                               target: 0.95, targetLabel: title, yRange: 0...1, emptyText: emptyText).svg),
            ("bar", BarChart(id: id, title: title, description: title, bars: zip(labels, present).map { (label: $0, value: $1) },
                             target: 0.5, emptyText: emptyText).svg),
            ("stacked", StackedBarChart(id: id, title: title, description: title, categories: labels,
                                        series: [ChartSeries(name: title, values: present), ChartSeries(name: "2", values: present)],
                                        emptyText: emptyText).svg),
            ("histogram", Histogram(id: id, title: title, description: title,
                                    bins: zip(labels, present).map { HistogramBin(lower: 0, upper: 1, count: Int(min(max($1.isFinite ? $1 : 0, 0), 1e9)), label: $0) },
                                    emptyText: emptyText).svg),
            ("bullet", BulletChart(id: id, title: title, description: title, value: values.first ?? nil, target: .band(0.02...0.05),
                                   statusText: status, emptyText: emptyText).svg),
        ]
    }

    /// Parses, has no NaN/inf/-0 and no `style`/`on*` attributes; `text: false` skips words in
    /// text content (Polish "przyznane" contains "nan").
    static func expectWellFormed(_ svg: String, _ name: String, text: Bool = true,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let parsed = ParsedSVG(svg)
        #expect(parsed.error == nil, "\(name): \(String(describing: parsed.error))", sourceLocation: sourceLocation)
        let lowered = (text ? svg : svg.replacingOccurrences(of: ">[^<]*<", with: "><", options: .regularExpression))
            .lowercased()
        #expect(!lowered.contains("nan") && !lowered.contains("inf"), "\(name) has NaN/inf", sourceLocation: sourceLocation)
        // A number "-0" (not "cb-fill-0", not "-0.5").
        let minusZero = try! NSRegularExpression(pattern: "(^|[^A-Za-z0-9_-])-0(?![.0-9])")
        #expect(minusZero.firstMatch(in: svg, range: NSRange(svg.startIndex..., in: svg)) == nil, "\(name) has -0",
                sourceLocation: sourceLocation)
        for element in parsed.elements {
            for (attribute, value) in element.attributes {
                #expect(attribute != "style" && !attribute.hasPrefix("on"), "\(name): \(attribute)", sourceLocation: sourceLocation)
                if ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"].contains(attribute), value != "100%" {
                    #expect(Double(value)?.isFinite == true, "\(name): \(attribute)=\(value)", sourceLocation: sourceLocation)
                }
                if attribute == "width" || attribute == "height", value != "100%" {
                    #expect((Double(value) ?? -1) >= 0, "\(name): negative \(attribute)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func sampleChartsAreWellFormed() {
        for (name, svg) in ChartSamples.all { Self.expectWellFormed(svg, name, text: false) }
    }

    @Test func emptyDataGivesTheCallersNoDataText() {
        for (name, svg) in Self.everyKind(labels: [], values: [], emptyText: "Brak danych w okresie") {
            Self.expectWellFormed(svg, name)
            let parsed = ParsedSVG(svg)
            #expect(parsed.elements("text", class: "cb-empty").map(\.text) == ["Brak danych w okresie"], "\(name)")
            #expect(parsed.elements.first?.classes.contains("cb-no-data") == true, "\(name)")
        }
    }

    @Test(arguments: [
        [0.0, 0, 0],          // all zero
        [0.42],               // one value
        [.nan, .infinity, -.infinity, 3],
        [-5, 10, -0.0001],    // negatives are not expected, but must not break anything
        [1e300, 1, 0],        // absurdly large
        [1e-12, 2e-12],       // tiny
    ] as [[Double]])
    func awkwardValuesGiveFiniteWellFormedSVG(_ values: [Double]) {
        let labels = values.indices.map { "k\($0)" }
        for (name, svg) in Self.everyKind(labels: labels, values: values) {
            Self.expectWellFormed(svg, name)
            #expect(!svg.contains("cb-no-data") || name == "bullet", "\(name) drew nothing for \(values)")
        }
    }

    @Test func manySeriesAndCategoriesStillFit() {
        let categories = (1...40).map { "Kategoria numer \($0)" }
        let series = (1...60).map { ChartSeries(name: "Seria \($0)", values: Array(repeating: Double($0), count: 40)) }
        let svg = StackedBarChart(id: "s", title: "t", description: "d", categories: categories, series: series,
                                  emptyText: "-").svg
        Self.expectWellFormed(svg, "stacked")
        #expect(ParsedSVG(svg).elements("pattern").count == 59)
    }

    @Test func lineWithOnlyMissingValuesIsEmpty() {
        let chart = LineChart(id: "l", title: "t", description: "d", points: [(label: "a", value: nil), (label: "b", value: .nan)],
                              emptyText: "Brak")
        #expect(chart.svg.contains("cb-no-data"))
    }

    @Test func hostileLabelsAreEscapedEverywhere() {
        for (name, svg) in Self.everyKind(labels: [Self.hostile, "b"], values: [0.5, nil], emptyText: Self.hostile,
                                          title: Self.hostile, id: Self.hostile) {
            Self.expectWellFormed(svg, name)
            #expect(!svg.contains("<script"), "\(name)")
            #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"), "\(name)")
            // Read back, the text is the caller's, character for character.
            let parsed = ParsedSVG(svg)
            #expect(parsed.elements("title").first?.text == Self.hostile, "\(name)")
        }
    }

    @Test func idsComeFromThePrefixAndAreUniqueWithinAChart() throws {
        for (name, svg) in ChartSamples.all + [("hostile", Self.everyKind(labels: ["a"], values: [1], id: "a b\"<c").map(\.1).joined())] {
            let roots = svg.components(separatedBy: "<svg ").count - 1
            for chart in svg.components(separatedBy: "</svg>").dropLast() {
                let parsed = ParsedSVG(chart + "</svg>")
                let root = try #require(parsed.elements.first)
                let ids = parsed.elements.compactMap { $0.attributes["id"] }
                #expect(Set(ids).count == ids.count, "\(name): duplicate ids \(ids)")
                let labelled = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
                #expect(labelled.count == 2 && labelled.allSatisfy(ids.contains), "\(name)")
                #expect(parsed.elements[1].name == "title" && parsed.elements[2].name == "desc", "\(name)")
                #expect(root.attributes["role"] == "img" && root.attributes["width"] == "100%", "\(name)")
                #expect(root.attributes["viewBox"]?.hasPrefix("0 0 400 ") == true, "\(name)")
                let prefix = String(labelled.first?.dropLast("-title".count) ?? "")
                #expect(ids.allSatisfy { $0.hasPrefix(prefix + "-") }, "\(name)")
                #expect(!prefix.contains(" ") && !prefix.contains("\"") && !prefix.contains("<"), "\(name)")
            }
            #expect(roots >= 1)
        }
    }

    @Test func sameInputGivesTheSameBytes() {
        let first = ChartSamples.all.map(\.svg)
        let second = ChartSamples.all.map(\.svg)
        #expect(first == second)
        #expect(ChartSamples.promise.table(summary: "s", labelHeader: "a", valueHeader: "b")
                == ChartSamples.promise.table(summary: "s", labelHeader: "a", valueHeader: "b"))
    }

    @Test func longCategoryNamesAreCutWithTheFullNameInATooltip() throws {
        let name = "Zasadna reklamacja, której nie da się szybko załatwić"
        let chart = BarChart(id: "b", title: "t", description: "d",
                             bars: [(label: name, value: 3), (label: "b", value: 4), (label: "c", value: 1), (label: "d", value: 2)],
                             emptyText: "-")
        let parsed = ParsedSVG(chart.svg)
        let index = try #require(parsed.elements.indices.first { parsed.elements[$0].classes.contains("cb-axis-label") })
        let label = parsed.elements[index]
        #expect(label.text.hasSuffix("…") && name.hasPrefix(String(label.text.dropLast())))
        #expect(parsed.titles(of: index) == [name])
        #expect(parsed.elements("title").contains { $0.text == name + ": 3" })
        #expect(chart.table(summary: "s", labelHeader: "a", valueHeader: "b").contains(name))
    }
}
