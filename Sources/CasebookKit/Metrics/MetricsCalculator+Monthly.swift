// MARK: - Months

extension MetricsCalculator {
    /// Every month from the earliest opened_at or ordered_at month to as_of's month, empty months
    /// included. A month row counts all of that month's tickets, including those dated after
    /// as_of within as_of's own month; tickets of later months fall in no row.
    func monthly(_ facts: [TicketFacts], orders: OrderBook?, asOf: LocalDate) -> [Metrics.Month] {
        var first = orders?.firstMonth ?? Int.max
        let months = Self.monthTable(facts)
        var openedMonth = [Int](repeating: 0, count: facts.count)
        for (index, fact) in facts.enumerated() {
            openedMonth[index] = months.monthIndex(of: fact.opened)
            first = min(first, openedMonth[index])
        }
        let last = asOf.monthIndex
        guard first <= last else { return [] }
        let count = last - first + 1
        var opened = [Int](repeating: 0, count: count)
        var resolved = [Int](repeating: 0, count: count)
        var withinPromise = [Rate](repeating: Rate(), count: count)
        var wellHandled = [Rate](repeating: Rate(), count: count)
        var handlingCost = [Double](repeating: 0, count: count)
        for (index, fact) in facts.enumerated() {
            let slot = openedMonth[index] - first
            if slot < count {
                opened[slot] += 1
                withinPromise[slot].add(fact.promise)
                handlingCost[slot] += fact.handlingCost
            }
            if let resolvedOn = fact.resolved {
                let slot = months.monthIndex(of: resolvedOn) - first
                // A resolution dated before every opening can only come from bad data; skip it.
                if slot >= 0 && slot < count {
                    resolved[slot] += 1
                    wellHandled[slot].add(fact.wellHandled)
                }
            }
        }
        return (0..<count).map { slot in
            let month = first + slot
            let revenue = orders?.revenue(inMonth: month)
            return Metrics.Month(month: Self.monthKey(month), opened: opened[slot], resolved: resolved[slot],
                                 withinPromise: withinPromise[slot], wellHandled: wellHandled[slot],
                                 handlingCost: handlingCost[slot], revenue: revenue,
                                 share: Self.share(handlingCost[slot], of: revenue))
        }
    }

    /// The months of the days from the first opening to the last opening or resolution.
    static func monthTable(_ facts: [TicketFacts]) -> MonthTable {
        var low = Int.max, high = Int.min
        for fact in facts {
            low = min(low, fact.opened.daysSinceEpoch)
            high = max(high, fact.resolved?.daysSinceEpoch ?? high, fact.opened.daysSinceEpoch)
        }
        return MonthTable(days: low <= high ? low...high : 0...0)
    }

    /// `YYYY-MM` of a `LocalDate.monthIndex`.
    static func monthKey(_ monthIndex: Int) -> String {
        let year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        return LocalDate(year: year, month: monthIndex - year * 12 + 1, day: 1)!.monthKey
    }
}
