import Foundation
import Testing
@testable import CasebookKit

/// Every figure on the overview comes from metrics.json: the page is rendered from the fixture, its
/// numbers are read back out of the HTML and compared with the values parsed from metrics.json,
/// formatted the Polish (or English) way.
@Suite struct OverviewTraceTests {
    static func render(_ library: Library) -> (overview: String, metrics: [String: Any]) {
        let renderer = SiteRenderer(library: library, templates: .defaults)
        let (files, _) = renderer.render()
        let html = files.first { $0.path == "index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        let json = try! JSONSerialization.jsonObject(with: Data(renderer.metrics.jsonText().utf8)) as! [String: Any]
        return (html, json)
    }

    /// The text of the first element with `class` inside the KPI tile `key`.
    static func tile(_ key: String, _ className: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"kpi-\(key)\"") else { return nil }
        let rest = html[start.upperBound...]
        let end = rest.range(of: "</li>")?.lowerBound ?? rest.endIndex
        let block = rest[..<end]
        guard let open = block.range(of: "class=\"\(className)\"") else { return nil }
        let afterTag = block[open.upperBound...].drop { $0 != ">" }.dropFirst()
        return String(afterTag.prefix { $0 != "<" })
    }

    static func object(_ json: [String: Any], _ path: String...) -> [String: Any] {
        path.reduce(json) { $0[$1] as! [String: Any] }
    }

    /// A `{n, count, rate}` of metrics.json as the tile shows it: "50,0%" and "1 z 2".
    static func rateTexts(_ rate: [String: Any], _ language: SiteConfig.Language) -> (value: String, denominator: String) {
        let of = language == .pl ? " z " : " of "
        let count = rate["count"] as! Int, n = rate["n"] as! Int
        return (Formatting.percent(rate["rate"] as! Double, language),
                Formatting.integer(count, language) + of + Formatting.integer(n, language))
    }

    @Test(arguments: [SiteConfig.Language.pl, .en])
    func everyTileFigureIsTheMetricsValueFormatted(language: SiteConfig.Language) throws {
        let (html, json) = Self.render(RenderFixture.library(language: language))
        for (key, path) in [("retention", ["retention", "well_handled"]), ("promise", ["within_promise"]),
                            ("statutory", ["within_statutory"])] {
            let rate = path.count == 1 ? Self.object(json, path[0]) : Self.object(json, path[0], path[1])
            let expected = Self.rateTexts(rate, language)
            #expect(Self.tile(key, "kpi__value", in: html) == expected.value, "\(key)")
            #expect(Self.tile(key, "kpi__denominator", in: html) == expected.denominator, "\(key)")
        }
        let costs = Self.object(json, "costs")
        #expect(Self.tile("cost-share", "kpi__value", in: html) == Formatting.percent(costs["share"] as! Double, language))
        let money = { (value: Any) in Formatting.currency(value as! Double, code: "PLN", language) }
        let of = language == .pl ? " z " : " of "
        #expect(Self.tile("cost-share", "kpi__denominator", in: html) == money(costs["total"]!) + of + money(costs["revenue"]!))
        let band = costs["target_band"] as! [Double]
        #expect(Self.tile("cost-share", "kpi__target", in: html)?.hasSuffix(
            Formatting.percent(band[0], fractionDigits: 0, language) + "–" + Formatting.percent(band[1], fractionDigits: 0, language)) == true)
        let overdue = Self.object(json, "overdue")
        let promise = (overdue["promise"] as! [String]).count, statutory = (overdue["statutory"] as! [String]).count
        let open = Self.object(json, "tickets")["open"] as! Int
        #expect(Self.tile("overdue", "kpi__value", in: html) == Formatting.integer(promise, language))
        #expect(Self.tile("overdue", "kpi__denominator", in: html)?.hasPrefix(
            Formatting.integer(promise, language) + of + Formatting.integer(open, language)) == true)
        #expect(Self.tile("overdue", "kpi__detail", in: html)?.contains(Formatting.integer(statutory, language)) == true)
        let retentionTarget = Self.object(json, "retention")["target"] as! Double
        #expect(Self.tile("retention", "kpi__target", in: html)?.hasSuffix("≥ " + Formatting.percent(retentionTarget, fractionDigits: 0, language)) == true)
    }

    /// The same tiles against numbers worked out by hand (see `RenderFixture.tickets`), so a
    /// mistake shared by the metrics and the page cannot pass.
    @Test func theTilesShowTheHandComputedFigures() {
        let (html, _) = Self.render(RenderFixture.library())
        let nbsp = "\u{00A0}"
        #expect(Self.tile("retention", "kpi__value", in: html) == "50,0%")
        #expect(Self.tile("retention", "kpi__denominator", in: html) == "1 z 2")
        #expect(Self.tile("promise", "kpi__value", in: html) == "33,3%")
        #expect(Self.tile("promise", "kpi__denominator", in: html) == "2 z 6")
        #expect(Self.tile("statutory", "kpi__value", in: html) == "60,0%")
        #expect(Self.tile("statutory", "kpi__denominator", in: html) == "3 z 5")
        #expect(Self.tile("cost-share", "kpi__value", in: html) == "4,5%")
        #expect(Self.tile("cost-share", "kpi__denominator", in: html) == "450,00\(nbsp)zł z 10\(nbsp)000,00\(nbsp)zł")
        #expect(Self.tile("overdue", "kpi__value", in: html) == "2")
        #expect(Self.tile("overdue", "kpi__detail", in: html) == "w tym 1 po terminie ustawowym")
    }

    /// On or off target is spelt out and marked by an icon of its own shape, not only coloured.
    @Test func eachTileStatesItsStatusInWordsAndAnIcon() {
        let (html, _) = Self.render(RenderFixture.library())
        let expected = [("retention", "✗", "poniżej celu"), ("promise", "✗", "poniżej celu"), ("statutory", "✗", "poniżej celu"),
                        ("cost-share", "✓", "w normie"), ("overdue", "✗", "powyżej celu")]
        for (key, icon, words) in expected {
            #expect(Self.tile(key, "kpi__icon", in: html) == icon, "\(key)")
            #expect(Self.tile(key, "kpi__status-text", in: html) == words, "\(key)")
        }
        #expect(html.contains("class=\"kpi kpi--on\" id=\"kpi-cost-share\""))
        #expect(html.contains("class=\"kpi kpi--off\" id=\"kpi-promise\""))
    }

    @Test func eachTileLinksToItsDetailPageAndHasATrend() {
        let (html, _) = Self.render(RenderFixture.library())
        for (key, href) in [("retention", "reports/retention/index.html"), ("promise", "reports/deadlines/index.html"),
                            ("cost-share", "reports/costs/index.html"), ("overdue", "reports/deadlines/index.html")] {
            guard let start = html.range(of: "id=\"kpi-\(key)\"") else { Issue.record("no tile \(key)"); continue }
            let block = html[start.upperBound...].prefix { _ in true }
            let end = block.range(of: "</li>")!.lowerBound
            #expect(block[..<end].contains("class=\"kpi__more\" href=\"\(href)\""), "\(key)")
            #expect(block[..<end].contains("<svg class=\"cb-sparkline\""), "\(key)")
        }
    }

    /// Without data the tiles say so instead of showing 0% or NaN.
    @Test func withoutDataTheTilesSayNoData() {
        let (html, _) = Self.render(RenderFixture.library(withData: false))
        #expect(Self.tile("promise", "kpi__value", in: html) == "—")
        #expect(Self.tile("promise", "kpi__status-text", in: html) == "brak danych")
        #expect(!html.contains("NaN") && !html.contains(">nan<") && !html.contains("inf%"))
    }
}
