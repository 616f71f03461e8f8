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
        // Counting sort by customer: count, prefix-sum, place; then sort each customer's few orders.
        var owner = [Int32](repeating: -1, count: orders.count)
        var start = [Int](repeating: 0, count: customers.count + 1)
        var revenueByCustomer = [Double](repeating: 0, count: customers.count)
        var totalRevenue = 0.0
        var months = [Int](repeating: 0, count: orders.count)
        var firstMonth = Int.max, lastMonth = Int.min
        for (index, order) in orders.enumerated() {
            totalRevenue += order.amount
            let month = zone.localDate(order.orderedAt).monthIndex
            months[index] = month
            firstMonth = min(firstMonth, month)
            lastMonth = max(lastMonth, month)
            if let customer = customers.number(of: order.customerId) {
                owner[index] = customer
                start[Int(customer) + 1] += 1
                revenueByCustomer[Int(customer)] += order.amount
            }
        }
        for c in 0..<customers.count { start[c + 1] += start[c] }
        var instants = [Int64](repeating: 0, count: start[customers.count])
        var fill = start
        for (index, order) in orders.enumerated() where owner[index] >= 0 {
            let c = Int(owner[index])
            instants[fill[c]] = order.orderedAt.microseconds
            fill[c] += 1
        }
        instants.withUnsafeMutableBufferPointer { buffer in
            for c in 0..<customers.count where start[c + 1] - start[c] > 1 {
                buffer[start[c]..<start[c + 1]].sort()
            }
        }
        var revenueByMonth: [Double] = []
        if !orders.isEmpty {
            revenueByMonth = [Double](repeating: 0, count: lastMonth - firstMonth + 1)
            for (index, order) in orders.enumerated() { revenueByMonth[months[index] - firstMonth] += order.amount }
        }
        self.start = start
        self.instants = instants
        self.revenueByCustomer = revenueByCustomer
        self.totalRevenue = totalRevenue
        self.firstMonth = orders.isEmpty ? nil : firstMonth
        self.revenueByMonth = revenueByMonth
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
