import Testing
@testable import CasebookKit

/// The per-ticket detail behind the dashboards, on the hand-checked fixture of `RenderFixture`.
@Suite struct TicketLedgerTests {
    static func ledger(_ library: Library = RenderFixture.library()) -> TicketLedger {
        TicketLedger(library: library, asOf: Fixture.date("2026-06-30"), zone: Fixture.warsaw)
    }

    @Test func overdueTicketsCarryTheirAgeAndWhetherTheLawIsBroken() {
        let overdue = Self.ledger().overdue(["T-3001", "T-3002", "T-nope"])
        #expect(overdue.map(\.id) == ["T-3001", "T-3002"])
        #expect(overdue.map(\.ageDays) == [20, 10])
        #expect(overdue.map(\.promiseDay) == [Fixture.date("2026-06-17"), Fixture.date("2026-06-27")])
        #expect(overdue.map(\.pastStatutory) == [true, false])
    }

    /// 3 days exactly is bin 3, 19 days falls in the open 14+ bin, unanswered tickets are not counted.
    @Test func answerTimesFallInWholeDayBins() {
        let counts = Self.ledger().answerDayCounts(lastBin: 14)
        var expected = [Int](repeating: 0, count: 15)
        expected[1] = 1; expected[3] = 1; expected[10] = 1; expected[14] = 1
        #expect(counts == expected)
    }

    @Test func retentionByMonthOfResolution() {
        let months = ["2026-01", "2026-02", "2026-03"]
        let (good, other) = Self.ledger().retentionByMonth(months)
        #expect(good.map(\.count) == [1, 0, 0] && good.map(\.n) == [2, 0, 0])
        #expect(other.map(\.count) == [0, 1, 0] && other.map(\.n) == [0, 1, 1])
    }

    /// Resolved 1 April: its own window ends on as_of, but April's last days are still inside theirs.
    @Test func aMonthWhoseWindowIsStillRunningIsLeftEmpty() {
        var library = RenderFixture.library()
        library.tickets = [Fixture.ticket("T-1", customer: "C-9", opened: "2026-03-30 10:00", resolved: "2026-04-01 10:00", csat: 5)]
        library.orders = [Fixture.order("O-1", customer: "C-9", at: "2026-05-01 10:00", amount: 10)]
        let ledger = Self.ledger(library)
        #expect(ledger.facts[0].retained == true)
        #expect(ledger.retentionByMonth(["2026-04"]).wellHandled.map(\.n) == [0])
    }

    @Test func statutoryByMonthOfOpening() {
        let rates = Self.ledger().statutoryByMonth(["2026-01", "2026-02", "2026-03", "2026-06"])
        #expect(rates.map(\.count) == [2, 1, 0, 0])
        #expect(rates.map(\.n) == [2, 1, 1, 1])
    }

    @Test func aCustomersHistoryAddsUpTheirTicketsAndOrders() {
        let history = Self.ledger().history(ofCustomer: "C-1042")
        #expect(history.tickets == 2 && history.orders == 1 && history.revenue == 1000)
        // 60 + 90 minutes at 80 zł an hour, plus 50 zł compensation.
        #expect(history.handlingCost == 250)
        #expect(history.firstOpened == Fixture.date("2026-01-05") && history.lastOpened == Fixture.date("2026-02-02"))
        #expect(Self.ledger(RenderFixture.library(withData: false)).history(ofCustomer: "C-1042").revenue == nil)
    }

    @Test func refundCasesGiveTheDaysSincePurchase() {
        let cases = Self.ledger().refundCases(["T-1999", "T-3003"])
        #expect(cases.map(\.daysSincePurchase) == [9, 75])
        #expect(cases.map(\.decision) == [.refused, .granted])
    }
}
