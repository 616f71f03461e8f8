/// The data side of a case page (its tickets, its customer's history) and of a playbook page (its
/// retention against the overall rate).
extension PageBuilder {
    /// The case's tickets in the order the write-up cites them: opened → first response → answer →
    /// resolved, both deadlines, CSAT, handling cost and the decision.
    func ticketTable(of item: Case) -> DataTable {
        let promiseHeader = DashboardStrings.fill(dash.colPromise, [("days", daysText(library.config.policy.responsePromiseDays))])
        let rows = item.tickets.map { id -> DataRow in
            guard let entry = ledger.entry(id) else {
                return DataRow(cells: [DataCell(id, isHeader: true),
                                       DataCell(DashboardStrings.fill(dash.ticketNotInData, [("id", id)]))])
            }
            let ticket = entry.ticket, facts = entry.facts
            let promise = deadlineMark(facts.promise), statutory = deadlineMark(facts.statutory)
            return DataRow(cells: [
                DataCell(id, isHeader: true),
                DataCell(date(facts.opened), label: dash.colOpenedOn),
                DataCell(date(ticket.firstResponseAt.map(ledger.zone.localDate)), label: dash.colFirstResponse),
                DataCell(date(facts.answered), label: dash.colAnswer),
                DataCell(date(facts.resolved), label: dash.colResolved),
                DataCell(promise.text, label: promiseHeader, status: promise.status),
                DataCell(statutory.text, label: dash.colStatutory, status: statutory.status),
                DataCell(ticket.csat.map { Formatting.integer($0, language) + "/5" } ?? dash.none, isNum: true, label: dash.colCsat),
                DataCell(money(facts.handlingCost), isNum: true, label: dash.colCost),
                DataCell(ticket.outcome.map { strings.label(for: Case.Outcome(rawValue: $0.rawValue)!) } ?? dash.none,
                         label: dash.colOutcome),
            ])
        }
        return DataTable(caption: dash.caseTicketsHeading,
                         headers: headers([(dash.colTicket, false), (dash.colOpenedOn, false), (dash.colFirstResponse, false),
                                           (dash.colAnswer, false), (dash.colResolved, false), (promiseHeader, false),
                                           (dash.colStatutory, false), (dash.colCsat, true), (dash.colCost, true),
                                           (dash.colOutcome, false)]),
                         rows: rows)
    }

    /// A deadline status in words with an icon of its own shape, and a CSS hook.
    func deadlineMark(_ status: DeadlineStatus) -> (text: String, status: String) {
        switch status {
        case .met: ("✓ " + dash.deadlineMet, "on")
        case .missed: ("✗ " + dash.deadlineMissed, "off")
        case .notYetDue: ("… " + dash.deadlinePending, "")
        }
    }

    /// The customer the case is about: its front matter, else the customer of its first known ticket.
    func customerId(of item: Case) -> String? {
        item.customer ?? item.tickets.lazy.compactMap { ledger.entry($0)?.ticket.customerId }.first
    }

    /// Complaints, orders, revenue and cost-to-serve of the case's customer; empty without data.
    func customerFacts(of item: Case) -> [Fact] {
        guard let id = customerId(of: item) else { return [] }
        let history = ledger.history(ofCustomer: id)
        guard history.tickets > 0 || history.orders ?? 0 > 0 else { return [] }
        // The front matter's customer is already among the case's facts.
        var facts = item.customer == nil ? [Fact(label: dash.colCustomer, value: id)] : []
        facts.append(Fact(label: dash.customerComplaints, value: countText(history.tickets, strings.complaintsCount)))
        if let first = history.firstOpened, let last = history.lastOpened, first != last {
            facts.append(Fact(label: dash.customerPeriod, value: date(first) + " – " + date(last)))
        }
        if let orders = history.orders {
            facts.append(Fact(label: dash.customerOrders, value: Formatting.integer(orders, language)))
        }
        if let revenue = history.revenue {
            facts.append(Fact(label: dash.customerRevenue, value: money(revenue)))
        }
        facts.append(Fact(label: dash.customerCost, value: money(history.handlingCost)))
        if let revenue = history.revenue, revenue > 0 {
            facts.append(Fact(label: dash.customerRatio, value: percentText(history.handlingCost / revenue)))
        }
        return facts
    }

    /// "66,7% (2 z 3) wobec 78,1% ogółem · lepiej niż ogółem", from metrics.json `playbooks` and `retention.all`.
    func playbookRetention(_ playbook: Playbook) -> (text: String, comparison: String, status: String)? {
        guard let row = metrics.playbooks.first(where: { $0.slug == playbook.slug }), let rate = row.retained.rate else {
            return nil
        }
        let text = DashboardStrings.fill(dash.playbookRetentionText, [
            ("rate", percentText(rate)), ("count", Formatting.integer(row.retained.count, language)),
            ("n", Formatting.integer(row.retained.n, language)), ("overall", percentText(metrics.retention.all.rate))])
        guard let overall = metrics.retention.all.rate else { return (text, "", "") }
        // Compared as displayed, so "the same" never sits beside two different-looking percentages.
        let shown = percentText(rate), overallShown = percentText(overall)
        if shown == overallShown { return (text, "= " + dash.playbookSame, "") }
        return rate > overall ? (text, "▲ " + dash.playbookBetter, "on") : (text, "▼ " + dash.playbookWorse, "off")
    }
}
