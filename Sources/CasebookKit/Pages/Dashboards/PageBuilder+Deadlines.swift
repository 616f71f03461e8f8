/// The deadlines dashboard: both deadline rates, how long answers take, the monthly trend and the
/// tickets overdue right now.
extension PageBuilder {
    /// Answer times of this many days or more share the last histogram bar.
    static let answerHistogramLastBin = 14

    func deadlinesPage() -> Page {
        let policy = library.config.policy, targets = library.config.targets
        let promiseDays = daysText(policy.responsePromiseDays), statutoryDays = daysText(policy.statutoryResponseDays)
        let promiseLabel = DashboardStrings.fill(dash.promiseRate, [("days", promiseDays)])
        let statutoryLabel = DashboardStrings.fill(dash.statutoryRate, [("days", statutoryDays)])
        let bullets = [
            rateBullet(id: "promise-rate", title: promiseLabel, rate: metrics.withinPromise, target: targets.withinPromise),
            rateBullet(id: "statutory-rate", title: statutoryLabel, rate: metrics.withinStatutory, target: targets.withinStatutory),
        ]
        let figures = [
            FigureItem(label: promiseLabel, value: rateText(metrics.withinPromise), detail: ofText(metrics.withinPromise)),
            FigureItem(label: statutoryLabel, value: rateText(metrics.withinStatutory), detail: ofText(metrics.withinStatutory)),
        ]
        return dashboardPage(route: .deadlines, title: dash.deadlinesTitle, intro: dash.deadlinesIntro, sections: [
            DashboardSection(anchor: "rates", heading: dash.deadlinesNow, figures: figures, charts: bullets),
            DashboardSection(anchor: "durations", heading: dash.durationsHeading,
                             charts: [answerHistogram()], tables: [durationTable()]),
            DashboardSection(anchor: "monthly", heading: dash.promiseTrendTitle,
                             charts: [promiseTrend(days: promiseDays)], tables: [monthlyDeadlineTable()]),
            DashboardSection(anchor: "overdue", heading: dash.overdueHeading,
                             note: DashboardStrings.fill(dash.overdueNote, [("days", promiseDays)]),
                             tables: [overdueTable()]),
        ], origin: "deadlines dashboard")
    }

    /// A rate against an at-least target as a bullet chart, with its one-row table.
    func rateBullet(id: String, title: String, rate: Rate, target: Double) -> ChartBlock {
        let chart = BulletChart(id: id, title: title,
                                description: title + ": " + rateWithCounts(rate) + "; " + dash.target + " ≥ " + percentText(target),
                                value: rate.rate, target: .atLeast(target), range: 0...1, statusText: statusWords,
                                format: percentFormat, tickFormat: wholePercentFormat, emptyText: dash.noData)
        return chartBlock(title: chart.title, svg: chart.svg, table: chart.table(summary: dash.showData, valueHeader: dash.colValue,
                                                             targetHeader: dash.colTarget, statusHeader: dash.colStatus))
    }

    func answerHistogram() -> ChartBlock {
        let last = Self.answerHistogramLastBin
        let counts = ledger.answerDayCounts(lastBin: last)
        let chart = Histogram(id: "answer-days", title: dash.histogramTitle,
                              description: DashboardStrings.fill(dash.histogramDescription, [("days", daysText(last))]),
                              edges: (0...last).map(Double.init), counts: counts, format: countFormat,
                              edgeFormat: countFormat, emptyText: dash.noData)
        return chartBlock(title: chart.title, svg: chart.svg, table: chart.table(summary: dash.showData, binHeader: dash.colDays,
                                                             countHeader: dash.colTickets), wide: true)
    }

    /// first_response_hours, answer_days and resolution_days of metrics.json.
    func durationTable() -> DataTable {
        let rows: [(String, Summary)] = [(dash.firstResponseHours, metrics.firstResponseHours),
                                         (dash.answerDays, metrics.answerDays), (dash.resolutionDays, metrics.resolutionDays)]
        return DataTable(caption: dash.durationsHeading,
                         headers: headers([(dash.colMeasure, false), (dash.colTickets, true), (dash.colMedian, true),
                                           (dash.colP90, true), (dash.colMean, true)]),
                         rows: rows.map { label, summary in
                             DataRow(cells: [DataCell(label, isHeader: true),
                                             DataCell(Formatting.integer(summary.n, language), isNum: true, label: dash.colTickets),
                                             DataCell(decimal(summary.median), isNum: true, label: dash.colMedian),
                                             DataCell(decimal(summary.p90), isNum: true, label: dash.colP90),
                                             DataCell(decimal(summary.mean), isNum: true, label: dash.colMean)])
                         })
    }

    func promiseTrend(days: String) -> ChartBlock {
        let target = library.config.targets.withinPromise
        let chart = LineChart(id: "promise-trend", title: dash.promiseTrendTitle,
                              description: DashboardStrings.fill(dash.promiseTrendDescription,
                                                                 [("days", days), ("target", percentText(target))]),
                              points: metrics.monthly.map { (label: shortMonthText($0.month), value: $0.withinPromise.rate) },
                              target: target, targetLabel: dash.target, yRange: 0...1, format: percentFormat,
                              tickFormat: wholePercentFormat, emptyText: dash.noData)
        return chartBlock(title: chart.title, svg: chart.svg, table: chart.table(summary: dash.showData, labelHeader: dash.colMonth,
                                                             valueHeader: dash.colWithinPromise, missing: dash.none), wide: true)
    }

    func monthlyDeadlineTable() -> DataTable {
        let statutory = ledger.statutoryByMonth(metrics.monthly.map(\.month))
        let rows = zip(metrics.monthly, statutory).map { month, statutory in
            DataRow(cells: [DataCell(monthText(month.month), isHeader: true),
                            DataCell(Formatting.integer(month.opened, language), isNum: true, label: dash.colOpened),
                            DataCell(rateWithCounts(month.withinPromise), isNum: true, label: dash.colWithinPromise),
                            DataCell(rateWithCounts(statutory), isNum: true, label: dash.colWithinStatutory)])
        }
        return DataTable(caption: dash.monthlyTableCaption,
                         headers: headers([(dash.colMonth, false), (dash.colOpened, true), (dash.colWithinPromise, true),
                                           (dash.colWithinStatutory, true)]),
                         rows: rows, emptyText: dash.noData)
    }

    /// metrics.json `overdue.promise`, oldest first, with each ticket's wait in days.
    func overdueTable() -> DataTable {
        let links = LinkBase.relative(from: .deadlines)
        let all = metrics.overdue.promise
        let rows = ledger.overdue(Array(all.prefix(Self.rowsListed))).map { item in
            DataRow(cells: [
                DataCell(item.id, href: caseRoute(citingTicket: item.id).map(links.href) ?? "", isHeader: true),
                DataCell(date(item.opened), label: dash.colOpenedOn),
                DataCell(Formatting.integer(item.ageDays, language), isNum: true, label: dash.colAge),
                DataCell(date(item.promiseDay), label: dash.colPromiseDay),
                DataCell(item.pastStatutory ? "✗ " + dash.yes : dash.no, label: dash.colPastStatutory,
                         status: item.pastStatutory ? "off" : ""),
                DataCell(item.agent ?? dash.none, label: dash.colAgent),
                DataCell(item.clientType.map(clientTypeLabel) ?? dash.none, label: dash.colClientType),
            ])
        }
        return DataTable(caption: dash.overdueHeading,
                         headers: headers([(dash.colTicket, false), (dash.colOpenedOn, false), (dash.colAge, true),
                                           (dash.colPromiseDay, false), (dash.colPastStatutory, false), (dash.colAgent, false),
                                           (dash.colClientType, false)]),
                         rows: rows, emptyText: dash.noOverdue, footnote: shownNote(rows.count, of: all.count))
    }
}
