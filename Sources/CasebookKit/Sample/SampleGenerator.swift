/// `casebook sample`: a deterministic, realistic demo data set — tickets.csv and orders.csv, and
/// with `cases > 0` a whole content folder (site.yml, playbooks, case write-ups citing the tickets).
/// Same parameters, same bytes: every draw comes from SplitMix64 streams seeded by `seed`.
public enum SampleGenerator {
    /// What was written, for the command's one-line report.
    public struct Summary: Sendable, Equatable {
        public var tickets: Int
        public var orders: Int
        public var cases: Int
        public var storyTickets: Int
    }

    /// Writes the data set into `directory` (data/tickets.csv, data/orders.csv, and the content
    /// files when cases are asked for).
    @discardableResult
    public static func write(_ parameters: SampleParameters, to directory: String) throws -> Summary {
        try run(parameters, into: FolderSink(root: directory))
    }

    /// The same files in memory, relative path → bytes.
    public static func files(_ parameters: SampleParameters) throws -> [String: [UInt8]] {
        let sink = MemorySink()
        _ = try run(parameters, into: sink)
        return sink.files
    }

    static func run(_ parameters: SampleParameters, into sink: SampleSink) throws -> Summary {
        if let problem = parameters.problem { throw SampleError(message: problem) }
        let data = SampleData.make(parameters)
        let csv = SampleCSV(calendar: data.calendar)
        try sink.begin("data/tickets.csv")
        try csv.writeTickets(data.tickets) { chunk in
            try sink.append(chunk.bytes)
            chunk.bytes.removeAll(keepingCapacity: true)
        }
        try sink.end()
        try sink.begin("data/orders.csv")
        try csv.writeOrders(data.orders) { chunk in
            try sink.append(chunk.bytes)
            chunk.bytes.removeAll(keepingCapacity: true)
        }
        try sink.end()
        if parameters.cases > 0 {
            try SampleContent(data: data, seed: parameters.seed).write(cases: parameters.cases, into: sink)
        }
        return Summary(tickets: data.tickets.count, orders: data.orders.count, cases: parameters.cases,
                       storyTickets: data.storyTickets)
    }
}

/// The generated rows, before they become text.
struct SampleData {
    let calendar: SampleCalendar
    /// In id order: the story tickets first, then the rest by opening time.
    let tickets: [SampleTicket]
    let orders: [SampleOrder]
    let storyTickets: Int

    static let hourlyCost = 80.0

    static func make(_ p: SampleParameters) -> SampleData {
        let calendar = SampleCalendar()
        let planted = StoryTickets.applies(tickets: p.tickets, customers: p.customers, orders: p.orders)
        let stories = planted ? StoryTickets.stories : []
        var customerRandom = SplitMix64(seed: p.seed, stream: 1)
        let pool = CustomerPool(count: p.customers, reserved: planted ? StoryTickets.customerCount : 0,
                                random: &customerRandom)

        var tickets: [SampleTicket] = []
        tickets.reserveCapacity(p.tickets)
        for (index, story) in stories.enumerated() {
            var ticket = story.ticket
            ticket.number = Int32(index + 1)
            ticket.customer = Int32(story.customer)
            tickets.append(ticket)
        }

        // How many tickets open on each day, then the day's times in order, so ids follow time.
        var dayRandom = SplitMix64(seed: p.seed, stream: 2)
        var perDay = [Int](repeating: 0, count: SampleCalendar.days)
        for _ in 0..<(p.tickets - stories.count) { perDay[calendar.day(calendar.ticketCumulative, &dayRandom)] += 1 }
        let synthesizer = TicketSynthesizer(calendar: calendar)
        var ticketRandom = SplitMix64(seed: p.seed, stream: 3)
        var times: [Int] = []
        for day in 0..<SampleCalendar.days where perDay[day] > 0 {
            times.removeAll(keepingCapacity: true)
            for _ in 0..<perDay[day] {
                let hour = ticketRandom.pick(TicketSynthesizer.openingHourShare)
                times.append(day * SampleCalendar.minutesPerDay + hour * 60 + ticketRandom.below(60))
            }
            times.sort()
            for minute in times {
                let customer = pool.complainant(&customerRandom)
                tickets.append(synthesizer.make(number: tickets.count + 1, customer: customer, opened: minute,
                                                random: &ticketRandom))
            }
        }

        var cost = 0.0
        for t in tickets {
            if t.handlingMinutes > 0 { cost += Double(t.handlingMinutes) / 60 * hourlyCost }
            cost += Double(t.compensationCents) / 100
        }
        let storyOrders = planted ? StoryTickets.orders.map {
            SampleOrder(customer: Int32($0.0 - 1), minute: StoryTickets.minute($0.1), cents: Int32($0.2))
        } : []
        var orderRandom = SplitMix64(seed: p.seed, stream: 4)
        let orders = OrderPlanner(calendar: calendar, pool: pool, count: p.orders, ticketCost: cost)
            .plan(tickets: tickets, stories: storyOrders, random: &orderRandom)
        return SampleData(calendar: calendar, tickets: tickets, orders: orders, storyTickets: stories.count)
    }
}
