/// The five KPI tiles of the overview and its table of other figures, all read from `metrics`.
extension PageBuilder {
    func kpiTiles(links: LinkBase) -> [KPITile] {
        let policy = library.config.policy, targets = library.config.targets
        let months = metrics.monthly.map(\.month)
        let promiseDays = daysText(policy.responsePromiseDays)
        let statutoryDays = daysText(policy.statutoryResponseDays)
        let retention = metrics.retention.wellHandled
        let costs = metrics.costs
        let band = costs.targetBand
        let overdue = metrics.overdue
        let retentionByMonth = ledger.retentionByMonth(months).wellHandled.map(\.rate)
        let statutoryByMonth = ledger.statutoryByMonth(months).map(\.rate)
        return [
            rateTile(key: "retention", label: dash.kpiRetention, rate: retention, target: metrics.retention.target,
                     trend: retentionByMonth, href: links.href(.retention)),
            rateTile(key: "promise", label: DashboardStrings.fill(dash.kpiPromise, [("days", promiseDays)]),
                     rate: metrics.withinPromise, target: targets.withinPromise,
                     trend: metrics.monthly.map(\.withinPromise.rate), href: links.href(.deadlines)),
            rateTile(key: "statutory", label: DashboardStrings.fill(dash.kpiStatutory, [("days", statutoryDays)]),
                     rate: metrics.withinStatutory, target: targets.withinStatutory,
                     trend: statutoryByMonth, href: links.href(.deadlines)),
            tile(key: "cost-share", label: dash.kpiCostShare, value: costs.share,
                 denominator: costs.revenue == nil ? "" : DashboardStrings.fill(dash.costShareDenominator, [
                     ("cost", money(costs.total)), ("revenue", money(costs.revenue))]),
                 detail: "", target: .band(band.low...band.high),
                 trend: Sparkline(id: "kpi-cost-share", title: dash.shareTrendTitle,
                                  description: sparkDescription(metrics.monthly.map(\.share)),
                                  values: metrics.monthly.map(\.share), target: band.high),
                 href: links.href(.costs)),
            overdueTile(overdue, open: metrics.tickets.open, days: promiseDays, months: months, href: links.href(.deadlines)),
        ]
    }

    /// A rate KPI: "82,4%", "412 z 503", at least the target.
    func rateTile(key: String, label: String, rate: Rate, target: Double, trend: [Double?], href: String) -> KPITile {
        tile(key: key, label: label, value: rate.rate, denominator: rate.n == 0 ? "" : ofText(rate), detail: "",
             target: .atLeast(target),
             trend: Sparkline(id: "kpi-" + key, title: label + " — " + dash.trend, description: sparkDescription(trend),
                              values: trend, target: target, yRange: nil),
             href: href)
    }

    func tile(key: String, label: String, value: Double?, denominator: String, detail: String,
              target: BulletChart.Target, trend: Sparkline, href: String) -> KPITile {
        let mark = statusMark(judge(value, target))
        let hasTrend = trend.values.contains { $0 != nil }
        return KPITile(key: key, label: label, value: percentText(value), denominator: denominator,
                       hasDenominator: !denominator.isEmpty, detail: detail, hasDetail: !detail.isEmpty,
                       targetText: dash.target + ": " + targetText(target, format: wholePercentFormat),
                       status: mark.key, statusIcon: mark.icon, statusText: mark.text,
                       sparkline: hasTrend ? Self.inline(trend.svg) : "", hasSparkline: hasTrend, trendLabel: dash.trend,
                       href: href, linkText: dash.details)
    }

    /// Open tickets past the promise: the target is none; the statutory ones are named apart.
    func overdueTile(_ overdue: Metrics.Overdue, open: Int, days: String, months: [String], href: String) -> KPITile {
        let count = overdue.promise.count
        let mark = statusMark(judge(Double(count), .atMost(0)))
        let label = DashboardStrings.fill(dash.kpiOverdue, [("days", days)])
        let byMonth = ledger.overdueByMonth(overdue.promise, months: months).map { Double($0) as Double? }
        let spark = Sparkline(id: "kpi-overdue", title: label + " — " + dash.trend, description: sparkDescription(byMonth, count: true),
                              values: byMonth, target: 0)
        let hasTrend = count > 0
        return KPITile(key: "overdue", label: label, value: Formatting.integer(count, language),
                       denominator: DashboardStrings.fill(dash.overdueOpen, [("count", Formatting.integer(count, language)),
                                                                             ("open", Formatting.integer(open, language))]),
                       hasDenominator: true,
                       detail: DashboardStrings.fill(dash.overdueDetail, [("count", Formatting.integer(overdue.statutory.count, language))]),
                       hasDetail: true,
                       targetText: dash.target + ": " + dash.overdueTarget,
                       status: mark.key, statusIcon: mark.icon, statusText: mark.text,
                       sparkline: hasTrend ? Self.inline(spark.svg) : "", hasSparkline: hasTrend, trendLabel: dash.trend,
                       href: href, linkText: dash.details)
    }

    /// The text alternative of a sparkline: every month with its value.
    func sparkDescription(_ values: [Double?], count: Bool = false) -> String {
        zip(metrics.monthly.map(\.month), values).map { month, value in
            let text = value.map { count ? Formatting.number($0, fractionDigits: 0, language) : percentText($0) } ?? dash.none
            return monthText(month) + ": " + text
        }.joined(separator: "; ")
    }

    /// Counts and rates the tiles leave out.
    func otherFigures() -> DataTable {
        let customers = metrics.customers
        let rows: [(String, String, String)] = [
            (dash.figTickets, Formatting.integer(metrics.tickets.total, language), ""),
            (dash.figOpen, Formatting.integer(metrics.tickets.open, language), ""),
            (dash.figResolved, Formatting.integer(metrics.tickets.resolved, language), ""),
            (dash.figWellHandled, rateText(metrics.wellHandled), ofText(metrics.wellHandled)),
            (dash.figComplainants, Formatting.integer(customers.complainants, language), ""),
            (dash.figRepeat, Formatting.integer(customers.repeatComplainants.count, language), ""),
            (dash.figEscalated, rateText(metrics.escalated), ofText(metrics.escalated)),
            (dash.figReopened, rateText(metrics.reopened), ofText(metrics.reopened)),
            (dash.figPublic, rateText(metrics.isPublic), ofText(metrics.isPublic)),
        ]
        return DataTable(caption: dash.otherFiguresHeading,
                         headers: headers([(dash.colMeasure, false), (dash.colValue, true), (dash.colCount, true)]),
                         rows: rows.map { row in
                             DataRow(cells: [DataCell(row.0, isHeader: true),
                                             DataCell(row.1, isNum: true, label: dash.colValue),
                                             DataCell(row.2, isNum: true, label: dash.colCount)])
                         }).hidingCaption()
    }
}
