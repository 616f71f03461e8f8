/// Checks the references between files that no single file can check alone: playbooks and
/// steps cited by cases, step keys across playbooks, and tickets cited by cases.
struct Linker {
    /// Ticket id → customer id, at least for every ticket a case cites; `nil` when the site has
    /// no ticket data.
    let ticketCustomers: [String: String]?
    /// Customer ids with a ticket, at least among those cases name; `nil` without ticket data.
    let complainants: Set<String>?
    let ticketsFile: String

    init(ticketCustomers: [String: String]?, ticketsFile: String) {
        self.ticketCustomers = ticketCustomers
        complainants = ticketCustomers.map { Set($0.values) }
        self.ticketsFile = ticketsFile
    }

    /// A linker for `cases`: one pass over the tickets keeps only what the cases refer to, since
    /// a dictionary of every one of a million tickets took longer than the whole check.
    init(for cases: [Case], tickets: [Ticket]?, ticketsFile: String) {
        self.ticketsFile = ticketsFile
        guard let tickets else { (ticketCustomers, complainants) = (nil, nil); return }
        // Membership by `StringNumbering`: two `Set<String>` probes per ticket paid SipHash twice,
        // and this pass is serial.
        let cited = StringNumbering(distinctOf: cases.flatMap { $0.tickets })
        let named = StringNumbering(distinctOf: cases.compactMap { $0.customer })
        guard cited.count > 0 || named.count > 0 else { (ticketCustomers, complainants) = ([:], []); return }
        // The validate stage has little else to do, so each core takes half of the tickets; the
        // first half wins a ticket id given twice, as one pass in file order would.
        let middle = tickets.count / 2
        let (head, tail) = Parallel.both(
            { Self.scan(tickets[..<middle], cited: cited, named: named) },
            { Self.scan(tickets[middle...], cited: cited, named: named) })
        ticketCustomers = head.customers.merging(tail.customers) { first, _ in first }
        complainants = head.complainants.union(tail.complainants)
    }

    private static func scan(_ tickets: ArraySlice<Ticket>, cited: StringNumbering, named: StringNumbering)
        -> (customers: [String: String], complainants: Set<String>) {
        var customers: [String: String] = [:], complainants: Set<String> = []
        for index in tickets.indices {
            // Through the index, so a ticket's other fields are not copied and released.
            let id = tickets[index].id, customerId = tickets[index].customerId
            if cited.count > 0, cited.number(of: id) != nil, customers[id] == nil { customers[id] = customerId }
            if named.count > 0, named.number(of: customerId) != nil { complainants.insert(customerId) }
        }
        return (customers, complainants)
    }

    func check(cases: [Case], playbooks: [Playbook]) -> DiagnosticLog {
        var log = DiagnosticLog()
        var stepOwner: [String: Playbook] = [:]
        for playbook in playbooks {
            for step in playbook.steps {
                let at = playbook.keyLocations["step:" + step.key] ?? SourceLocation(file: playbook.source, line: 1)
                if let first = stepOwner[step.key] {
                    let firstAt = first.keyLocations["step:" + step.key] ?? SourceLocation(file: first.source, line: 1)
                    log.error("step key '\(step.key)' is already defined by playbook '\(first.slug)'; step keys must be unique across playbooks",
                              at: at, notes: [.note("'\(step.key)' first defined here", at: firstAt)])
                } else {
                    stepOwner[step.key] = playbook
                }
            }
        }
        let playbookSlugs = playbooks.map(\.slug)
        // Each case handed over in place: `for item in cases` copied every case whole.
        for index in cases.indices {
            check(cases[index], playbookSlugs: playbookSlugs, stepOwner: stepOwner, into: &log)
        }
        return log
    }

    private func check(_ item: Case, playbookSlugs: [String], stepOwner: [String: Playbook], into log: inout DiagnosticLog) {
        checkCustomer(of: item, known: complainants, into: &log)
        for slug in item.playbooks where !playbookSlugs.contains(slug) {
            log.error("case cites playbook '\(slug)', which does not exist", at: item.location(ofKey: "playbooks"),
                      hint: Suggestion.hint(for: slug, in: playbookSlugs))
        }
        for step in item.steps {
            guard let owner = stepOwner[step] else {
                log.error("case cites step '\(step)', which no playbook defines", at: item.location(ofKey: "steps"),
                          hint: Suggestion.hint(for: step, in: stepOwner.keys.sorted()))
                continue
            }
            if !item.playbooks.contains(owner.slug) {
                log.error("step '\(step)' belongs to playbook '\(owner.slug)', which this case does not list in playbooks",
                          at: item.location(ofKey: "steps"), hint: "add '\(owner.slug)' to playbooks")
            }
        }
        checkTickets(of: item, into: &log)
    }

    /// A case's `customer` ends up on its page, so it must be the exports' pseudonymous id, never
    /// a name: a value with a space is refused, and one the tickets never mention is flagged.
    private func checkCustomer(of item: Case, known: Set<String>?, into log: inout DiagnosticLog) {
        guard let customer = item.customer else { return }
        if customer.contains(where: \.isWhitespace) {
            log.error("customer must be the pseudonymous id from the exports (such as KL-000042), not a name; "
                      + "this value contains a space", at: item.location(ofKey: "customer"))
        } else if let known, !known.contains(customer) {
            log.warning("customer '\(customer)' has no ticket in \(ticketsFile); use the customer_id of the exports",
                        at: item.location(ofKey: "customer"))
        }
    }

    private func checkTickets(of item: Case, into log: inout DiagnosticLog) {
        guard !item.tickets.isEmpty else { return }
        guard let ticketCustomers else {
            log.error("case cites tickets, but the site has no ticket data (\(ticketsFile))", at: item.location(ofKey: "tickets"))
            return
        }
        for id in item.tickets {
            guard let customer = ticketCustomers[id] else {
                log.error("case cites ticket '\(id)', which is not in \(ticketsFile)", at: item.location(ofKey: "tickets"))
                continue
            }
            if let expected = item.customer, expected != customer {
                log.warning("ticket '\(id)' belongs to customer '\(customer)', not to the case's customer '\(expected)'",
                            at: item.location(ofKey: "tickets"))
            }
        }
    }
}
