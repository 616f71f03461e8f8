// MARK: - Refund windows

extension MetricsCalculator {
    /// The window a refund request fell in.
    enum RefundWindow { case statutory, guarantee, outside }

    /// Classifies by d = local_date(opened_at) − purchased_at, in days.
    func refundWindow(openedOn opened: LocalDate, purchasedOn purchased: LocalDate) -> RefundWindow {
        let d = opened - purchased
        if d <= policy.statutoryWithdrawalDays { return .statutory }
        if d <= policy.refundGuaranteeDays { return .guarantee }
        return .outside
    }

    /// Decisions per window over tickets with `refund` and `purchased_at`, with the exceptions
    /// (granted outside) and violations (refused inside a window; the guarantee is unconditional).
    func refunds(_ tickets: [Ticket], _ facts: [TicketFacts]) -> Metrics.Refunds {
        var statutory = Metrics.Refunds.Decisions()
        var guarantee = Metrics.Refunds.Decisions()
        var outside = Metrics.Refunds.Decisions()
        var exceptions: [String] = [], violations: [String] = []
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                guard let decision = tickets[index].refund, let purchased = tickets[index].purchasedAt else { continue }
                let granted = decision == .granted
                switch refundWindow(openedOn: facts[index].opened, purchasedOn: purchased) {
                case .statutory:
                    if granted { statutory.granted += 1 } else { statutory.refused += 1; violations.append(tickets[index].id) }
                case .guarantee:
                    if granted { guarantee.granted += 1 } else { guarantee.refused += 1; violations.append(tickets[index].id) }
                case .outside:
                    if granted { outside.granted += 1; exceptions.append(tickets[index].id) } else { outside.refused += 1 }
                }
            }
        }
        return Metrics.Refunds(statutory: statutory, guarantee: guarantee, outside: outside,
                               exceptions: exceptions.sorted { $0.precedesInByteOrder($1) },
                               violations: violations.sorted { $0.precedesInByteOrder($1) })
    }
}
