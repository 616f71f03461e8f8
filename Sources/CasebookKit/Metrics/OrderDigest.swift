/// What orders.csv contributes before the tickets are known: each order's buyer as a number of
/// its own and its local month, and the revenue by month and in total.
///
/// It needs nothing from the tickets, so it is built on one core while the other numbers the
/// complainants; `OrderBook` then joins the two with one lookup per buyer instead of one per order.
struct OrderDigest: Sendable {
    /// Distinct customer_id of the orders, numbered in order of first appearance.
    let buyers: StringNumbering
    /// The buyer number of each order, parallel to the orders.
    let buyerOfOrder: [Int32]
    let totalRevenue: Double
    /// Month index (`LocalDate.monthIndex`) of the first order, `nil` without orders.
    let firstMonth: Int?
    /// Σ amount by month of local_date(ordered_at), from `firstMonth` on.
    let revenueByMonth: [Double]

    init(orders: [Order], zone: TimeZoneRules) {
        var buyers = StringNumbering(capacity: orders.count / 4)
        var buyerOfOrder: [Int32] = []
        buyerOfOrder.reserveCapacity(orders.count)
        var months = [Int32](repeating: 0, count: orders.count)
        var totalRevenue = 0.0
        var firstMonth = Int.max, lastMonth = Int.min
        // Exports list orders by time, so most share the day of the one before: its month is
        // kept rather than worked out again (120 M instructions at 1,200,000 orders).
        var lastDay = LocalDate(daysSinceEpoch: Int.min), lastDayMonth = 0
        buyers.insertAll(orders.indices, key: { orders[$0].customerId }) { index, number in
            buyerOfOrder.append(number)
            totalRevenue += orders[index].amount
            let day = zone.localDate(orders[index].orderedAt)
            if day != lastDay { (lastDay, lastDayMonth) = (day, day.monthIndex) }
            let month = lastDayMonth
            months[index] = Int32(truncatingIfNeeded: month)
            firstMonth = min(firstMonth, month)
            lastMonth = max(lastMonth, month)
        }
        var revenueByMonth: [Double] = []
        if !orders.isEmpty {
            revenueByMonth = [Double](repeating: 0, count: lastMonth - firstMonth + 1)
            for index in orders.indices { revenueByMonth[Int(months[index]) - firstMonth] += orders[index].amount }
        }
        self.buyers = buyers
        self.buyerOfOrder = buyerOfOrder
        self.totalRevenue = totalRevenue
        self.firstMonth = orders.isEmpty ? nil : firstMonth
        self.revenueByMonth = revenueByMonth
    }
}
