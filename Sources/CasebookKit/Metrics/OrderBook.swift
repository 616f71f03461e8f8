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
        // The complainant number of each buyer (-1 for buyers who never complained).
        var complainantOfBuyer = [Int32](repeating: -1, count: digest.buyers.count)
        for (number, id) in customers.ids.enumerated() {
            if let buyer = digest.buyers.number(of: id) { complainantOfBuyer[Int(buyer)] = Int32(number) }
        }
        // Counting sort by complainant: count, prefix-sum, place; then sort each customer's few orders.
        var start = [Int](repeating: 0, count: customers.count + 1)
        var revenueByCustomer = [Double](repeating: 0, count: customers.count)
        // By index, here and below: `for order in orders` copied each order (two strings retained).
        for index in orders.indices {
            let customer = Int(complainantOfBuyer[Int(digest.buyerOfOrder[index])])
            guard customer >= 0 else { continue }
            start[customer + 1] += 1
            revenueByCustomer[customer] += orders[index].amount
        }
        for c in 0..<customers.count { start[c + 1] += start[c] }
        var instants = [Int64](repeating: 0, count: start[customers.count])
        var fill = start
        for index in orders.indices {
            let customer = Int(complainantOfBuyer[Int(digest.buyerOfOrder[index])])
            guard customer >= 0 else { continue }
            instants[fill[customer]] = orders[index].orderedAt.microseconds
            fill[customer] += 1
        }
        instants.withUnsafeMutableBufferPointer { buffer in
            for c in 0..<customers.count where start[c + 1] - start[c] > 1 {
                buffer[start[c]..<start[c + 1]].sort()
            }
        }
        self.start = start
        self.instants = instants
        self.revenueByCustomer = revenueByCustomer
        totalRevenue = digest.totalRevenue
        firstMonth = digest.firstMonth
        revenueByMonth = digest.revenueByMonth
    }

    /// Σ order amounts in a month, 0 for a month without orders.
    func revenue(inMonth month: Int) -> Double {
        guard let firstMonth, month >= firstMonth, month - firstMonth < revenueByMonth.count else { return 0 }
        return revenueByMonth[month - firstMonth]
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
