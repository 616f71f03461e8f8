/// The retention dashboard: well handled against the rest, by client type and by month.
extension PageBuilder {
    func retentionPage() -> Page {
        let retention = metrics.retention
        let target = retention.target
        let targetText = percentText(target)
        let source = switch retention.source {
        case .orders: dash.sourceOrders
        case .column: dash.sourceColumn
        case .none: dash.sourceNone
        }
        let note = DashboardStrings.fill(dash.retentionSource, [("source", source), ("days", daysText(retention.windowDays))])
        let groups: [(String, Rate)] = [(dash.retentionWellHandled, retention.wellHandled),
                                        (dash.retentionNotWellHandled, retention.notWellHandled),
                                        (dash.retentionAll, retention.all)]
        let compare = rateBars(id: "retention-compare", title: dash.retentionCompareTitle,
                               description: DashboardStrings.fill(dash.retentionCompareDescription, [("target", targetText)]),
                               groups: groups, target: target, header: dash.colGroup)
        let byType = rateBars(id: "retention-types", title: dash.retentionByTypeTitle,
                              description: DashboardStrings.fill(dash.retentionByTypeDescription, [("target", targetText)]),
                              groups: metrics.clientTypes.filter { $0.retention.n > 0 }.map { (clientTypeLabel($0.key), $0.retention) },
                              target: target, header: dash.colClientType)
        let months = metrics.monthly.map(\.month)
        let byMonth = ledger.retentionByMonth(months)
        let line = LineChart(id: "retention-months", title: dash.retentionByMonthTitle,
                             description: DashboardStrings.fill(dash.retentionByMonthDescription, [("target", targetText)]),
                             points: zip(months, byMonth.wellHandled).map { (label: shortMonthText($0.0), value: $0.1.rate) },
                             target: target, targetLabel: dash.target, yRange: 0...1, format: percentFormat,
                             tickFormat: wholePercentFormat, emptyText: dash.noData)
        let monthRows = zip(months, zip(byMonth.wellHandled, byMonth.notWellHandled)).map { month, rates in
            DataRow(cells: [DataCell(monthText(month), isHeader: true),
                            DataCell(rateWithCounts(rates.0), isNum: true, label: dash.retentionWellHandled),
                            DataCell(rateWithCounts(rates.1), isNum: true, label: dash.retentionNotWellHandled)])
        }
        let bullet = rateBullet(id: "retention-rate", title: dash.kpiRetention, rate: retention.wellHandled, target: target)
        return dashboardPage(route: .retention, title: dash.retentionTitle, intro: dash.retentionIntro, sections: [
            DashboardSection(anchor: "well-handled", heading: dash.retentionCompareTitle, note: note,
                             figures: groups.map { FigureItem(label: $0.0, value: rateText($0.1), detail: ofText($0.1)) },
                             charts: [bullet, compare]),
            DashboardSection(anchor: "client-types", heading: dash.retentionByTypeTitle, charts: [byType]),
            DashboardSection(anchor: "months", heading: dash.retentionByMonthTitle,
                             charts: [chartBlock(title: line.title, svg: line.svg, table: line.table(summary: dash.showData, labelHeader: dash.colMonth,
                                                                                   valueHeader: dash.colRetention, missing: dash.none),
                                                 wide: true)],
                             tables: [DataTable(caption: dash.retentionByMonthTitle,
                                                headers: headers([(dash.colMonth, false), (dash.retentionWellHandled, true),
                                                                  (dash.retentionNotWellHandled, true)]),
                                                rows: monthRows, emptyText: dash.noData)]),
        ], origin: "retention dashboard")
    }

    /// Rates as bars against a target line; the table gives each rate with its counts.
    func rateBars(id: String, title: String, description: String, groups: [(String, Rate)], target: Double?,
                  header: String) -> ChartBlock {
        let drawn = groups.filter { $0.1.rate != nil }
        let chart = HorizontalBarChart(id: id, title: title, description: description,
                                       bars: drawn.map { (label: $0.0, value: $0.1.rate!) }, target: target,
                                       targetLabel: dash.target, xRange: 0...1, format: percentFormat,
                                       tickFormat: wholePercentFormat, emptyText: dash.noData)
        var table = ChartTable(caption: title, headers: [header, dash.colValue, dash.colCount])
        table.rows = groups.map { [$0.0, rateText($0.1), ofText($0.1)] }
        return chartBlock(title: chart.title, svg: chart.svg, table: table.html(summary: dash.showData))
    }
}
