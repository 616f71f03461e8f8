/// The month (`LocalDate.monthIndex`) of every day of a span, read from a table by day number.
///
/// The monthly figures put a million tickets into months twice (opened, resolved); working each
/// month out from the day number was 200 M instructions at that size, for the few thousand days
/// a site's data covers. Days outside the span are worked out as before.
struct MonthTable {
    private let firstDay: Int
    private let months: [Int32]

    /// Spans longer than this (only bad data has them) get no table.
    static let longestSpan = 40_000

    init(days: ClosedRange<Int>) {
        firstDay = days.lowerBound
        guard days.count <= Self.longestSpan else {
            months = []
            return
        }
        var months = [Int32](repeating: 0, count: days.count)
        var day = days.lowerBound
        while day <= days.upperBound {
            // The rest of the day's month at once.
            let (year, month, dayOfMonth) = LocalDate(daysSinceEpoch: day).components
            let monthEnd = day + LocalDate.daysIn(month: month, year: year) - dayOfMonth
            for slot in (day - firstDay)...(min(monthEnd, days.upperBound) - firstDay) { months[slot] = Int32(truncatingIfNeeded: year * 12 + month - 1) }
            day = monthEnd + 1
        }
        self.months = months
    }

    @inline(__always)
    func monthIndex(of date: LocalDate) -> Int {
        let offset = date.daysSinceEpoch &- firstDay
        return offset >= 0 && offset < months.count ? Int(months[offset]) : date.monthIndex
    }
}
