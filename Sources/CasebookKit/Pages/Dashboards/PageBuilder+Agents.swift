/// The agents dashboard: workload and timeliness per person, from metrics.json `agents`.
extension PageBuilder {
    func agentsPage() -> Page {
        let rows = metrics.agents
        let target = library.config.targets.withinPromise
        let table = DataTable(
            caption: dash.agentsTableCaption,
            headers: headers([(dash.colAgent, false), (dash.colTickets, true), (dash.colMedianAnswer, true), (dash.colP90, true),
                              (dash.colWithinPromise, true), (dash.colWellHandled, true)]),
            rows: rows.map { row in
                DataRow(cells: [
                    DataCell(row.agent, isHeader: true),
                    DataCell(Formatting.integer(row.tickets, language), isNum: true, label: dash.colTickets),
                    DataCell(decimal(row.answerDays.median), isNum: true, label: dash.colMedianAnswer),
                    DataCell(decimal(row.answerDays.p90), isNum: true, label: dash.colP90),
                    targetCell(row.withinPromise, target: target, label: dash.colWithinPromise),
                    DataCell(rateWithCounts(row.wellHandled), isNum: true, label: dash.colWellHandled),
                ])
            }, emptyText: dash.noAgents)
        let chart = rateBars(id: "agent-promise", title: dash.agentsChartTitle,
                             description: DashboardStrings.fill(dash.agentsChartDescription, [
                                 ("days", daysText(library.config.policy.responsePromiseDays)), ("target", percentText(target))]),
                             groups: rows.map { ($0.agent, $0.withinPromise) }, target: target, header: dash.colAgent)
        return dashboardPage(route: .agents, title: dash.agentsTitle, intro: dash.agentsIntro, sections: [
            DashboardSection(anchor: "table", heading: dash.agentsTableCaption, tables: [table]),
            DashboardSection(anchor: "promise", heading: dash.agentsChartTitle, charts: rows.isEmpty ? [] : [chart]),
        ], origin: "agents dashboard")
    }
}
