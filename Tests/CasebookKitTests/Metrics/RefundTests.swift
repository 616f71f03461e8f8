import Testing
@testable import CasebookKit

@Suite struct RefundTests {
    /// Opened 31 March; d = local_date(opened_at) − purchased_at.
    @Test(arguments: [
        ("2026-03-17", MetricsCalculator.RefundWindow.statutory),   // d = 14
        ("2026-03-16", .guarantee),                                  // d = 15
        ("2026-03-01", .guarantee),                                  // d = 30
        ("2026-02-28", .outside),                                    // d = 31
        ("2026-04-02", .statutory),                                  // bought after complaining: d < 0
    ])
    func windowBoundaries(purchased: String, expected: MetricsCalculator.RefundWindow) {
        let calculator = MetricsCalculator(config: SiteConfig(), zone: Fixture.warsaw)
        #expect(calculator.refundWindow(openedOn: Fixture.date("2026-03-31"), purchasedOn: Fixture.date(purchased)) == expected)
    }

    @Test func decisionsExceptionsAndViolations() {
        let opened = "2026-03-31 10:00"
        let metrics = Fixture.metrics([
            Fixture.ticket("R-1", opened: opened, refund: .granted, refundAmount: 10, purchased: "2026-03-17"),
            Fixture.ticket("R-2", opened: opened, refund: .refused, purchased: "2026-03-16"),
            Fixture.ticket("R-3", opened: opened, refund: .granted, refundAmount: 20, purchased: "2026-03-01"),
            Fixture.ticket("R-9", opened: opened, refund: .granted, refundAmount: 30, purchased: "2026-02-28"),
            Fixture.ticket("R-10", opened: opened, refund: .granted, purchased: "2026-01-01"),
            Fixture.ticket("R-5", opened: opened, refund: .refused, purchased: "2026-02-28"),
            Fixture.ticket("R-0", opened: opened, refund: .refused, purchased: "2026-03-17"),
            // Without purchased_at no window can be told; the amount still counts as refunded money.
            Fixture.ticket("R-7", opened: opened, refund: .granted, refundAmount: 40),
            Fixture.ticket("R-8", opened: opened, purchased: "2026-03-30"),
            // 22:30Z on 31 March is 1 April in Warsaw: d = 15 (guarantee), though the UTC date gives 14.
            Fixture.ticket("R-4", opened: "2026-03-31 22:30Z", refund: .refused, purchased: "2026-03-17"),
        ], asOf: "2026-04-30")
        let refunds = metrics.refunds
        #expect(refunds.statutory == .init(granted: 1, refused: 1))
        #expect(refunds.guarantee == .init(granted: 1, refused: 2))
        #expect(refunds.outside == .init(granted: 2, refused: 1))
        #expect(refunds.exceptions == ["R-10", "R-9"])
        #expect(refunds.violations == ["R-0", "R-2", "R-4"])
        #expect(metrics.costs.refunds == 100)
    }
}
