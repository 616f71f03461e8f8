// MARK: - Retention

extension MetricsCalculator {
    /// Retention over tickets whose retention is defined, split by well_handled.
    func retention(_ tickets: [Ticket], _ facts: [TicketFacts], hasOrders: Bool) -> Metrics.Retention {
        var all = Rate(), wellHandled = Rate(), notWellHandled = Rate()
        for fact in facts {
            guard let retained = fact.retained else { continue }
            all.add(retained)
            // Retention is defined only for resolved tickets, and those always have well_handled.
            if fact.wellHandled == true { wellHandled.add(retained) } else { notWellHandled.add(retained) }
        }
        return Metrics.Retention(source: Self.retentionSource(tickets, hasOrders: hasOrders),
                                 windowDays: policy.retentionWindowDays,
                                 all: all, wellHandled: wellHandled, notWellHandled: notWellHandled,
                                 target: config.targets.wellHandledRetention)
    }

    /// `orders` with orders.csv; else `column` when any ticket fills `retained`; else `none`.
    static func retentionSource(_ tickets: [Ticket], hasOrders: Bool) -> Metrics.Retention.Source {
        if hasOrders { return .orders }
        return tickets.contains { $0.retained != nil } ? .column : .none
    }
}
