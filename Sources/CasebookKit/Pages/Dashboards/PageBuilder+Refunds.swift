/// The refunds dashboard: decisions by window, and the exceptions and violations by name.
extension PageBuilder {
    func refundsPage() -> Page {
        let policy = library.config.policy, refunds = metrics.refunds
        let windows: [(String, Metrics.Refunds.Decisions)] = [
            (DashboardStrings.fill(dash.windowStatutory, [("days", daysText(policy.statutoryWithdrawalDays))]), refunds.statutory),
            (DashboardStrings.fill(dash.windowGuarantee, [("days", daysText(policy.refundGuaranteeDays))]), refunds.guarantee),
            (dash.windowOutside, refunds.outside),
        ]
        let matrix = DataTable(
            caption: dash.matrixHeading,
            headers: headers([(dash.colWindow, false), (dash.colGranted, true), (dash.colRefused, true), (dash.colTotal, true)]),
            rows: windows.map { name, decisions in
                DataRow(cells: [DataCell(name, isHeader: true),
                                DataCell(Formatting.integer(decisions.granted, language), isNum: true, label: dash.colGranted),
                                DataCell(Formatting.integer(decisions.refused, language), isNum: true, label: dash.colRefused),
                                DataCell(Formatting.integer(decisions.granted + decisions.refused, language), isNum: true,
                                         label: dash.colTotal)])
            })
        let chart = StackedBarChart(id: "refund-windows", title: dash.refundsChartTitle, description: dash.refundsChartDescription,
                                    categories: [dash.windowStatutoryShort, dash.windowGuaranteeShort, dash.windowOutside],
                                    series: [ChartSeries(name: dash.colGranted, values: windows.map { Double($0.1.granted) }),
                                             ChartSeries(name: dash.colRefused, values: windows.map { Double($0.1.refused) })],
                                    format: countFormat, emptyText: dash.noData)
        return dashboardPage(
            route: .refunds, title: dash.refundsTitle,
            intro: DashboardStrings.fill(dash.refundsIntro, [("statutory", daysText(policy.statutoryWithdrawalDays)),
                                                             ("guarantee", daysText(policy.refundGuaranteeDays))]),
            sections: [
                DashboardSection(anchor: "matrix", heading: dash.matrixHeading,
                                 charts: [chartBlock(title: chart.title, svg: chart.svg, table: chart.table(summary: dash.showData, labelHeader: dash.colWindow,
                                                                                         totalHeader: dash.colTotal))],
                                 tables: [matrix]),
                DashboardSection(anchor: "violations", heading: dash.violationsHeading, note: dash.violationsNote,
                                 tables: [refundTable(refunds.violations, caption: dash.violationsHeading, empty: dash.noViolations)]),
                DashboardSection(anchor: "exceptions", heading: dash.exceptionsHeading, note: dash.exceptionsNote,
                                 tables: [refundTable(refunds.exceptions, caption: dash.exceptionsHeading, empty: dash.noExceptions)]),
            ], origin: "refunds dashboard")
    }

    func refundTable(_ ids: [String], caption: String, empty: String) -> DataTable {
        let links = LinkBase.relative(from: .refunds)
        let rows = ledger.refundCases(Array(ids.prefix(Self.rowsListed))).map { item in
            DataRow(cells: [
                DataCell(item.id, href: caseRoute(citingTicket: item.id).map(links.href) ?? "", isHeader: true),
                DataCell(item.customerId, label: dash.colCustomer),
                DataCell(item.daysSincePurchase.map { Formatting.integer($0, language) } ?? dash.none, isNum: true,
                         label: dash.colDaysSincePurchase),
                DataCell(item.decision.map { $0 == .granted ? dash.granted : dash.refused } ?? dash.none, label: dash.colDecision),
                DataCell(money(item.amount), isNum: true, label: dash.colAmount),
                DataCell(item.agent ?? dash.none, label: dash.colAgent),
            ])
        }
        return DataTable(caption: caption,
                         headers: headers([(dash.colTicket, false), (dash.colCustomer, false), (dash.colDaysSincePurchase, true),
                                           (dash.colDecision, false), (dash.colAmount, true), (dash.colAgent, false)]),
                         rows: rows, emptyText: empty, footnote: shownNote(rows.count, of: ids.count))
    }
}
