/// Which of a list of months (`YYYY-MM`) each day falls in, by position in the list.
///
/// The monthly series on the pages count a million tickets each; with a table by day, a ticket's
/// month is one array read, where working out its month from the day number and then hashing it
/// cost about 250 instructions per ticket, per series.
struct MonthSlots {
    private let firstDay: Int
    /// By day from `firstDay`: the month's position, or -1 for a day in no listed month.
    private let positions: [Int32]

    /// Months that are not `YYYY-MM`, or whose last day `keep` turns away, have no days.
    init(_ months: [String], keep: (_ lastDay: LocalDate) -> Bool = { _ in true }) {
        let spans: [(position: Int, first: Int, last: Int)] = months.enumerated().compactMap { position, key in
            guard let first = LocalDate(iso: key + "-01") else { return nil }
            let last = first + (LocalDate.daysIn(month: first.month, year: first.year) - 1)
            return keep(last) ? (position, first.daysSinceEpoch, last.daysSinceEpoch) : nil
        }
        guard let low = spans.map(\.first).min(), let high = spans.map(\.last).max() else {
            (firstDay, positions) = (0, [])
            return
        }
        var positions = [Int32](repeating: -1, count: high - low + 1)
        for span in spans {
            // A month listed twice keeps its last position, as a dictionary by month would.
            for day in span.first...span.last { positions[day - low] = Int32(span.position) }
        }
        (firstDay, self.positions) = (low, positions)
    }

    /// The position in the list of the month `date` falls in, or `nil`.
    @inline(__always)
    func position(of date: LocalDate) -> Int? {
        let offset = date.daysSinceEpoch &- firstDay
        guard offset >= 0, offset < positions.count else { return nil }
        let position = positions[offset]
        return position < 0 ? nil : Int(position)
    }
}
