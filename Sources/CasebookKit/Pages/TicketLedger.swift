/// The per-ticket detail some pages list but metrics.json only counts: the age of each overdue
/// ticket, the answer-time distribution, a case's own tickets, one customer's history.
///
/// Every judgement (deadline met, well handled, retained, handling cost) comes from the metrics
/// calculator's own per-ticket pass, so a list on a page always adds up to the figure beside it.
struct TicketLedger: Sendable {
    let library: Library
    let asOf: LocalDate
    let zone: TimeZoneRules
    let facts: [TicketFacts]
    /// Index of each ticket by id (the first row wins; the loader reports duplicates).
    var indexById: IdLookup { index.byId }
    let index: Index

    /// - Parameter facts: the build's own per-ticket pass (`MetricsCalculator.evaluate`), one per
    ///   ticket in library order; `nil` derives it here.
    /// - Parameter index: `Index(library:)`, if it was made already.
    init(library: Library, asOf: LocalDate, zone: TimeZoneRules, facts: [TicketFacts]? = nil, index: Index? = nil) {
        self.library = library
        self.asOf = asOf
        self.zone = zone
        if let facts, facts.count == library.tickets.count {
            self.facts = facts
        } else {
            let customers = CustomerIndex(tickets: library.tickets)
            let orders = library.orders.map { OrderBook(orders: $0, customers: customers, zone: zone) }
            self.facts = MetricsCalculator(config: library.config, zone: zone)
                .facts(for: library.tickets, customers: customers, orders: orders, asOf: asOf)
        }
        self.index = index ?? Index(library: library)
    }

    /// The lookups by ticket id and by customer. They need the library only, not the figures, so
    /// the build makes them on the core the metrics leave idle: over a million tickets they were
    /// a serial 0.2–0.4 s before the first page.
    struct Index: Sendable {
        let byId: IdLookup
        /// The tickets and orders of the customers that case pages show, found in one pass each, so
        /// 10 000 case pages over a million tickets do not each scan the whole export.
        let ticketsByCustomer: [String: [Int]]
        let ordersByCustomer: [String: [Int]]

        /// - Parameter byId: the lookup by id of these same tickets, if an earlier build made it.
        init(library: Library, byId: IdLookup? = nil) {
            // By index: mapping the tickets themselves copied each one whole (six strings retained).
            let byId = byId ?? IdLookup(library.tickets.indices.map { library.tickets[$0].id })
            var shown = StringNumbering()
            for item in library.cases {
                if let customer = item.customer { _ = shown.insert(customer) }
                for id in item.tickets {
                    if let index = byId.position(of: id) { _ = shown.insert(library.tickets[index].customerId) }
                }
            }
            var ticketIndices: [String: [Int]] = [:], orderIndices: [String: [Int]] = [:]
            if shown.count > 0 {
                library.tickets.withUnsafeBufferPointer { tickets in
                    for index in tickets.indices where shown.number(of: tickets[index].customerId) != nil {
                        ticketIndices[tickets[index].customerId, default: []].append(index)
                    }
                }
                let orders = library.orders ?? []
                for index in orders.indices where shown.number(of: orders[index].customerId) != nil {
                    orderIndices[orders[index].customerId, default: []].append(index)
                }
            }
            self.byId = byId
            ticketsByCustomer = ticketIndices
            ordersByCustomer = orderIndices
        }
    }

    /// One ticket and what the calculator made of it.
    struct Entry: Sendable {
        let ticket: Ticket
        let facts: TicketFacts
    }

    func entry(_ id: String) -> Entry? {
        guard let index = indexById.position(of: id) else { return nil }
        return Entry(ticket: library.tickets[index], facts: facts[index])
    }

    // MARK: - Overdue

    /// An open ticket without an answer past its deadline, and how long it has waited.
    struct OverdueTicket: Sendable, Equatable {
        let id: String
        let opened: LocalDate
        /// Whole local days from opening to as_of.
        let ageDays: Int
        /// The last day the promise allowed.
        let promiseDay: LocalDate
        let pastStatutory: Bool
        let agent: String?
        let clientType: String?
    }

    /// The tickets of metrics.json `overdue.promise`, in its order (oldest first).
    func overdue(_ ids: [String]) -> [OverdueTicket] {
        ids.compactMap { id in
            guard let entry = entry(id) else { return nil }
            return OverdueTicket(id: id, opened: entry.facts.opened, ageDays: asOf - entry.facts.opened,
                                 promiseDay: entry.facts.opened + library.config.policy.responsePromiseDays,
                                 pastStatutory: entry.facts.statutory == .missed,
                                 agent: entry.ticket.agent, clientType: entry.ticket.clientType)
        }
    }

    // MARK: - Distributions and months

    /// How many answered tickets took d ≤ days < d + 1 for d in 0..<lastBin, then lastBin days or more.
    /// Durations are instant differences, as in metrics.json `answer_days`.
    func answerDayCounts(lastBin: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: lastBin + 1)
        let tickets = library.tickets
        for index in tickets.indices {
            guard let answer = tickets[index].answer else { continue }
            let elapsed = answer - tickets[index].openedAt
            let day = elapsed < 0 ? 0 : Int(elapsed / (86_400 * Instant.microsecondsPerSecond))
            counts[min(day, lastBin)] += 1
        }
        return counts
    }

    /// Within-statutory per month of opening, for the months of metrics.json `monthly`.
    func statutoryByMonth(_ months: [String]) -> [Rate] {
        let slots = MonthSlots(months)
        var rates = [Rate](repeating: Rate(), count: months.count)
        for fact in facts {
            if let slot = slots.position(of: fact.opened) { rates[slot].add(fact.statutory) }
        }
        return rates
    }

    /// Retention per month of resolution: of well-handled tickets and of the rest.
    ///
    /// A month counts only once the window of its last day is observed; before that it holds just
    /// its earliest tickets, and a partial month would read as a sudden drop or jump.
    func retentionByMonth(_ months: [String]) -> (wellHandled: [Rate], notWellHandled: [Rate]) {
        let window = library.config.policy.retentionWindowDays
        let slots = MonthSlots(months) { lastDay in lastDay + window <= asOf }
        var good = [Rate](repeating: Rate(), count: months.count), other = good
        for fact in facts {
            guard let resolved = fact.resolved, let retained = fact.retained, let well = fact.wellHandled,
                  let slot = slots.position(of: resolved) else { continue }
            if well { good[slot].add(retained) } else { other[slot].add(retained) }
        }
        return (good, other)
    }

    /// The currently overdue tickets (promise) by month of opening.
    func overdueByMonth(_ ids: [String], months: [String]) -> [Int] {
        var counts = Dictionary(uniqueKeysWithValues: months.map { ($0, 0) })
        for id in ids {
            guard let entry = entry(id) else { continue }
            let key = entry.facts.opened.monthKey
            if counts[key] != nil { counts[key]! += 1 }
        }
        return months.map { counts[$0]! }
    }

    // MARK: - Customers

    /// One complainant's history: complaints, what they bought, what handling them cost.
    struct CustomerHistory: Sendable, Equatable {
        let customerId: String
        let tickets: Int
        /// `nil` without orders.csv.
        let revenue: Double?
        let orders: Int?
        let handlingCost: Double
        let firstOpened: LocalDate?
        let lastOpened: LocalDate?
    }

    /// The history of a customer a case names (others are not indexed and show no tickets).
    func history(ofCustomer id: String) -> CustomerHistory {
        var tickets = 0, cost = 0.0
        var first: LocalDate?, last: LocalDate?
        for index in index.ticketsByCustomer[id] ?? [] {
            tickets += 1
            cost += facts[index].handlingCost
            let opened = facts[index].opened
            first = min(first ?? opened, opened)
            last = max(last ?? opened, opened)
        }
        let orders = library.orders.map { all in (index.ordersByCustomer[id] ?? []).map { all[$0] } }
        return CustomerHistory(customerId: id, tickets: tickets, revenue: orders?.reduce(0) { $0 + $1.amount },
                               orders: orders?.count, handlingCost: cost, firstOpened: first, lastOpened: last)
    }

    // MARK: - Refunds

    /// A refund request with its window, for the exception and violation lists.
    struct RefundCase: Sendable, Equatable {
        let id: String
        let customerId: String
        /// local_date(opened_at) − purchased_at, in days.
        let daysSincePurchase: Int?
        let decision: Ticket.RefundDecision?
        let amount: Double?
        let agent: String?
    }

    func refundCases(_ ids: [String]) -> [RefundCase] {
        ids.compactMap { id in
            guard let entry = entry(id) else { return nil }
            return RefundCase(id: id, customerId: entry.ticket.customerId,
                              daysSincePurchase: entry.ticket.purchasedAt.map { entry.facts.opened - $0 },
                              decision: entry.ticket.refund, amount: entry.ticket.refundAmount, agent: entry.ticket.agent)
        }
    }
}
