/// The 18 months the sample covers, ending on the example's report date, with the shape of a
/// Polish online shop's year: a November–December peak, Black Friday, returns after Christmas.
/// Times are naive local wall-clock minutes counted from the first day, as a helpdesk exports them.
struct SampleCalendar {
    static let first = LocalDate(year: 2025, month: 1, day: 1)!
    /// The report date of the example site (site.yml `as_of`); nothing happens after it.
    static let last = LocalDate(year: 2026, month: 6, day: 30)!
    static let days = last - first + 1
    static let minutesPerDay = 1440
    /// One past the last minute of the span.
    static let endMinute = days * minutesPerDay
    /// Purchases behind a complaint can be up to two years older than the span.
    static let earliestDay = -800

    /// `YYYY-MM-DD` for every day from `earliestDay` to the end, ten bytes each.
    private let dateText: [UInt8]
    let month: [UInt8]
    /// 0 = Monday … 6 = Sunday.
    let weekday: [UInt8]
    let ticketWeight: [Double]
    let orderWeight: [Double]
    let ticketCumulative: [Double]
    let orderCumulative: [Double]

    init() {
        var text: [UInt8] = []
        text.reserveCapacity((Self.days - Self.earliestDay) * 10)
        for offset in Self.earliestDay..<Self.days {
            let date = Self.first + offset
            var writer = ByteWriter(capacity: 10)
            writer.int(date.year, width: 4)
            writer.byte(UInt8(ascii: "-"))
            writer.int(date.month, width: 2)
            writer.byte(UInt8(ascii: "-"))
            writer.int(date.day, width: 2)
            text += writer.bytes
        }
        dateText = text
        var month: [UInt8] = [], weekday: [UInt8] = [], tickets: [Double] = [], orders: [Double] = []
        for offset in 0..<Self.days {
            let date = Self.first + offset
            // 1970-01-01 was a Thursday.
            let day = UInt8((date.daysSinceEpoch % 7 + 7 + 3) % 7)
            month.append(UInt8(date.month))
            weekday.append(day)
            let growth = 1 + 0.18 * Double(offset) / Double(Self.days)
            tickets.append(growth * Self.ticketSeason(date) * [1.25, 1.1, 1.0, 1.0, 0.95, 0.7, 0.6][Int(day)])
            orders.append(growth * Self.orderSeason(date) * [1.0, 1.0, 0.95, 0.95, 0.9, 0.9, 1.15][Int(day)])
        }
        self.month = month
        self.weekday = weekday
        ticketWeight = tickets
        orderWeight = orders
        ticketCumulative = Self.cumulative(tickets)
        orderCumulative = Self.cumulative(orders)
    }

    /// Writes day `offset` (from the first day; negative for purchases before the span).
    @inline(__always) func writeDate(_ offset: Int, to writer: inout ByteWriter) {
        let start = (offset - Self.earliestDay) * 10
        dateText.withUnsafeBufferPointer { writer.bytes.append(contentsOf: $0[start..<start + 10]) }
    }

    /// `YYYY-MM-DD HH:MM`, or `YYYY-MM-DDTHH:MM:SS` when `seconds` is given (phone and chat
    /// systems log seconds) — both naive local time.
    @inline(__always) func writeTimestamp(_ minute: Int, seconds: Int?, to writer: inout ByteWriter) {
        writeDate(minute / Self.minutesPerDay, to: &writer)
        let inDay = minute % Self.minutesPerDay
        writer.byte(seconds == nil ? 0x20 : UInt8(ascii: "T"))
        writer.int(inDay / 60, width: 2)
        writer.byte(UInt8(ascii: ":"))
        writer.int(inDay % 60, width: 2)
        if let seconds {
            writer.byte(UInt8(ascii: ":"))
            writer.int(seconds, width: 2)
        }
    }

    func date(_ offset: Int) -> LocalDate { Self.first + offset }

    /// A day drawn with the given cumulative weights.
    func day(_ cumulative: [Double], _ random: inout SplitMix64) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func blackFriday(_ year: Int) -> LocalDate {
        // The last Friday of November.
        var date = LocalDate(year: year, month: 11, day: 30)!
        while (date.daysSinceEpoch % 7 + 7 + 3) % 7 != 4 { date = date - 1 }
        return date
    }

    /// Complaints follow deliveries: they peak a few days after Black Friday and before Christmas,
    /// and January brings the returns of unwanted gifts.
    private static func ticketSeason(_ date: LocalDate) -> Double {
        let byMonth = [1.3, 0.9, 0.95, 0.95, 1.0, 0.95, 0.9, 0.85, 0.95, 1.05, 1.3, 1.65]
        var factor = byMonth[date.month - 1]
        let sinceBlackFriday = date - blackFriday(date.year)
        if (2...12).contains(sinceBlackFriday) { factor *= 1.6 }
        if date.month == 12 && date.day >= 24 && date.day <= 26 { factor *= 0.35 }
        if date.month == 1 && date.day <= 20 { factor *= 1.25 }
        return factor
    }

    private static func orderSeason(_ date: LocalDate) -> Double {
        let byMonth = [0.75, 0.8, 0.95, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.1, 1.45, 1.75]
        var factor = byMonth[date.month - 1]
        let sinceBlackFriday = date - blackFriday(date.year)
        if (0...3).contains(sinceBlackFriday) { factor *= 3.2 }
        if (-7 ... -1).contains(sinceBlackFriday) { factor *= 1.4 }
        if date.month == 12 && date.day >= 21 { factor *= date.day <= 26 ? 0.3 : 0.6 }
        return factor
    }

    private static func cumulative(_ weights: [Double]) -> [Double] {
        var sum = 0.0
        return weights.map { sum += $0; return sum }
    }
}
