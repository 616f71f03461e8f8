// MARK: - Figures over all tickets

extension MetricsCalculator {
    struct DurationSummaries {
        var firstResponseHours: Summary
        var answerDays: Summary
        var resolutionDays: Summary
    }

    struct DeadlineFigures {
        var withinPromise: Rate
        var withinStatutory: Rate
        var overdue: Metrics.Overdue
    }

    /// first_response_hours, answer_days and resolution_days; durations are instant differences.
    func durationSummaries(_ tickets: [Ticket]) -> DurationSummaries {
        var firstResponse: [Int64] = [], answer: [Int64] = [], resolution: [Int64] = []
        firstResponse.reserveCapacity(tickets.count)
        answer.reserveCapacity(tickets.count)
        resolution.reserveCapacity(tickets.count)
        // Through the buffer, each ticket is read in place: `for ticket in tickets` copied all of
        // it (six strings retained and released) for three fields.
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                let openedAt = tickets[index].openedAt
                if let at = tickets[index].firstResponseAt { firstResponse.append(at - openedAt) }
                if let at = tickets[index].answer { answer.append(at - openedAt) }
                if let at = tickets[index].resolvedAt { resolution.append(at - openedAt) }
            }
        }
        return DurationSummaries(firstResponseHours: Summary(microseconds: firstResponse, unit: 3_600),
                                 answerDays: Summary(microseconds: answer, unit: 86_400),
                                 resolutionDays: Summary(microseconds: resolution, unit: 86_400))
    }

    /// within_promise, within_statutory and the overdue lists.
    func deadlineFigures(_ tickets: [Ticket], _ facts: [TicketFacts]) -> DeadlineFigures {
        var promise = Rate(), statutory = Rate()
        var overduePromise: [Int] = [], overdueStatutory: [Int] = []
        for (index, fact) in facts.enumerated() {
            promise.add(fact.promise)
            statutory.add(fact.statutory)
            // Overdue = open, no answer, missed. No answer implies open (resolved_at stands in for
            // answered_at), and an answered ticket is never overdue, even when it was late.
            if fact.answered == nil {
                if fact.promise == .missed { overduePromise.append(index) }
                if fact.statutory == .missed { overdueStatutory.append(index) }
            }
        }
        func ids(_ indices: [Int]) -> [String] {
            indices.sorted { a, b in
                let x = tickets[a], y = tickets[b]
                if x.openedAt != y.openedAt { return x.openedAt < y.openedAt }
                return x.id.precedesInByteOrder(y.id)
            }.map { tickets[$0].id }
        }
        return DeadlineFigures(withinPromise: promise, withinStatutory: statutory,
                               overdue: .init(promise: ids(overduePromise), statutory: ids(overdueStatutory)))
    }

    /// The plain per-ticket counts: outcome, justified, and the three yes/no flags.
    struct Tallies {
        var outcomes = Metrics.Outcomes()
        var justified = Metrics.Justified()
        var escalated = Rate(), reopened = Rate(), isPublic = Rate()
    }

    /// One pass through the buffer for all five counts: a pass each, with `for ticket in
    /// tickets`, read the million tickets five times and copied each one (six strings retained)
    /// in two of them.
    func tallies(_ tickets: [Ticket]) -> Tallies {
        var tallies = Tallies()
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                switch tickets[index].outcome {
                case .accepted: tallies.outcomes.accepted += 1
                case .rejected: tallies.outcomes.rejected += 1
                case .partial: tallies.outcomes.partial += 1
                case .withdrawn: tallies.outcomes.withdrawn += 1
                case nil: tallies.outcomes.unknown += 1
                }
                switch tickets[index].justified {
                case true?: tallies.justified.yes += 1
                case false?: tallies.justified.no += 1
                case nil: tallies.justified.unknown += 1
                }
                tallies.escalated.add(tickets[index].escalated)
                tallies.reopened.add(tickets[index].reopened)
                tallies.isPublic.add(tickets[index].isPublic)
            }
        }
        return tallies
    }

    /// Handling, compensation, granted refunds, and the share of revenue when orders.csv exists.
    func costs(_ tickets: [Ticket], orders: OrderBook?) -> Metrics.Costs {
        var handling = 0.0, compensation = 0.0, refunds = 0.0
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                handling += (tickets[index].handlingMinutes ?? 0) / 60 * policy.hourlyCost
                compensation += tickets[index].compensation ?? 0
                if tickets[index].refund == .granted { refunds += tickets[index].refundAmount ?? 0 }
            }
        }
        let total = handling + compensation
        let revenue = orders?.totalRevenue
        return Metrics.Costs(handling: handling, compensation: compensation, total: total, refunds: refunds,
                             revenue: revenue, share: Self.share(total, of: revenue),
                             targetBand: config.targets.handlingCostShare)
    }

    /// `cost / revenue`, `nil` when revenue is unknown or 0 (the same rule as the monthly share).
    static func share(_ cost: Double, of revenue: Double?) -> Double? {
        guard let revenue, revenue != 0 else { return nil }
        return cost / revenue
    }
}
