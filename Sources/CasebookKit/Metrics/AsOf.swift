/// Picks the date the report is "as of": site.yml `as_of`, else `--as-of`, else the latest local
/// date among all timestamps in the data. Nothing here reads the machine's clock.
public enum AsOf {
    /// The report date, or `nil` when neither setting is given and the data holds no timestamp
    /// (the caller decides what to do then).
    public static func resolve(for library: Library, option: LocalDate?, zone: TimeZoneRules) -> LocalDate? {
        library.config.asOf ?? option ?? latestDate(tickets: library.tickets, orders: library.orders, zone: zone)
    }

    /// The latest local date among the tickets' opened_at, first_response_at, answered_at and
    /// resolved_at and the orders' ordered_at. purchased_at is a plain date, not a timestamp, and
    /// is left out: it lies before the complaint anyway.
    public static func latestDate(tickets: [Ticket], orders: [Order]?, zone: TimeZoneRules) -> LocalDate? {
        // Compared as local dates rather than instants: where a zone turns the clock back across
        // midnight, the latest instant is not always on the latest local date.
        var latest: LocalDate?
        func consider(_ instant: Instant?) {
            guard let instant else { return }
            let date = zone.localDate(instant)
            if latest.map({ $0 < date }) ?? true { latest = date }
        }
        for ticket in tickets {
            consider(ticket.openedAt)
            consider(ticket.firstResponseAt)
            consider(ticket.answeredAt)
            consider(ticket.resolvedAt)
        }
        for order in orders ?? [] { consider(order.orderedAt) }
        return latest
    }
}
