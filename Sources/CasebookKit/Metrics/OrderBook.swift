import CasebookC

/// orders.csv arranged for the metrics: complainants' order times grouped by customer and sorted,
/// revenue per complainant, per month and in total.
struct OrderBook: Sendable {
    /// Orders of customer c are `instants[start[c]..<start[c + 1]]`, ascending.
    private let start: [Int]
    private let instants: [Int64]
    /// Σ amount per complainant number (all of their orders, whatever the date).
    let revenueByCustomer: [Double]
    let totalRevenue: Double
    /// Month index (`LocalDate.monthIndex`) of the first order, `nil` without orders.
    let firstMonth: Int?
    /// Σ amount by month of local_date(ordered_at), from `firstMonth` on.
    let revenueByMonth: [Double]

    init(orders: [Order], customers: CustomerIndex, zone: TimeZoneRules) {
        self.init(orders: orders, digest: OrderDigest(orders: orders, zone: zone), customers: customers)
    }

    init(orders: [Order], digest: OrderDigest, customers: CustomerIndex) {
        let complainantOfBuyer = Self.complainantOfBuyer(digest: digest, customers: customers)
        // Counting sort by complainant: count, prefix-sum, place; then sort each customer's few
        // orders. Through the buffers: `fill[customer] += 1` on the array checked its uniqueness
        // (a call) for every order.
        var start = [Int](repeating: 0, count: customers.count + 1)
        var revenueByCustomer = [Double](repeating: 0, count: customers.count)
        var instants: [Int64] = []
        let buyerOfOrder = digest.buyerOfOrder
        // By index, here and below: `for order in orders` copied each order (two strings retained).
        start.withUnsafeMutableBufferPointer { start in
            revenueByCustomer.withUnsafeMutableBufferPointer { revenue in
                for index in orders.indices {
                    let customer = Int(complainantOfBuyer[Int(buyerOfOrder[index])])
                    guard customer >= 0 else { continue }
                    start[customer + 1] += 1
                    revenue[customer] += orders[index].amount
                }
            }
            for c in 0..<customers.count { start[c + 1] += start[c] }
            instants = [Int64](unsafeUninitializedCapacity: start[customers.count]) { instants, count in
                var fill = Array(start)
                fill.withUnsafeMutableBufferPointer { fill in
                    for index in orders.indices {
                        let customer = Int(complainantOfBuyer[Int(buyerOfOrder[index])])
                        guard customer >= 0 else { continue }
                        instants[fill[customer]] = orders[index].orderedAt.microseconds
                        fill[customer] += 1
                    }
                }
                for c in 0..<customers.count where start[c + 1] - start[c] > 1 {
                    instants[start[c]..<start[c + 1]].sort()
                }
                count = start[customers.count]
            }
        }
        self.start = start
        self.instants = instants
        self.revenueByCustomer = revenueByCustomer
        totalRevenue = digest.totalRevenue
        firstMonth = digest.firstMonth
        revenueByMonth = digest.revenueByMonth
    }

    /// The complainant number of each buyer, -1 for buyers who never complained.
    ///
    /// One lookup per complainant in the buyers' table, tens of megabytes at a million orders,
    /// so they are read ahead in blocks and made on both cores: a third of the order book, which
    /// the compute stage waits for on one core (perf at large: 80 ms in all). Distinct
    /// complainants are distinct buyers, so the two halves never write the same entry.
    private static func complainantOfBuyer(digest: OrderDigest, customers: CustomerIndex) -> [Int32] {
        var table = [Int32](repeating: -1, count: digest.buyers.count)
        let ids = customers.ids, buyers = digest.buyers
        table.withUnsafeMutableBufferPointer { table in
            nonisolated(unsafe) let table = table
            @Sendable func look(_ range: Range<Int>) {
                buyers.lookUpAll(range, key: { ids[$0] }) { number, buyer in
                    if let buyer { table[Int(buyer)] = Int32(number) }
                }
            }
            guard ids.count >= 1 << 14 else { return look(ids.indices) }
            _ = Parallel.both({ look(0..<ids.count / 2) }, { look(ids.count / 2..<ids.count) })
        }
        return table
    }

    /// Σ order amounts in a month, 0 for a month without orders.
    func revenue(inMonth month: Int) -> Double {
        guard let firstMonth, month >= firstMonth, month - firstMonth < revenueByMonth.count else { return 0 }
        return revenueByMonth[month - firstMonth]
    }

    /// Brings the customer's entry of `start` toward the cache, without waiting for it.
    @inline(__always)
    func prefetchStart(customer: Int32) {
        start.withUnsafeBufferPointer { casebook_prefetch($0.baseAddress! + Int(customer)) }
    }

    /// Brings the customer's first order time toward the cache, without waiting for it: reads
    /// the customer's `start` entry, which `prefetchStart` should have brought in by then.
    @inline(__always)
    func prefetchOrders(customer: Int32) {
        let first = start[Int(customer)]
        instants.withUnsafeBufferPointer { instants in
            if let base = instants.baseAddress, !instants.isEmpty { casebook_prefetch(base + min(first, instants.count - 1)) }
        }
    }

    /// Whether the customer ordered at some instant t with `after < t <= through`.
    @inline(__always)
    func hasOrder(customer: Int32, after: Instant, through: Instant) -> Bool {
        var low = start[Int(customer)], high = start[Int(customer) + 1]
        // First order strictly after `after`, by binary search.
        while low < high {
            let mid = (low + high) >> 1
            if instants[mid] <= after.microseconds { low = mid + 1 } else { high = mid }
        }
        return low < start[Int(customer) + 1] && instants[low] <= through.microseconds
    }
}
