import Testing
@testable import CasebookKit

@Suite struct ChartTableTests {
    static let summary = "Dane w tabeli"

    /// Every chart's table, as the pages would put it under the chart.
    static var tables: [(String, String)] {
        [("line", ChartSamples.promise.table(summary: summary, labelHeader: "Miesiąc", valueHeader: "W terminie")),
         ("bar", ChartSamples.clientTypes.table(summary: summary, labelHeader: "Typ", valueHeader: "Zgłoszenia")),
         ("stacked", ChartSamples.refunds.table(summary: summary, labelHeader: "Okno", totalHeader: "Razem")),
         ("histogram", ChartSamples.answerDays.table(summary: summary, binHeader: "Dni", countHeader: "Zgłoszenia")),
         ("bullet", ChartSamples.costShare.table(summary: summary, valueHeader: "Udział", targetHeader: "Norma",
                                                 statusHeader: "Ocena"))]
    }

    @Test func tablesAreWellFormedDetailsWithTheCallersSummary() {
        for (name, html) in Self.tables {
            let parsed = ParsedSVG(html)
            #expect(parsed.error == nil, "\(name)")
            #expect(parsed.elements.first?.name == "details", "\(name)")
            #expect(parsed.elements("summary").map(\.text) == [Self.summary], "\(name)")
            #expect(parsed.elements("caption").count == 1, "\(name)")
            #expect(parsed.elements.allSatisfy { $0.attributes["style"] == nil }, "\(name)")
        }
    }

    @Test func stackedTableHasAColumnPerSeriesAndATotal() {
        let parsed = ParsedSVG(ChartSamples.refunds.table(summary: "s", labelHeader: "Okno", totalHeader: "Razem"))
        #expect(parsed.elements("th").prefix(5).map(\.text) == ["Okno", "przyznane", "odmówione", "w toku", "Razem"])
        #expect(parsed.elements("td").prefix(4).map(\.text) == ["31", "1", "2", "34"])
    }

    @Test func histogramTableNamesBinsByTheirEdges() {
        let parsed = ParsedSVG(ChartSamples.answerDays.table(summary: "s", binHeader: "Dni", countHeader: "n"))
        let rows = parsed.elements("th").dropFirst(2).map(\.text)
        #expect(rows.first == "0–1" && rows.last == "14+" && rows.count == 15)
    }

    @Test func hostileTextIsEscaped() {
        let bad = #"<img src=x onerror="alert(1)"> & "#
        let html = BarChart(id: "b", title: bad, description: bad, bars: [(label: bad, value: 1)], emptyText: bad)
            .table(summary: bad, labelHeader: bad, valueHeader: bad)
        #expect(!html.contains("<img"))
        let parsed = ParsedSVG(html)
        #expect(parsed.error == nil)
        #expect(parsed.elements("summary").first?.text == bad)
        #expect(parsed.elements("th").allSatisfy { $0.text == bad })
    }
}
