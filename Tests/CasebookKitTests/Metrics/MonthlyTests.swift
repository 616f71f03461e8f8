import Testing
@testable import CasebookKit

@Suite struct MonthlyTests {
    static let tickets = [
        Fixture.ticket("M1", opened: "2026-01-05 10:00", answered: "2026-01-07 10:00", resolved: "2026-02-02 10:00",
                       csat: 5, minutes: 60),
        // 22:30Z on 31 March is 1 April in Warsaw.
        Fixture.ticket("M2", opened: "2026-03-31 22:30Z", minutes: 30),
        // After as_of but in as_of's month: still April's.
        Fixture.ticket("M3", opened: "2026-04-20 09:00", compensation: 10),
        // A month after as_of's: in no row.
        Fixture.ticket("M4", opened: "2026-05-02 09:00", minutes: 600),
    ]

    @Test func everyMonthFromTheFirstOrderOrTicketToAsOf() {
        let orders = [
            Fixture.order("O1", customer: "X", at: "2025-12-20 10:00", amount: 100),
            Fixture.order("O2", customer: "X", at: "2026-01-10 10:00", amount: 400),
            Fixture.order("O3", customer: "X", at: "2026-04-30 10:00", amount: 50),
            Fixture.order("O4", customer: "X", at: "2026-05-30 10:00", amount: 70),
        ]
        let monthly = Fixture.metrics(Self.tickets, orders: orders, asOf: "2026-04-15").monthly
        #expect(monthly == [
            .init(month: "2025-12", opened: 0, resolved: 0, withinPromise: Rate(), wellHandled: Rate(),
                  handlingCost: 0, revenue: 100, share: 0),
            .init(month: "2026-01", opened: 1, resolved: 0, withinPromise: Rate(count: 1, n: 1), wellHandled: Rate(),
                  handlingCost: 80, revenue: 400, share: 0.2),
            .init(month: "2026-02", opened: 0, resolved: 1, withinPromise: Rate(), wellHandled: Rate(count: 1, n: 1),
                  handlingCost: 0, revenue: 0, share: nil),
            .init(month: "2026-03", opened: 0, resolved: 0, withinPromise: Rate(), wellHandled: Rate(),
                  handlingCost: 0, revenue: 0, share: nil),
            // M2 is overdue (promise due 8 April); M3 is not yet due.
            .init(month: "2026-04", opened: 2, resolved: 0, withinPromise: Rate(count: 0, n: 1), wellHandled: Rate(),
                  handlingCost: 50, revenue: 50, share: 1),
        ])
    }

    @Test func withoutOrdersRevenueAndShareAreNull() {
        let monthly = Fixture.metrics(Self.tickets, asOf: "2026-04-15").monthly
        #expect(monthly.map(\.month) == ["2026-01", "2026-02", "2026-03", "2026-04"])
        #expect(monthly.allSatisfy { $0.revenue == nil && $0.share == nil })
    }

    @Test func yearBoundaryAndNoData() {
        let monthly = Fixture.metrics([Fixture.ticket("T", opened: "2025-11-30 09:00")], asOf: "2026-02-01").monthly
        #expect(monthly.map(\.month) == ["2025-11", "2025-12", "2026-01", "2026-02"])
        #expect(Fixture.metrics([], asOf: "2026-02-01").monthly == [])
        // Everything after as_of's month: no month to show.
        #expect(Fixture.metrics([Fixture.ticket("T", opened: "2026-03-01 09:00")], asOf: "2026-02-28").monthly == [])
    }

    /// A ticket counts as resolved in the month of local_date(resolved_at): 23:30Z on 31 January is
    /// 00:30 on 1 February in Warsaw, so February has the resolution and its well_handled.
    @Test func resolvedMonthIsTheLocalMonth() {
        let monthly = Fixture.metrics([
            Fixture.ticket("T", opened: "2026-01-20 10:00", resolved: "2026-01-31 23:30Z", csat: 5),
        ], asOf: "2026-02-28").monthly
        #expect(monthly.map(\.month) == ["2026-01", "2026-02"])
        #expect(monthly.map(\.resolved) == [0, 1])
        #expect(monthly.map(\.wellHandled) == [Rate(), Rate(count: 1, n: 1)])
        #expect(monthly.map(\.opened) == [1, 0])
    }

    @Test func monthKeysOfMonthIndices() {
        #expect(MetricsCalculator.monthKey(Fixture.date("2026-01-31").monthIndex) == "2026-01")
        #expect(MetricsCalculator.monthKey(Fixture.date("1999-12-01").monthIndex) == "1999-12")
    }
}
