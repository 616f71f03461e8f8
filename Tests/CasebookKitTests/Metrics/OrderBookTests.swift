import Testing
@testable import CasebookKit

/// The order book against a plain reading of the orders: each complainant's revenue and whether
/// they ordered in a window. 20,000 complainants take the two-core path of its buyer table.
@Suite struct OrderBookTests {
    @Test(arguments: [50, 20_000])
    func agreesWithAPlainReadingOfTheOrders(complainants: Int) {
        let zone = TimeZoneRules.fixed(offsetSeconds: 0)
        // Complainant c has tickets; buyers are every other complainant plus some who never complained.
        let tickets = (0..<complainants).map { Ticket(id: "ZG-\($0)", customerId: "KL-\($0 * 7 % complainants)",
                                                      openedAt: Instant(microseconds: 0)) }
        var orders: [Order] = []
        for number in 0..<(complainants * 2) {
            let buyer = number % 3 == 0 ? "NB-\(number)" : "KL-\((number * 2) % complainants)"
            // Out of time order within a buyer, so the per-buyer sort matters.
            orders.append(Order(id: "ZM-\(number)", customerId: buyer,
                                orderedAt: Instant(microseconds: Int64((number * 7_919) % 10_007) * 1_000_000),
                                amount: Double(number % 50) + 0.25))
        }
        let customers = CustomerIndex(tickets: tickets)
        let book = OrderBook(orders: orders, customers: customers, zone: zone)
        var revenue: [String: Double] = [:], times: [String: [Int64]] = [:]
        for order in orders {
            revenue[order.customerId, default: 0] += order.amount
            times[order.customerId, default: []].append(order.orderedAt.microseconds)
        }
        // Counted, then expected once: 100,000 expectations made the test slow in debug builds.
        var wrongRevenue: [String] = [], wrongWindows: [String] = []
        for (number, id) in customers.ids.enumerated() {
            if book.revenueByCustomer[number] != revenue[id, default: 0] { wrongRevenue.append(id) }
            for (after, through) in [(0, 5_000), (5_000, 10_007), (-1, 0), (9_000, 9_001)] {
                let (low, high) = (Int64(after) * 1_000_000, Int64(through) * 1_000_000)
                let expected = times[id, default: []].contains { $0 > low && $0 <= high }
                if book.hasOrder(customer: Int32(number), after: Instant(microseconds: low),
                                 through: Instant(microseconds: high)) != expected { wrongWindows.append("\(id) \(after)") }
            }
        }
        #expect(customers.count == complainants)
        #expect(wrongRevenue.isEmpty && wrongWindows.isEmpty)
        #expect(book.totalRevenue == orders.reduce(0) { $0 + $1.amount })
    }
}
