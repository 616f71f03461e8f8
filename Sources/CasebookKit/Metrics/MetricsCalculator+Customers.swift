// MARK: - Customers

extension MetricsCalculator {
    /// The most cost_to_serve rows metrics.json lists.
    static let costToServeLimit = 50

    /// Complainants, repeat complainants and the customers who cost more to serve than the
    /// handling reserve allows. Without orders.csv a customer's revenue is unknown, so
    /// cost_to_serve is empty.
    func customers(_ customers: CustomerIndex, _ facts: [TicketFacts], orders: OrderBook?) -> Metrics.Customers {
        var tickets = [Int](repeating: 0, count: customers.count)
        var handlingCost = [Double](repeating: 0, count: customers.count)
        for (index, fact) in facts.enumerated() {
            let customer = Int(customers.ofTicket[index])
            tickets[customer] += 1
            handlingCost[customer] += fact.handlingCost
        }
        // Sorted on integer keys: most repeat complainants tie on their ticket count, and comparing
        // their ids as strings was 700 M instructions at 1,000,000 tickets. Ids that share their
        // first 16 bytes are compared whole.
        let repeatComplainants = (0..<customers.count)
            .filter { tickets[$0] >= policy.repeatComplainantMin }
            .map { (tickets: tickets[$0], key: ByteOrderKey(customers.ids[$0]), customer: $0) }
            .sorted { a, b in
                if a.tickets != b.tickets { return a.tickets > b.tickets }
                if a.key != b.key { return a.key < b.key }
                return customers.ids[a.customer].precedesInByteOrder(customers.ids[b.customer])
            }
            .map { Metrics.RepeatComplainant(customerId: customers.ids[$0.customer], tickets: $0.tickets) }

        var costToServe: [Metrics.CostToServe] = []
        if let orders {
            let high = config.targets.handlingCostShare.high
            // The first `costToServeLimit` in `costToServeOrder`, kept sorted as candidates arrive:
            // the order is total, so this is the head of the fully sorted list, without sorting
            // the hundred thousand customers a large export puts over the reserve.
            costToServe.reserveCapacity(Self.costToServeLimit + 1)
            for customer in 0..<customers.count {
                let revenue = orders.revenueByCustomer[customer]
                // Revenue 0 counts: any handling cost then exceeds the reserve.
                guard handlingCost[customer] > high * revenue else { continue }
                let row = Metrics.CostToServe(
                    customerId: customers.ids[customer], handlingCost: handlingCost[customer], revenue: revenue,
                    ratio: revenue == 0 ? nil : handlingCost[customer] / revenue)
                if costToServe.count == Self.costToServeLimit {
                    guard Self.costToServeOrder(row, costToServe[costToServe.count - 1]) else { continue }
                    costToServe.removeLast()
                }
                var low = 0, upper = costToServe.count
                while low < upper {
                    let mid = (low + upper) / 2
                    if Self.costToServeOrder(costToServe[mid], row) { low = mid + 1 } else { upper = mid }
                }
                costToServe.insert(row, at: low)
            }
        }
        return Metrics.Customers(complainants: customers.count, repeatComplainants: repeatComplainants, costToServe: costToServe)
    }

    /// Null ratios first, then ratio descending, then customer_id.
    static func costToServeOrder(_ a: Metrics.CostToServe, _ b: Metrics.CostToServe) -> Bool {
        switch (a.ratio, b.ratio) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (x?, y?) where x != y: return x > y
        default: return a.customerId.precedesInByteOrder(b.customerId)
        }
    }
}
