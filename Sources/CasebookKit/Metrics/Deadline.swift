/// How one ticket stands against an answer deadline.
public enum DeadlineStatus: Sendable, Equatable {
    /// Answered on or before the last allowed local date.
    case met
    /// Answered late, or still unanswered after the last allowed local date (overdue).
    case missed
    /// Unanswered and the last allowed date is not yet past `as_of`: not counted either way.
    case notYetDue
}

/// An answer deadline of N local calendar days, as metrics.md defines it.
///
/// Met when `local_date(answer) <= local_date(opened_at) + N`; an unanswered ticket counts as
/// missed only once `local_date(opened_at) + N < as_of`, i.e. the whole last day has passed.
public struct Deadline: Sendable, Equatable {
    public var days: Int

    public init(days: Int) { self.days = days }

    /// The last local date on which an answer still meets the deadline.
    @inline(__always)
    public func lastDay(openedOn opened: LocalDate) -> LocalDate { opened + days }

    /// Checks one ticket; all three dates are local calendar dates in the site's zone.
    @inline(__always)
    public func status(openedOn opened: LocalDate, answeredOn answer: LocalDate?, asOf: LocalDate) -> DeadlineStatus {
        let last = lastDay(openedOn: opened)
        if let answer { return answer <= last ? .met : .missed }
        // as_of itself may still bring an answer, so the deadline is missed only once it lies before as_of.
        return last < asOf ? .missed : .notYetDue
    }
}
