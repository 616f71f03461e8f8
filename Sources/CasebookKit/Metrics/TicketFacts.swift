/// What the calculator derives once per ticket (local dates, deadline checks, judgements,
/// cost), so every facet reads plain values and no local date is computed twice.
struct TicketFacts: Sendable {
    /// local_date(opened_at).
    var opened: LocalDate
    /// local_date(answer), where answer = answered_at, else resolved_at.
    var answered: LocalDate?
    /// local_date(resolved_at).
    var resolved: LocalDate?
    var promise: DeadlineStatus
    var statutory: DeadlineStatus
    /// Defined only for resolved tickets.
    var wellHandled: Bool?
    /// Defined only for resolved tickets whose retention window is observed (and, without
    /// orders.csv, whose `retained` cell is filled).
    var retained: Bool?
    /// handling_minutes / 60 × hourly_cost + compensation, missing values as 0.
    var handlingCost: Double
}
