@testable import CasebookKit

/// Realistic chart inputs shared by the snapshot, geometry and well-formedness tests.
enum ChartSamples {
    static let percent = ChartFormat.percent(decimals: 1)
    static let money: ChartFormatter = { ChartFormat.number()($0) + " zł" }
    static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
                         "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    static let status = BulletChart.StatusText(onTarget: "w normie", below: "poniżej normy", above: "powyżej normy")

    /// Monthly within-promise rate with two months without tickets and a lone month between them.
    static var promise: LineChart {
        let values: [Double?] = [0.91, 0.934, 0.96, nil, 0.88, nil, 0.97, 0.975, 0.99, 0.95, 0.942, 0.968]
        return LineChart(id: "promise", title: "W terminie obietnicy", description: "Odsetek zgłoszeń z odpowiedzią w terminie, miesięcznie, wobec celu 95%.",
                         points: Array(zip(months, values)).map { (label: $0.0, value: $0.1) },
                         target: 0.95, targetLabel: "Cel", yRange: 0...1, format: percent, tickFormat: ChartFormat.percent(), emptyText: "Brak danych")
    }

    static var clientTypes: BarChart {
        BarChart(id: "types", title: "Zgłoszenia według typu klienta", description: "Liczba zgłoszeń w każdej grupie klientów.",
                 bars: [(label: "Zasadna reklamacja, której nie da się szybko załatwić", value: 42),
                        (label: "Bezzasadna reklamacja, próba wyłudzenia", value: 17),
                        (label: "Klient emocjonalny", value: 23),
                        (label: "Roszczeniowy", value: 8),
                        (label: "Nieokreślony", value: 0)],
                 format: ChartFormat.number(), emptyText: "Brak danych")
    }

    static var retention: BarChart {
        BarChart(id: "retention", title: "Utrzymanie klientów według typu", description: "Odsetek klientów, którzy wrócili, wobec celu 80%.",
                 bars: [(label: "Zasadna, powolna", value: 0.82), (label: "Wyłudzenie", value: 0.31),
                        (label: "Emocjonalny", value: 0.77), (label: "Nieokreślony", value: 0.9)],
                 target: 0.8, targetLabel: "Cel", format: percent, tickFormat: ChartFormat.percent(), emptyText: "Brak danych")
    }

    static var costs: StackedBarChart {
        StackedBarChart(id: "costs", title: "Koszt reklamacji", description: "Koszt obsługi i rekompensaty, miesięcznie.",
                        categories: Array(months.prefix(6)),
                        series: [ChartSeries(name: "Obsługa", values: [1200, 980, 1430, 0, 1610, 1105]),
                                 ChartSeries(name: "Rekompensaty", values: [300, 1250, 420, 0, 90, 640])],
                        format: money, emptyText: "Brak danych")
    }

    static var refunds: StackedBarChart {
        StackedBarChart(id: "refunds", title: "Zwroty według okna", description: "Zwroty przyznane i odmówione w każdym oknie.",
                        categories: ["ustawowe (14 dni)", "gwarancja (30 dni)", "poza oknem"],
                        series: [ChartSeries(name: "przyznane", values: [31, 12, 3]),
                                 ChartSeries(name: "odmówione", values: [1, 2, 9]),
                                 ChartSeries(name: "w toku", values: [2, 0, 1])],
                        format: ChartFormat.number(), emptyText: "Brak danych")
    }

    static var answerDays: Histogram {
        Histogram(id: "answer-days", title: "Czas odpowiedzi", description: "Liczba zgłoszeń według liczby dni do odpowiedzi.",
                  edges: Array(0...14).map(Double.init), counts: [12, 30, 25, 18, 11, 9, 7, 5, 2, 3, 1, 0, 1, 0, 4],
                  emptyText: "Brak danych")
    }

    static var costShare: BulletChart {
        BulletChart(id: "share", title: "Udział kosztów w przychodzie", description: "3,4% wobec przedziału 2–5%.",
                    value: 0.034, target: .band(0.02...0.05), range: 0...0.1, statusText: status,
                    format: percent, tickFormat: ChartFormat.percent(), emptyText: "Brak danych")
    }

    static var promiseBullet: BulletChart {
        BulletChart(id: "promise-now", title: "W terminie obietnicy", description: "91,0% wobec celu 95%.",
                    value: 0.91, target: .atLeast(0.95), range: 0...1, statusText: status,
                    format: percent, emptyText: "Brak danych")
    }

    /// Every chart kind rendered as SVG, with a name for messages and golden files.
    static var all: [(name: String, svg: String)] {
        [("line-promise", promise.svg), ("bar-client-types", clientTypes.svg), ("bar-retention", retention.svg),
         ("stacked-costs", costs.svg),
         ("stacked-refunds", refunds.svg), ("histogram-answer-days", answerDays.svg),
         ("bullet-cost-share", costShare.svg), ("bullet-promise", promiseBullet.svg)]
    }
}
