/// The data-quality dashboard: what the report was computed from, what is missing, what was skipped.
extension PageBuilder {
    /// The skipped rows listed one by one; the counts by reason always cover all of them.

    func dataQualityPage() -> Page {
        let inputs = metrics.inputs
        let total = metrics.tickets.total
        func row(_ label: String, _ value: String) -> DataRow {
            DataRow(cells: [DataCell(label, isHeader: true), DataCell(value, isNum: true, label: dash.colCount)])
        }
        let inputTable = DataTable(caption: dash.inputsHeading, headers: headers([(dash.colMeasure, false), (dash.colCount, true)]), rows: [
            row(dash.inputTickets, Formatting.integer(inputs.tickets, language)),
            row(dash.inputOrders, inputs.orders.map { Formatting.integer($0, language) } ?? dash.noOrdersFile),
            row(dash.inputCases, Formatting.integer(inputs.cases, language)),
            row(dash.inputPlaybooks, Formatting.integer(inputs.playbooks, language)),
            row(dash.inputSkipped, Formatting.integer(inputs.skippedRows, language)),
        ])
        func missing(_ count: Int) -> String {
            let share = total == 0 ? nil : Double(count) / Double(total)
            return Formatting.integer(count, language) + " " + dash.of + " " + Formatting.integer(total, language)
                + " (" + percentText(share) + ")"
        }
        let completeness = DataTable(caption: dash.completenessHeading, headers: headers([(dash.colMeasure, false), (dash.colCount, true)]), rows: [
            row(dash.missingOutcome, missing(metrics.outcomes.unknown)),
            row(dash.missingJustified, missing(metrics.justified.unknown)),
            row(dash.missingEscalated, missing(total - metrics.escalated.n)),
        ])
        let skipped = library.skippedRows
        var byReason: [String: Int] = [:]
        for item in skipped { byReason[item.reason, default: 0] += 1 }
        let reasons = byReason.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let reasonTable = DataTable(caption: dash.skippedHeading, headers: headers([(dash.colReason, false), (dash.colCount, true)]),
                                    rows: reasons.map { row($0.key, Formatting.integer($0.value, language)) },
                                    emptyText: dash.noSkipped)
        let listed = skipped.prefix(Self.rowsListed)
        let listTable = DataTable(
            caption: dash.skippedHeading, headers: headers([(dash.colLocation, false), (dash.colReason, false)]),
            rows: listed.map { DataRow(cells: [DataCell($0.location.description, isHeader: true), DataCell($0.reason, label: dash.colReason)]) },
            emptyText: "",
            footnote: shownNote(listed.count, of: skipped.count))
        return dashboardPage(route: .dataQuality, title: dash.qualityTitle, intro: dash.qualityIntro, sections: [
            DashboardSection(anchor: "inputs", heading: dash.inputsHeading, tables: [inputTable]),
            DashboardSection(anchor: "completeness", heading: dash.completenessHeading, tables: [completeness]),
            DashboardSection(anchor: "skipped", heading: dash.skippedHeading, note: dash.skippedNote,
                             tables: skipped.isEmpty ? [reasonTable] : [reasonTable, listTable]),
        ], origin: "data quality dashboard")
    }
}
