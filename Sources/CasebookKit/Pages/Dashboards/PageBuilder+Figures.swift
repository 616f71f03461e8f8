/// Formatting and judging of metrics figures, shared by the overview and the dashboards.
extension PageBuilder {
    var dash: DashboardStrings { strings.dash }

    /// A share as "82,4%", or "—" when there is nothing to divide.
    func percentText(_ share: Double?, fractionDigits: Int = 1) -> String {
        guard let share else { return dash.none }
        return Formatting.percent(share, fractionDigits: fractionDigits, language)
    }

    func rateText(_ rate: Rate) -> String { percentText(rate.rate) }

    /// The numerator and denominator: "412 z 503" / "412 of 503".
    func ofText(_ rate: Rate) -> String {
        Formatting.integer(rate.count, language) + " " + dash.of + " " + Formatting.integer(rate.n, language)
    }

    /// "82,4% (412 z 503)" for tables, or "—" for an empty rate. The counts are held together by
    /// no-break spaces, so a narrow column breaks only between the share and the counts.
    func rateWithCounts(_ rate: Rate) -> String {
        rate.rate == nil ? dash.none : rateText(rate) + " (" + ofText(rate).replacing(" ", with: "\u{00A0}") + ")"
    }

    func money(_ amount: Double?) -> String {
        guard let amount else { return dash.none }
        return Formatting.currency(amount, code: library.config.currency, language)
    }

    /// Days or hours with one decimal: "3,2".
    func decimal(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return dash.none }
        return Formatting.number(value, fractionDigits: digits, language)
    }

    func daysText(_ days: Int) -> String { countText(days, dash.daysCount) }

    func date(_ date: LocalDate?) -> String { date.map { Formatting.date($0, language) } ?? dash.none }

    /// A metrics month key ("2026-03") as "marzec 2026" / "March 2026".
    func monthText(_ key: String) -> String {
        LocalDate(iso: key + "-01").map { Formatting.month($0, language) } ?? key
    }

    /// A metrics month key as a short axis label: "mar 2026" / "Mar 2026".
    func shortMonthText(_ key: String) -> String {
        LocalDate(iso: key + "-01").map { Formatting.shortMonth($0, language) } ?? key
    }

    // MARK: - Chart formatters

    var percentFormat: ChartFormatter {
        let language = language
        return { Formatting.percent($0, language) }
    }

    var wholePercentFormat: ChartFormatter {
        let language = language
        return { Formatting.percent($0, fractionDigits: 0, language) }
    }

    var countFormat: ChartFormatter {
        let language = language
        return { Formatting.number($0, fractionDigits: 0, language) }
    }

    /// Whole currency units for axes and bar labels: "1 235 zł".
    var wholeMoneyFormat: ChartFormatter {
        let language = language, code = library.config.currency
        return { value in
            let text = Formatting.number(value, fractionDigits: 0, language)
            switch language {
            case .pl: return text + "\u{00A0}" + (code == "PLN" ? "zł" : code)
            case .en: return code + "\u{00A0}" + text
            }
        }
    }

    var statusWords: BulletChart.StatusText {
        BulletChart.StatusText(onTarget: dash.statusOn, below: dash.statusBelow, above: dash.statusAbove)
    }

    // MARK: - Targets

    /// Whether a value meets its target, judged exactly as the bullet chart on the detail page does.
    func judge(_ value: Double?, _ target: BulletChart.Target) -> BulletChart.Status {
        BulletChart(id: "judge", title: "", description: "", value: value, target: target,
                    statusText: statusWords, emptyText: "").status
    }

    /// The icon and words of a status; the icon differs by shape so colour is never the only sign.
    func statusMark(_ status: BulletChart.Status) -> (key: String, icon: String, text: String) {
        switch status {
        case .onTarget: ("on", "✓", dash.statusOn)
        case .below: ("off", "✗", dash.statusBelow)
        case .above: ("off", "✗", dash.statusAbove)
        case .noData: ("none", "–", dash.statusNoData)
        }
    }

    /// "≥ 80%", "2%–5%", "≤ 0".
    func targetText(_ target: BulletChart.Target, format: @escaping ChartFormatter) -> String {
        BulletChart(id: "judge", title: "", description: "", value: nil, target: target,
                    statusText: statusWords, format: format, emptyText: "").targetLabel
    }

    func bandText(_ band: CostBand) -> String {
        percentText(band.low, fractionDigits: 0) + "–" + percentText(band.high, fractionDigits: 0)
    }

    /// The label of a client_types key of metrics.json, "unspecified" included.
    func clientTypeLabel(_ key: String) -> String {
        key == "unspecified" ? dash.unspecifiedType : strings.label(forClientType: key, in: library.config)
    }

    // MARK: - Dashboard chrome

    /// The report tabs: the overview, then every dashboard.
    func reportTabs(current: Route, links: LinkBase) -> [LinkItem] {
        [(dash.tabOverview, Route.home), (dash.deadlinesTitle, .deadlines), (dash.retentionTitle, .retention),
         (dash.costsTitle, .costs), (dash.refundsTitle, .refunds), (dash.typesTitle, .clientTypes),
         (dash.agentsTitle, .agents), (dash.qualityTitle, .dataQuality)]
            .map { LinkItem(label: $0.0, href: links.href($0.1), isCurrent: $0.1 == current) }
    }

    var asOfText: String { DashboardStrings.fill(dash.asOf, [("date", Formatting.date(metrics.asOf, language))]) }

    func dashboardPage(route: Route, title: String, intro: String, sections: [DashboardSection], origin: String) -> Page {
        let links = LinkBase.relative(from: route)
        let view = DashboardView(title: title, intro: intro, asOfText: asOfText, tabsLabel: dash.tabsLabel,
                                 tabs: reportTabs(current: route, links: links), sections: sections)
        return Page(route: route, template: "dashboard",
                    chrome: chrome(for: route, links: links, title: title, description: intro, section: .home),
                    view: view, origin: .builtIn(origin))
    }

    /// A chart with its data table one click away.
    func chartBlock(title: String, svg: String, table: String, wide: Bool = false) -> ChartBlock {
        ChartBlock(title: title, svg: Self.inline(svg), tableHTML: table, isWide: wide)
    }

    /// An SVG document as markup for inside HTML, where the SVG namespace is implied: the page then
    /// names no other host at all, not even as a namespace.
    static func inline(_ svg: String) -> String {
        svg.replacing(" xmlns=\"http://www.w3.org/2000/svg\"", with: "", maxReplacements: 1)
    }

    /// A rate cell judged against an at-least target: "✗ 47,1% (16 z 34)", so the icon says what the colour does.
    func targetCell(_ rate: Rate, target: Double, label: String) -> DataCell {
        guard rate.rate != nil else { return DataCell(dash.none, isNum: true, label: label) }
        let mark = statusMark(judge(rate.rate, .atLeast(target)))
        return DataCell(mark.icon + " " + rateWithCounts(rate), isNum: true, label: label, status: mark.key)
    }

    func headers(_ columns: [(String, Bool)]) -> [HeaderCell] { columns.map { HeaderCell(text: $0.0, isNum: $0.1) } }

    /// The case page that cites a ticket, for linking ticket ids to their write-up.
    func caseRoute(citingTicket id: String) -> Route? {
        casesByTicket[id].map { Route.forCase(slug: $0) }
    }
}
