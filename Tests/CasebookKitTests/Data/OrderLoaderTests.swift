import Testing
@testable import CasebookKit

@Suite struct OrderLoaderTests {
    static let path = "Content/data/orders.csv"

    static func load(_ csv: String, columns: [String: String] = [:], lenient: Bool = false,
                     chunkSize: Int = 1 << 20) -> OrderLoadResult {
        var config = SiteConfig()
        config.orders.columns = columns
        var loader = OrderLoader(config: config, zone: TicketLoaderTests.warsaw, lenient: lenient)
        loader.chunkSize = chunkSize
        return loader.load(bytes: Array(csv.utf8), displayPath: path)
    }

    @Test func ordersWithDecimalCommaAndPoint() {
        let result = Self.load("order_id;customer_id;ordered_at;amount\nO1;C1;2026-01-05 10:00;\"199,99\"\nO2;C1;2026-01-06;0\n"
                               + "O3;C2;2026-01-07T10:00Z;1250.5\n")
        #expect(result.log.lines == [])
        #expect(result.orders == [
            Order(id: "O1", customerId: "C1", orderedAt: TicketLoaderTests.instant("2026-01-05T09:00Z"), amount: 199.99, line: 2),
            Order(id: "O2", customerId: "C1", orderedAt: TicketLoaderTests.instant("2026-01-05T23:00Z"), amount: 0, line: 3),
            Order(id: "O3", customerId: "C2", orderedAt: TicketLoaderTests.instant("2026-01-07T10:00Z"), amount: 1250.5, line: 4),
        ])
    }

    @Test func mappedShopExport() {
        let csv = "Numer zamówienia,Klient,Data,Wartość brutto,Status\nZ-1,K-9,2026-03-01 12:00:00,\"49,90\",wysłane\n"
        let result = Self.load(csv, columns: ["order_id": "Numer zamówienia", "customer_id": "Klient",
                                              "ordered_at": "Data", "amount": "Wartość brutto"])
        #expect(result.log.lines == [])
        #expect(result.orders.map(\.amount) == [49.9])
    }

    @Test func everyColumnIsRequired() {
        #expect(Self.load("order_id,customer_id,ordered_at\n").log.lines == [
            "Content/data/orders.csv:1: error: missing required column 'amount' (the header has: order_id, customer_id, "
                + "ordered_at); add the column, or map the export's name for it under orders.columns in site.yml",
        ])
        #expect(Self.load("order_id,customer_id,ordered_at,amount\nO1,C1,2026-01-05,\n").log.lines == [
            "Content/data/orders.csv:2:4: error: amount: required value is empty",
        ])
    }

    @Test func badValuesAndDuplicates() {
        let csv = "order_id,customer_id,ordered_at,amount\nO1,C1,2026-01-05,-10\nO2,C1,2026-02-29,10\nO3,C1,2026-01-05,abc\n"
            + "O2,C2,2026-01-06,5\n"
        let result = Self.load(csv)
        #expect(result.orders.isEmpty)
        #expect(result.log.lines == [
            "Content/data/orders.csv:2:4: error: amount: '-10' must not be negative",
            "Content/data/orders.csv:3:3: error: ordered_at: '2026-02-29' is not a valid date",
            "Content/data/orders.csv:4:4: error: amount: 'abc' is not a number; write digits with at most one decimal "
                + "mark (. or ,) and no thousands separators",
            "Content/data/orders.csv:5:1: error: duplicate order_id 'O2'",
            "Content/data/orders.csv:3:1: note: order_id 'O2' first defined here",
        ])
    }

    @Test func lenientOrders() {
        let result = Self.load("order_id,customer_id,ordered_at,amount\nO1,C1,2026-01-05,-10\nO2,C1,2026-01-05,10\n",
                               lenient: true)
        #expect(result.orders.map(\.id) == ["O2"])
        #expect(result.skipped.map(\.location.line) == [2])
        #expect(result.log.lines == ["Content/data/orders.csv:2:4: warning: row skipped: amount: '-10' must not be negative"])
    }

    @Test func missingOrdersFileIsNil() {
        let loader = OrderLoader(config: SiteConfig(), zone: TicketLoaderTests.warsaw)
        #expect(loader.load(contentsOf: "/nonexistent/orders.csv", displayPath: Self.path) == nil)
    }
}
