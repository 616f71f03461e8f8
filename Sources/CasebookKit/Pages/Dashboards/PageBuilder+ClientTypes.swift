/// The client-types dashboard: the cost/benefit view of each type of difficult customer.
extension PageBuilder {
    func clientTypesPage() -> Page {
        let rows = metrics.clientTypes
        let table = DataTable(
            caption: dash.typesTableCaption,
            headers: headers([(dash.colClientType, false), (dash.colTickets, true), (dash.colWellHandled, true),
                              (dash.colRetention, true), (dash.colHandlingCost, true), (dash.colCostPerTicket, true),
                              (dash.colMedianAnswer, true)]),
            rows: rows.map { row in
                DataRow(cells: [
                    DataCell(clientTypeLabel(row.key), isHeader: true),
                    DataCell(Formatting.integer(row.tickets, language), isNum: true, label: dash.colTickets),
                    DataCell(rateWithCounts(row.wellHandled), isNum: true, label: dash.colWellHandled),
                    targetCell(row.retention, target: metrics.retention.target, label: dash.colRetention),
                    DataCell(money(row.handlingCost), isNum: true, label: dash.colHandlingCost),
                    DataCell(row.tickets == 0 ? dash.none : money(row.handlingCost / Double(row.tickets)), isNum: true,
                             label: dash.colCostPerTicket),
                    DataCell(decimal(row.answerDays.median), isNum: true, label: dash.colMedianAnswer),
                ])
            })
        let withTickets = rows.filter { $0.tickets > 0 }
        let cost = HorizontalBarChart(id: "type-costs", title: dash.typesCostTitle, description: dash.typesCostDescription,
                                      bars: withTickets.map { (label: clientTypeLabel($0.key), value: $0.handlingCost) },
                                      format: wholeMoneyFormat, emptyText: dash.noData)
        var costTable = ChartTable(caption: dash.typesCostTitle, headers: [dash.colClientType, dash.colHandlingCost])
        costTable.rows = withTickets.map { [clientTypeLabel($0.key), money($0.handlingCost)] }
        let target = metrics.retention.target
        let retention = rateBars(id: "type-retention", title: dash.typesRetentionTitle,
                                 description: DashboardStrings.fill(dash.typesRetentionDescription, [("target", percentText(target))]),
                                 groups: rows.filter { $0.retention.n > 0 }.map { (clientTypeLabel($0.key), $0.retention) },
                                 target: target, header: dash.colClientType)
        return dashboardPage(route: .clientTypes, title: dash.typesTitle, intro: dash.typesIntro, sections: [
            DashboardSection(anchor: "table", heading: dash.typesTableCaption, tables: [table]),
            DashboardSection(anchor: "charts", heading: dash.typesCostTitle,
                             charts: [chartBlock(title: cost.title, svg: cost.svg, table: costTable.html(summary: dash.showData)), retention]),
        ], origin: "client types dashboard")
    }
}
