/// The costs dashboard: the share of revenue against the reserve, what the cost is made of, the
/// monthly share and the customers who cost more than the reserve allows.
extension PageBuilder {
    func costsPage() -> Page {
        let costs = metrics.costs, band = costs.targetBand
        let high = percentText(band.high, fractionDigits: 0)
        let share = BulletChart(id: "cost-share", title: dash.shareTitle,
                                description: dash.shareTitle + ": " + percentText(costs.share) + "; " + dash.target + " " + bandText(band),
                                value: costs.share, target: .band(band.low...band.high),
                                range: 0...max(0.1, band.high * 2), statusText: statusWords,
                                format: percentFormat, tickFormat: wholePercentFormat, emptyText: dash.noRevenue)
        let figures = [
            FigureItem(label: dash.shareTitle, value: percentText(costs.share),
                       detail: costs.revenue == nil ? dash.noRevenue : DashboardStrings.fill(dash.costShareDenominator, [
                           ("cost", money(costs.total)), ("revenue", money(costs.revenue))])),
            FigureItem(label: dash.costHandling, value: money(costs.handling)),
            FigureItem(label: dash.costCompensation, value: money(costs.compensation)),
            FigureItem(label: dash.costTotal, value: money(costs.total)),
            FigureItem(label: dash.costRefunds, value: money(costs.refunds)),
            FigureItem(label: dash.costRevenue, value: money(costs.revenue)),
        ]
        let breakdown = BarChart(id: "cost-breakdown", title: dash.breakdownTitle, description: dash.breakdownDescription,
                                 bars: [(label: dash.costHandling, value: costs.handling),
                                        (label: dash.costCompensation, value: costs.compensation),
                                        (label: dash.costRefunds, value: costs.refunds)],
                                 format: wholeMoneyFormat, emptyText: dash.noData)
        var breakdownTable = ChartTable(caption: dash.breakdownTitle, headers: [dash.colMeasure, dash.colValue])
        breakdownTable.rows = [[dash.costHandling, money(costs.handling)], [dash.costCompensation, money(costs.compensation)],
                               [dash.costRefunds, money(costs.refunds)]]
        let trend = LineChart(id: "cost-share-months", title: dash.shareTrendTitle,
                              description: DashboardStrings.fill(dash.shareTrendDescription, [("high", high)]),
                              points: metrics.monthly.map { (label: shortMonthText($0.month), value: $0.share) },
                              target: band.high, targetLabel: dash.reserveLimit, band: band.low...band.high,
                              yRange: 0...band.high,
                              format: percentFormat, tickFormat: wholePercentFormat, emptyText: dash.noRevenue)
        let monthRows = metrics.monthly.map { month in
            DataRow(cells: [DataCell(monthText(month.month), isHeader: true),
                            DataCell(money(month.handlingCost), isNum: true, label: dash.colCost),
                            DataCell(money(month.revenue), isNum: true, label: dash.colRevenue),
                            DataCell(percentText(month.share), isNum: true, label: dash.colShare)])
        }
        return dashboardPage(route: .costs, title: dash.costsTitle,
                             intro: DashboardStrings.fill(dash.costsIntro, [("band", bandText(band))]), sections: [
            DashboardSection(anchor: "share", heading: dash.shareTitle, figures: figures,
                             charts: [chartBlock(title: share.title, svg: share.svg, table: share.table(summary: dash.showData, valueHeader: dash.colValue,
                                                                                     targetHeader: dash.colTarget, statusHeader: dash.colStatus)),
                                      chartBlock(title: breakdown.title, svg: breakdown.svg, table: breakdownTable.html(summary: dash.showData))]),
            DashboardSection(anchor: "months", heading: dash.shareTrendTitle,
                             charts: [chartBlock(title: trend.title, svg: trend.svg, table: trend.table(summary: dash.showData, labelHeader: dash.colMonth,
                                                                                     valueHeader: dash.colShare, missing: dash.none),
                                                 wide: true)],
                             tables: [DataTable(caption: dash.monthlyCostCaption,
                                                headers: headers([(dash.colMonth, false), (dash.colCost, true),
                                                                  (dash.colRevenue, true), (dash.colShare, true)]),
                                                rows: monthRows, emptyText: dash.noData)]),
            DashboardSection(anchor: "customers", heading: dash.costToServeHeading,
                             note: DashboardStrings.fill(dash.costToServeNote, [("high", high)]),
                             tables: [costToServeTable()]),
        ], origin: "costs dashboard")
    }

    /// metrics.json `customers.cost_to_serve`, in its order; a customer with a case links to it.
    func costToServeTable() -> DataTable {
        let links = LinkBase.relative(from: .costs)
        // The first case of each listed customer, found in one pass over the cases: looking each
        // row's customer up through all cases was 1.7% of a 50,000-case build.
        let listed = Set(metrics.customers.costToServe.map(\.customerId))
        var firstCase: [String: String] = [:]
        for index in cases.indices {
            if let customer = cases[index].customer, listed.contains(customer), firstCase[customer] == nil {
                firstCase[customer] = cases[index].slug
            }
        }
        let rows = metrics.customers.costToServe.map { row in
            let slug = firstCase[row.customerId]
            return DataRow(cells: [
                DataCell(row.customerId, href: slug.map { links.href(.forCase(slug: $0)) } ?? "", isHeader: true),
                DataCell(money(row.handlingCost), isNum: true, label: dash.colCost),
                DataCell(money(row.revenue), isNum: true, label: dash.colRevenue),
                DataCell(percentText(row.ratio), isNum: true, label: dash.colRatio),
            ])
        }
        return DataTable(caption: dash.costToServeHeading,
                         headers: headers([(dash.colCustomer, false), (dash.colCost, true), (dash.colRevenue, true),
                                           (dash.colRatio, true)]),
                         rows: rows, emptyText: dash.noCostToServe)
    }
}
