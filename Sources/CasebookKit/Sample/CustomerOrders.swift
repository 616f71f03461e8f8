/// The order times of each customer, sorted, in one flat array (compressed rows): enough to ask
/// "did this customer buy in this window?" for a million tickets without a dictionary.
struct CustomerOrders {
    private var start: [Int32]
    private var minutes: [Int32]

    init(_ orders: [SampleOrder], customers: Int) {
        var start = [Int32](repeating: 0, count: customers + 1)
        for order in orders { start[Int(order.customer) + 1] += 1 }
        for index in 0..<customers { start[index + 1] += start[index] }
        var next = start
        var minutes = [Int32](repeating: 0, count: orders.count)
        for order in orders {
            minutes[Int(next[Int(order.customer)])] = order.minute
            next[Int(order.customer)] += 1
        }
        for customer in 0..<customers where start[customer + 1] - start[customer] > 1 {
            minutes[Int(start[customer])..<Int(start[customer + 1])].sort()
        }
        self.start = start
        self.minutes = minutes
    }

    /// An order with `after < minute <= after + within`.
    func any(_ customer: Int, after: Int, within: Int) -> Bool {
        var low = Int(start[customer]), high = Int(start[customer + 1])
        while low < high {
            let mid = (low + high) / 2
            if Int(minutes[mid]) <= after { low = mid + 1 } else { high = mid }
        }
        return low < Int(start[customer + 1]) && Int(minutes[low]) <= after + within
    }
}
