import Foundation

/// Lays out the shop's orders: the purchases the stories name, the purchases behind refund
/// requests, the ordinary sales, and the return purchases that make complainants "retained" —
/// exactly `count` in all.
///
/// Retention is steered, not left to chance: walking the resolved tickets in the order they were
/// closed, a complainant who already buys again within 90 days (an ordinary sale, or a return
/// purchase after an earlier ticket) counts as retained; for the others a return purchase is
/// planted so that about 80% of well-handled and 45% of the other complainants come back.
struct OrderPlanner {
    let calendar: SampleCalendar
    let pool: CustomerPool
    let count: Int
    /// Handling cost of all tickets, in złoty; order amounts are scaled so it is ~3.5% of revenue.
    let ticketCost: Double

    static let windowDays = 90
    static let wellHandledTarget = 0.78, otherTarget = 0.42

    static let orderHourShare: [Double] = [0.4, 0.2, 0, 0.1, 0.1, 0.2, 0.5, 1.0, 1.6, 2.0, 2.2, 2.2,
                                           2.3, 2.2, 2.1, 2.1, 2.2, 2.4, 2.8, 3.3, 3.7, 3.8, 3.0, 1.5]

    func plan(tickets: [SampleTicket], stories: [SampleOrder], random r: inout SplitMix64) -> [SampleOrder] {
        var orders = Array(stories.prefix(count))
        orders.reserveCapacity(count)
        let free = count - orders.count
        let scale = amountScale(orders: free)
        let resolved = tickets.indices
            .filter { tickets[$0].resolved >= 0 && Int(tickets[$0].customer) >= pool.reserved }
            .sorted { (tickets[$0].resolved, $0) < (tickets[$1].resolved, $1) }
        // A refund is the refund of a purchase: the refunded order is in the export too.
        for ticket in tickets where ticket.refund >= 0 && ticket.purchasedDay >= 0 && Int(ticket.customer) >= pool.reserved {
            guard orders.count < count else { break }
            let minute = Int(ticket.purchasedDay) * SampleCalendar.minutesPerDay + r.pick(Self.orderHourShare) * 60 + r.below(60)
            orders.append(SampleOrder(customer: ticket.customer, minute: Int32(minute), cents: ticket.refundCents))
        }
        let planted = expectedPlanted(tickets, resolved, free: count - orders.count)
        let background = max(0, count - orders.count - Int(planted))

        // Ordinary sales. Return purchases only start once the first complaints are closed, so
        // ordinary sales are denser in the first weeks to keep revenue level.
        let ramp = background > 0 ? planted / Double(background) : 0
        var cumulative: [Double] = [], sum = 0.0
        for day in 0..<SampleCalendar.days {
            sum += calendar.orderWeight[day] * (1 + ramp * max(0, 1 - Double(day) / 60))
            cumulative.append(sum)
        }
        for _ in 0..<background { orders.append(sale(pool.buyer(&r), cumulative, scale, &r)) }
        let sales = CustomerOrders(orders, customers: pool.count)

        let window = Self.windowDays * SampleCalendar.minutesPerDay
        let lastObserved = (SampleCalendar.days - Self.windowDays) * SampleCalendar.minutesPerDay
        var latestReturn = [Int32](repeating: -1, count: pool.count)
        var seen = [0, 0], kept = [0, 0]
        for index in resolved {
            guard orders.count < count else { break }
            let ticket = tickets[index], customer = Int(ticket.customer), closed = Int(ticket.resolved)
            let well = ticket.isWellHandled ? 1 : 0
            let target = well == 1 ? Self.wellHandledTarget : Self.otherTarget
            let already = latestReturn[customer] > Int32(closed) || sales.any(customer, after: closed, within: window)
            var plant: Bool
            if closed < lastObserved {
                seen[well] += 1
                if already { kept[well] += 1; continue }
                // Error diffusion: plant when the class falls behind its target.
                plant = r.chance(min(1, max(0, target * Double(seen[well]) - Double(kept[well]))))
                if plant { kept[well] += 1 }
            } else {
                plant = !already && r.chance(target)
            }
            guard plant else { continue }
            let minute = closed + r.int(SampleCalendar.minutesPerDay...(window - 2 * SampleCalendar.minutesPerDay))
            guard minute < SampleCalendar.endMinute else { continue }
            latestReturn[customer] = Int32(minute)
            orders.append(SampleOrder(customer: Int32(customer), minute: Int32(avoidSkippedHour(minute)),
                                      cents: amount(scale, &r)))
        }
        // Whatever is left goes to customers who never complained, so it moves no retention figure.
        var complained = [Bool](repeating: false, count: pool.count)
        for ticket in tickets { complained[Int(ticket.customer)] = true }
        while orders.count < count {
            var buyer = pool.buyer(&r)
            for _ in 0..<20 where complained[buyer] { buyer = pool.buyer(&r) }
            orders.append(sale(buyer, calendar.orderCumulative, scale, &r))
        }
        // The export lists orders by time; ties keep the order they were made in.
        var keys = orders.indices.map { UInt64(UInt32(orders[$0].minute)) << 32 | UInt64($0) }
        keys.sort()
        return keys.map { orders[Int($0 & 0xFFFF_FFFF)] }
    }

    private func sale(_ customer: Int, _ cumulative: [Double], _ scale: Double, _ r: inout SplitMix64) -> SampleOrder {
        let day = calendar.day(cumulative, &r)
        let minute = day * SampleCalendar.minutesPerDay + r.pick(Self.orderHourShare) * 60 + r.below(60)
        return SampleOrder(customer: Int32(customer), minute: Int32(minute), cents: amount(scale, &r))
    }

    /// How many return purchases the targets will need, given that ordinary sales already land
    /// in some windows; solved together with the ordinary sales that share the same budget.
    private func expectedPlanted(_ tickets: [SampleTicket], _ resolved: [Int], free: Int) -> Double {
        guard pool.orderWeightTotal > 0 else { return 0 }
        let windowShare = Double(Self.windowDays) / Double(SampleCalendar.days)
        var background = Double(free) * 0.5, planted = 0.0
        for _ in 0..<4 {
            let perWeight = background / pool.orderWeightTotal * windowShare
            planted = 0
            for index in resolved {
                let ticket = tickets[index]
                let anyway = 1 - exp(-perWeight * pool.orderWeight[Int(ticket.customer)])
                let target = ticket.isWellHandled ? Self.wellHandledTarget : Self.otherTarget
                planted += max(0, (target - anyway) / (1 - anyway))
            }
            planted = min(planted, Double(free))
            background = max(0, Double(free) - planted)
        }
        return planted
    }

    /// Baskets of a home-and-electronics shop: textiles and small items, appliances, furniture.
    private func amount(_ scale: Double, _ r: inout SplitMix64) -> Int32 {
        let u = r.unit()
        let zloty = u < 0.45 ? r.logNormal(median: 150, sigma: 0.6)
            : u < 0.8 ? r.logNormal(median: 700, sigma: 0.5) : r.logNormal(median: 2500, sigma: 0.5)
        let whole = max(9, Int((zloty * scale).rounded()))
        return Int32(whole * 100 - (r.chance(0.4) ? 1 : 0))
    }

    private static let meanAmount: Double = {
        let small: Double = 0.45 * 150 * exp(0.18), middle: Double = 0.35 * 700 * exp(0.125)
        return small + middle + 0.2 * 2500 * exp(0.125)
    }()

    /// Keeps the handling cost near 3.5% of revenue whatever the ratio of orders to tickets.
    private func amountScale(orders: Int) -> Double {
        guard orders > 0, ticketCost > 0 else { return 1 }
        let scale = ticketCost / 0.035 / (Double(orders) * Self.meanAmount)
        return min(3, max(0.3, scale))
    }

    private func avoidSkippedHour(_ minute: Int) -> Int {
        minute % SampleCalendar.minutesPerDay / 60 == 2 ? minute + 60 : minute
    }
}
