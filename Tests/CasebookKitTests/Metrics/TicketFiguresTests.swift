import Testing
@testable import CasebookKit

/// Counts, durations, deadlines, overdue lists, outcomes, flags and costs over all tickets.
@Suite struct TicketFiguresTests {
    @Test func countsAndDurationSummaries() {
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-02 09:00", firstResponse: "2026-03-02 11:00",
                           answered: "2026-03-04 09:00", resolved: "2026-03-05 21:00"),
            // No answered_at: resolved_at stands in as the answer.
            Fixture.ticket("T2", opened: "2026-03-03 09:00", firstResponse: "2026-03-03 10:30",
                           resolved: "2026-03-04 09:00"),
            Fixture.ticket("T3", opened: "2026-03-10 09:00"),
        ], asOf: "2026-03-31")
        #expect(metrics.tickets == .init(total: 3, open: 1, resolved: 2))
        #expect(metrics.firstResponseHours == Summary(n: 2, median: 1.75, p90: 2, mean: 1.75))
        #expect(metrics.answerDays == Summary(n: 2, median: 1.5, p90: 2, mean: 1.5))
        #expect(metrics.resolutionDays == Summary(n: 2, median: 2.25, p90: 3.5, mean: 2.25))
    }

    @Test func durationsAreInstantDifferencesAcrossDaylightSaving() {
        // Noon to noon across the spring change is 23 hours.
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-28 12:00", resolved: "2026-03-29 12:00"),
        ], asOf: "2026-03-31")
        #expect(metrics.resolutionDays.median == 23.0 / 24.0)
        #expect(metrics.answerDays.mean == 23.0 / 24.0)
    }

    @Test func deadlinesAndOverdueLists() {
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-01 10:00", answered: "2026-03-08 15:00"),
            Fixture.ticket("T2", opened: "2026-03-01 10:00", answered: "2026-03-09 08:00"),
            Fixture.ticket("T3", opened: "2026-03-01 12:00"),
            Fixture.ticket("T10", opened: "2026-03-01 12:00"),
            Fixture.ticket("T0", opened: "2026-03-02 09:00"),
            // Promise due 13 March (missed); statutory due 20 March = as_of, not yet due.
            Fixture.ticket("T4", opened: "2026-03-06 08:00"),
            // Promise due 20 March = as_of: not yet due.
            Fixture.ticket("T5", opened: "2026-03-13 09:00"),
            // Answered late after as_of: counted as missed, but answered, so never overdue.
            Fixture.ticket("T6", opened: "2026-03-01 10:00", answered: "2026-03-25 10:00"),
        ], asOf: "2026-03-20")
        #expect(metrics.withinPromise == Rate(count: 1, n: 7))
        #expect(metrics.withinStatutory == Rate(count: 2, n: 6))
        // By opened_at, then ticket_id in byte order ("T10" < "T3").
        #expect(metrics.overdue.promise == ["T10", "T3", "T0", "T4"])
        #expect(metrics.overdue.statutory == ["T10", "T3", "T0"])
    }

    @Test func wellHandledUsesCsatElseOutcomeAndPromise() {
        let metrics = Fixture.metrics([
            // CSAT decides when present, whatever the outcome and timing.
            Fixture.ticket("W1", opened: "2026-03-02 09:00", resolved: "2026-03-20 09:00", outcome: .rejected, csat: 4),
            Fixture.ticket("W2", opened: "2026-03-02 09:00", resolved: "2026-03-03 09:00", outcome: .accepted, csat: 3),
            // No CSAT: accepted or partial, answered by day 7.
            Fixture.ticket("W3", opened: "2026-03-02 09:00", answered: "2026-03-09 18:00", resolved: "2026-03-12 09:00",
                           outcome: .accepted),
            Fixture.ticket("W4", opened: "2026-03-02 09:00", answered: "2026-03-10 08:00", resolved: "2026-03-12 09:00",
                           outcome: .partial),
            Fixture.ticket("W5", opened: "2026-03-02 09:00", resolved: "2026-03-03 09:00", outcome: .rejected),
            Fixture.ticket("W6", opened: "2026-03-02 09:00", resolved: "2026-03-09 23:00", outcome: .partial),
            Fixture.ticket("W8", opened: "2026-03-02 09:00", resolved: "2026-03-03 09:00"),
            // Open tickets have no well_handled value.
            Fixture.ticket("W7", opened: "2026-03-02 09:00", outcome: .accepted, csat: 5),
        ], asOf: "2026-06-30")
        #expect(metrics.wellHandled == Rate(count: 3, n: 7))
    }

    @Test func outcomesJustifiedAndFlagsCountEveryTicket() {
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-02 09:00", justified: true, outcome: .accepted, escalated: true,
                           reopened: false, isPublic: nil),
            Fixture.ticket("T2", opened: "2026-03-02 09:00", justified: false, outcome: .partial, escalated: false),
            Fixture.ticket("T3", opened: "2026-03-02 09:00", outcome: .rejected, escalated: false, isPublic: true),
            Fixture.ticket("T4", opened: "2026-03-02 09:00", outcome: .withdrawn),
            Fixture.ticket("T5", opened: "2026-03-02 09:00", justified: true),
        ], asOf: "2026-03-31")
        #expect(metrics.outcomes == .init(accepted: 1, rejected: 1, partial: 1, withdrawn: 1, unknown: 1))
        #expect(metrics.justified == .init(yes: 2, no: 1, unknown: 2))
        #expect(metrics.escalated == Rate(count: 1, n: 3))
        #expect(metrics.reopened == Rate(count: 0, n: 1))
        #expect(metrics.isPublic == Rate(count: 1, n: 1))
    }

    @Test func costsWithoutOrdersHaveNoRevenueOrShare() {
        let metrics = Fixture.metrics(costTickets, asOf: "2026-03-31")
        #expect(metrics.costs == .init(handling: 160, compensation: 15.5, total: 175.5, refunds: 100,
                                       revenue: nil, share: nil, targetBand: CostBand(low: 0.02, high: 0.05)))
    }

    @Test func costShareIsTotalOverRevenue() {
        let orders = [Fixture.order("O1", customer: "X", at: "2026-03-01 10:00", amount: 3_000),
                      Fixture.order("O2", customer: "Y", at: "2026-03-02 10:00", amount: 510)]
        let metrics = Fixture.metrics(costTickets, orders: orders, asOf: "2026-03-31")
        #expect(metrics.costs.revenue == 3_510)
        #expect(metrics.costs.share == 175.5 / 3_510)
    }

    @Test func costShareIsNullWhenRevenueIsZero() {
        let metrics = Fixture.metrics(costTickets, orders: [], asOf: "2026-03-31")
        #expect(metrics.costs.revenue == 0)
        #expect(metrics.costs.share == nil)
    }

    private var costTickets: [Ticket] {
        [
            // 30 min × 80/h = 40; 90 min = 120; compensation 15.5.
            Fixture.ticket("T1", opened: "2026-03-02 09:00", minutes: 30, compensation: 15.5,
                           refund: .granted, refundAmount: 100),
            Fixture.ticket("T2", opened: "2026-03-02 09:00", minutes: 90, refund: .refused, refundAmount: 50),
            Fixture.ticket("T3", opened: "2026-03-02 09:00", refund: .granted),
        ]
    }

    @Test func inputsCountRowsAndNonDraftCases() {
        let library = Library(config: SiteConfig(),
                              cases: [Fixture.writeUp("a"), Fixture.writeUp("b", draft: true)],
                              playbooks: [Fixture.playbook("p")],
                              tickets: [Fixture.ticket("T1", opened: "2026-03-02 09:00")],
                              orders: nil,
                              skippedRows: [SkippedRow(location: SourceLocation(file: "t.csv", line: 3), reason: "bad")])
        let metrics = MetricsCalculator(config: SiteConfig(), zone: Fixture.warsaw)
            .compute(for: library, asOf: Fixture.date("2026-03-31"))
        #expect(metrics.inputs == .init(tickets: 1, orders: nil, cases: 1, playbooks: 1, skippedRows: 1))
        #expect(metrics.asOf == Fixture.date("2026-03-31"))
    }
}
