import Testing
@testable import CasebookKit

@Suite struct RetentionTests {
    /// Resolved 2026-01-10 11:00Z; the window ends exactly 90 × 86,400 s later, at 2026-04-10 11:00Z.
    static let resolved = "2026-01-10 11:00Z"

    static func resolvedTicket(_ id: String, customer: String, csat: Int? = nil, resolved: String = resolved) -> Ticket {
        Fixture.ticket(id, customer: customer, opened: "2026-01-05 09:00", resolved: resolved, outcome: .accepted, csat: csat)
    }

    @Test func orderMustFallInsideTheHalfOpenWindow() {
        let tickets = [
            Self.resolvedTicket("R1", customer: "C1", csat: 5),
            Self.resolvedTicket("R2", customer: "C2", csat: 5),
            Self.resolvedTicket("R3", customer: "C3"),
            Self.resolvedTicket("R4", customer: "C4", csat: 1),
            // local_date(resolved) + 90 = 2026-07-01 > as_of: window not fully observed.
            Self.resolvedTicket("R5", customer: "C5", resolved: "2026-04-02 10:00"),
            // local_date(resolved) + 90 = 2026-06-30 = as_of: observed.
            Self.resolvedTicket("R6", customer: "C6", csat: 2, resolved: "2026-04-01 10:00"),
            Fixture.ticket("R7", customer: "C7", opened: "2026-01-05 09:00"),
            // 22:30Z on 1 April is 2 April in Warsaw: not observed, though the UTC date would say so.
            Self.resolvedTicket("R9", customer: "C9", resolved: "2026-04-01 22:30Z"),
        ]
        let orders = [
            Fixture.order("O1", customer: "C1", at: Self.resolved, amount: 1),               // at resolved_at: excluded
            Fixture.order("O2", customer: "C2", at: "2026-04-10 11:00Z", amount: 1),        // at the window end: included
            Fixture.order("O3", customer: "C3", at: "2026-04-10 11:00:01Z", amount: 1),     // a second later: excluded
            Fixture.order("O3b", customer: "C3", at: "2026-01-01 10:00", amount: 1),        // before: excluded
            Fixture.order("O4", customer: "someone-else", at: "2026-02-01 10:00", amount: 1),
            Fixture.order("O5", customer: "C5", at: "2026-04-03 10:00", amount: 1),
            Fixture.order("O6", customer: "C6", at: "2026-05-01 10:00", amount: 1),
            Fixture.order("O9", customer: "C9", at: "2026-05-01 10:00", amount: 1),
        ]
        let retention = Fixture.metrics(tickets, orders: orders, asOf: "2026-06-30").retention
        #expect(retention.source == .orders)
        #expect(retention.windowDays == 90)
        #expect(retention.all == Rate(count: 2, n: 5))
        // Well handled: R1 (no), R2 (yes), R3 (accepted, answered in 5 days: no). Not: R4 (no), R6 (yes).
        #expect(retention.wellHandled == Rate(count: 1, n: 3))
        #expect(retention.notWellHandled == Rate(count: 1, n: 2))
        #expect(retention.target == 0.80)
    }

    /// The window is 90 × 86,400 s of instants, not 90 days on the wall clock: resolved 10:00 CET
    /// (09:00Z) on 10 January ends at 09:00Z on 10 April, which is 11:00 CEST in Warsaw.
    @Test func windowEndIsAnInstantAcrossTheSpringChange() {
        let tickets = [
            Fixture.ticket("R1", customer: "C1", opened: "2026-01-05 09:00", resolved: "2026-01-10 10:00"),
            Fixture.ticket("R2", customer: "C2", opened: "2026-01-05 09:00", resolved: "2026-01-10 10:00"),
        ]
        let orders = [
            // A wall-clock window would have closed at 10:00 CEST and missed this one.
            Fixture.order("O1", customer: "C1", at: "2026-04-10 11:00", amount: 1),
            Fixture.order("O2", customer: "C2", at: "2026-04-10 11:00:01", amount: 1),
        ]
        let retention = Fixture.metrics(tickets, orders: orders, asOf: "2026-06-30").retention
        #expect(retention.all == Rate(count: 1, n: 2))
    }

    @Test func ordersOverrideTheRetainedColumn() {
        var ticket = Self.resolvedTicket("R1", customer: "C1")
        ticket.retained = true
        let retention = Fixture.metrics([ticket], orders: [], asOf: "2026-06-30").retention
        #expect(retention.source == .orders)
        #expect(retention.all == Rate(count: 0, n: 1))
    }

    @Test func withoutOrdersTheColumnDecidesAndEmptyCellsAreLeftOut() {
        var tickets = [
            Self.resolvedTicket("R1", customer: "C1"),
            Self.resolvedTicket("R2", customer: "C2"),
            Self.resolvedTicket("R3", customer: "C3"),
            Self.resolvedTicket("R4", customer: "C4", resolved: "2026-04-02 10:00"),
        ]
        tickets[0].retained = true
        tickets[1].retained = false
        tickets[3].retained = true   // window not observed: still left out
        let retention = Fixture.metrics(tickets, asOf: "2026-06-30").retention
        #expect(retention.source == .column)
        #expect(retention.all == Rate(count: 1, n: 2))
    }

    @Test func noOrdersAndNoColumnMeansNoSource() {
        let retention = Fixture.metrics([Self.resolvedTicket("R1", customer: "C1")], asOf: "2026-06-30").retention
        #expect(retention.source == Metrics.Retention.Source.none)
        #expect(retention.all == Rate())
        #expect(retention.all.rate == nil)
    }
}
