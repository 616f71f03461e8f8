import Testing
@testable import CasebookKit

@Suite struct ChartSnapshotTests {
    @Test(arguments: ChartSamples.all.map(\.name))
    func matchesGoldenSVG(_ name: String) {
        let svg = ChartSamples.all.first { $0.name == name }!.svg
        expectChartSnapshot(svg, named: name + ".svg")
    }

    @Test func emptyChartMatchesGoldenSVG() {
        let chart = LineChart(id: "empty", title: "W terminie", description: "Brak zgłoszeń w okresie.",
                              points: [], target: 0.95, emptyText: "Brak danych")
        expectChartSnapshot(chart.svg, named: "line-empty.svg")
    }

    @Test func tableMatchesGoldenHTML() {
        let html = ChartSamples.promise.table(summary: "Dane w tabeli", labelHeader: "Miesiąc", valueHeader: "W terminie")
            + ChartSamples.costs.table(summary: "Dane w tabeli", labelHeader: "Miesiąc", totalHeader: "Razem")
            + ChartSamples.costShare.table(summary: "Dane w tabeli", valueHeader: "Udział", targetHeader: "Norma",
                                           statusHeader: "Ocena")
        expectChartSnapshot(html, named: "tables.html")
    }
}
