import Testing
@testable import CasebookKit

@Suite struct CustomerTests {
    static func tickets(_ customer: String, count: Int, compensation: Double? = nil) -> [Ticket] {
        (0..<count).map { Fixture.ticket("\(customer)-\($0)", customer: customer, opened: "2026-03-02 09:00",
                                         compensation: $0 == 0 ? compensation : nil) }
    }

    @Test func repeatComplainantsByTicketsThenId() {
        let tickets = Self.tickets("B", count: 3) + Self.tickets("A", count: 3) + Self.tickets("C", count: 4)
            + Self.tickets("D", count: 2)
        let customers = Fixture.metrics(tickets, asOf: "2026-03-31").customers
        #expect(customers.complainants == 4)
        #expect(customers.repeatComplainants == [.init(customerId: "C", tickets: 4), .init(customerId: "A", tickets: 3),
                                                 .init(customerId: "B", tickets: 3)])
    }

    /// Ids that tie on their ticket count and share their first 16 bytes are told apart by the
    /// rest, in byte order (the integer keys the sort uses cover only 16 bytes).
    @Test func repeatComplainantsWithLongIdsKeepByteOrder() {
        let ids = ["KLIENT-2026-0000-B", "KLIENT-2026-0000-A", "KLIENT-2026-0000", "KLIENT-2026-0000-AB", "KLIENT-2026-000"]
        let tickets = ids.flatMap { Self.tickets($0, count: 3) }
        let customers = Fixture.metrics(tickets, asOf: "2026-03-31").customers
        #expect(customers.repeatComplainants.map(\.customerId) == ids.sorted { $0.precedesInByteOrder($1) })
        #expect(customers.repeatComplainants.map(\.customerId)
                == ["KLIENT-2026-000", "KLIENT-2026-0000", "KLIENT-2026-0000-A", "KLIENT-2026-0000-AB", "KLIENT-2026-0000-B"])
    }

    @Test func costToServeOrdersNullRatiosFirstThenRatioThenId() {
        let tickets = Self.tickets("X1", count: 1, compensation: 10) + Self.tickets("X2", count: 1)
            + Self.tickets("X0", count: 1, compensation: 5) + Self.tickets("Y", count: 1, compensation: 10)
            + Self.tickets("Z", count: 1, compensation: 10) + Self.tickets("W", count: 1, compensation: 20)
            + Self.tickets("V", count: 2, compensation: 30)
        let orders = [
            Fixture.order("O1", customer: "Y", at: "2026-01-01 10:00", amount: 100),
            Fixture.order("O2", customer: "Z", at: "2026-01-01 10:00", amount: 120),
            Fixture.order("O3", customer: "Z", at: "2026-01-02 10:00", amount: 80),    // 10 = 0.05 × 200: not over
            Fixture.order("O4", customer: "W", at: "2026-01-01 10:00", amount: 200),
            Fixture.order("O5", customer: "V", at: "2026-01-01 10:00", amount: 100),
            Fixture.order("O6", customer: "not-a-complainant", at: "2026-01-01 10:00", amount: 1),
        ]
        let rows = Fixture.metrics(tickets, orders: orders, asOf: "2026-03-31").customers.costToServe
        #expect(rows == [
            .init(customerId: "X0", handlingCost: 5, revenue: 0, ratio: nil),
            .init(customerId: "X1", handlingCost: 10, revenue: 0, ratio: nil),
            .init(customerId: "V", handlingCost: 30, revenue: 100, ratio: 0.3),
            .init(customerId: "W", handlingCost: 20, revenue: 200, ratio: 0.1),
            .init(customerId: "Y", handlingCost: 10, revenue: 100, ratio: 0.1),
        ])
    }

    @Test func costToServeKeepsAtMostFifty() {
        let tickets = (0..<60).reversed().flatMap { Self.tickets($0 < 10 ? "K0\($0)" : "K\($0)", count: 1, compensation: 1) }
        let rows = Fixture.metrics(tickets, orders: [], asOf: "2026-03-31").customers.costToServe
        #expect(rows.count == 50)
        #expect(rows.first?.customerId == "K00")
        #expect(rows.last?.customerId == "K49")
    }

    @Test func costToServeIsEmptyWithoutOrders() {
        let customers = Fixture.metrics(Self.tickets("A", count: 1, compensation: 100), asOf: "2026-03-31").customers
        #expect(customers.costToServe == [])
        #expect(customers.complainants == 1)
    }
}
