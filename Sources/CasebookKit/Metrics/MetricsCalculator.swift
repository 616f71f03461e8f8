/// Computes every figure of metrics.md from a loaded library: a pure function of the library,
/// the policy, the time zone and `as_of`.
public struct MetricsCalculator: Sendable {
    public var config: SiteConfig
    public var zone: TimeZoneRules

    public init(config: SiteConfig, zone: TimeZoneRules) {
        self.config = config
        self.zone = zone
    }

    var policy: Policy { config.policy }

    /// All of metrics.json for `library` as seen on `asOf`.
    public func compute(for library: Library, asOf: LocalDate) -> Metrics {
        evaluate(library, asOf: asOf).metrics
    }

    /// The metrics and the per-ticket pass behind them, which the pages reuse instead of
    /// deriving every local date and judgement of a million tickets a second time.
    ///
    /// - Parameter orderDigest: `OrderDigest(orders: library.orders, zone: zone)` when the caller
    ///   made it already (the build makes it while loading).
    func evaluate(_ library: Library, asOf: LocalDate, orderDigest: OrderDigest? = nil) -> (metrics: Metrics, facts: [TicketFacts]) {
        let tickets = library.tickets
        // The facets are pure functions of their inputs, so the heaviest ones run on both cores:
        // the complainants and the duration sorts beside the orders, the per-ticket pass in two
        // halves, then the groupings in two sets. Each result is the same value either way.
        // With the order digest already made, the complainants and the duration sorts take one
        // core each; without it, they share one while the other digests the orders.
        let (customers, durations, digest): (CustomerIndex, DurationSummaries, OrderDigest?)
        if let orderDigest, library.orders != nil {
            (customers, durations) = Parallel.both({ CustomerIndex(tickets: tickets) }, { self.durationSummaries(tickets) })
            digest = orderDigest
        } else {
            ((customers, durations), digest) = Parallel.both(
                { (CustomerIndex(tickets: tickets), self.durationSummaries(tickets)) },
                { library.orders.map { OrderDigest(orders: $0, zone: zone) } })
        }
        let orders = library.orders.map { OrderBook(orders: $0, digest: digest!, customers: customers) }
        let facts = self.facts(for: tickets, customers: customers, orders: orders, asOf: asOf)
        // Then two halves of about equal weight (timed at 10,000 cases and a million tickets:
        // 0.30 and 0.33 s; the agents on the other side left one core idle for 0.25 s): the
        // customers and the agents, the two largest facets, with the plain per-ticket tallies, and
        // everything else grouped or listed.
        let ((customerFigures, agentRows, tallies), (deadlines, months, others)) = Parallel.both(
            { (self.customers(customers, facts, orders: orders), self.agents(tickets, facts), self.tallies(tickets)) },
            { (self.deadlineFigures(tickets, facts), self.monthly(facts, orders: orders, asOf: asOf),
               (wellHandled: facts.reduce(into: Rate()) { $0.add($1.wellHandled) },
                retention: self.retention(tickets, facts, hasOrders: orders != nil),
                costs: self.costs(tickets, orders: orders),
                refunds: self.refunds(tickets, facts),
                clientTypes: self.clientTypes(tickets, facts),
                playbooks: self.playbooks(library, tickets, facts))) })
        let resolved = facts.reduce(0) { $0 + ($1.resolved == nil ? 0 : 1) }
        let metrics = Metrics(
            asOf: asOf,
            inputs: .init(tickets: tickets.count, orders: library.orders?.count,
                          cases: Self.countedCases(library), playbooks: library.playbooks.count,
                          skippedRows: library.skippedRows.count),
            tickets: .init(total: tickets.count, open: tickets.count - resolved, resolved: resolved),
            firstResponseHours: durations.firstResponseHours,
            answerDays: durations.answerDays,
            resolutionDays: durations.resolutionDays,
            withinPromise: deadlines.withinPromise,
            withinStatutory: deadlines.withinStatutory,
            overdue: deadlines.overdue,
            outcomes: tallies.outcomes,
            justified: tallies.justified,
            wellHandled: others.wellHandled,
            retention: others.retention,
            costs: others.costs,
            refunds: others.refunds,
            escalated: tallies.escalated,
            reopened: tallies.reopened,
            isPublic: tallies.isPublic,
            clientTypes: others.clientTypes,
            monthly: months,
            customers: customerFigures,
            agents: agentRows,
            playbooks: others.playbooks
        )
        return (metrics, facts)
    }

    /// The per-ticket pass: local dates, both deadline checks, well_handled, retention and cost.
    ///
    /// Each core fills one half of the same array: joining two half arrays afterwards copied a
    /// million facts on one core (30 to 190 ms at a million tickets).
    func facts(for tickets: [Ticket], customers: CustomerIndex, orders: OrderBook?, asOf: LocalDate) -> [TicketFacts] {
        [TicketFacts](unsafeUninitializedCapacity: tickets.count) { buffer, count in
            nonisolated(unsafe) let facts = buffer
            let middle = tickets.count / 2
            _ = Parallel.both(
                { self.facts(for: tickets, in: 0..<middle, customers: customers, orders: orders, asOf: asOf, into: facts) },
                { self.facts(for: tickets, in: middle..<tickets.count, customers: customers, orders: orders, asOf: asOf,
                             into: facts) })
            count = tickets.count
        }
    }

    /// The pass over `tickets[range]` only, initialising `facts[range]`.
    private func facts(for tickets: [Ticket], in range: Range<Int>, customers: CustomerIndex, orders: OrderBook?,
                       asOf: LocalDate, into facts: UnsafeMutableBufferPointer<TicketFacts>) {
        guard !range.isEmpty else { return }
        let promise = Deadline(days: policy.responsePromiseDays)
        let statutory = Deadline(days: policy.statutoryResponseDays)
        let windowDays = policy.retentionWindowDays
        let windowSeconds = Int64(windowDays) * 86_400
        let hourlyCost = policy.hourlyCost
        // One ticket's facts. Each ticket is read in place through a pointer: `let ticket =
        // tickets[index]` copied all of it (six strings retained and released) for a few fields.
        func fact(_ ticket: UnsafePointer<Ticket>, at index: Int) -> TicketFacts {
            let opened = zone.localDate(ticket.pointee.openedAt)
            let resolved = ticket.pointee.resolvedAt.map(zone.localDate)
            let answered = ticket.pointee.answeredAt.map(zone.localDate) ?? resolved
            let promiseStatus = promise.status(openedOn: opened, answeredOn: answered, asOf: asOf)
            var wellHandled: Bool?
            var retained: Bool?
            if let resolvedAt = ticket.pointee.resolvedAt, let resolved {
                if let csat = ticket.pointee.csat {
                    wellHandled = csat >= policy.wellHandledCsat
                } else {
                    // A resolved ticket always has an answer, so the promise check is met or missed here.
                    wellHandled = (ticket.pointee.outcome == .accepted || ticket.pointee.outcome == .partial) && promiseStatus == .met
                }
                if resolved + windowDays <= asOf {
                    if let orders {
                        retained = orders.hasOrder(customer: customers.ofTicket[index], after: resolvedAt,
                                                   through: resolvedAt.adding(seconds: windowSeconds))
                    } else {
                        retained = ticket.pointee.retained
                    }
                }
            }
            return TicketFacts(opened: opened, answered: answered, resolved: resolved, promise: promiseStatus,
                               statutory: statutory.status(openedOn: opened, answeredOn: answered, asOf: asOf),
                               wellHandled: wellHandled, retained: retained,
                               handlingCost: (ticket.pointee.handlingMinutes ?? 0) / 60 * hourlyCost + (ticket.pointee.compensation ?? 0))
        }
        tickets.withUnsafeBufferPointer { tickets in
            // In blocks of 16, with the order book's entries prefetched a step ahead: the next
            // block's `start` entries, then this block's first order times, which depend on them.
            // The book is megabytes of tables read at random, and waiting on one ticket's two
            // misses after another was three quarters of this pass (perf at large). Plain reads
            // ahead had to complete before they retired and still held 36% of its samples.
            let block = 16
            func prefetchStarts(from first: Int) {
                guard let orders else { return }
                for index in first..<min(first + block, range.upperBound) where tickets[index].isResolved {
                    orders.prefetchStart(customer: customers.ofTicket[index])
                }
            }
            prefetchStarts(from: range.lowerBound)
            for first in stride(from: range.lowerBound, to: range.upperBound, by: block) {
                let end = min(first + block, range.upperBound)
                prefetchStarts(from: end)
                if let orders {
                    for index in first..<end where tickets[index].isResolved {
                        orders.prefetchOrders(customer: customers.ofTicket[index])
                    }
                }
                for index in first..<end {
                    (facts.baseAddress! + index).initialize(to: fact(tickets.baseAddress! + index, at: index))
                }
            }
        }
    }
}
