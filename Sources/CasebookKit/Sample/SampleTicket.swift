/// One generated ticket, compact: times are wall-clock minutes from the first day of the span
/// (`-1` = missing), codes index `SampleVocabulary` (`-1` = missing).
struct SampleTicket {
    var number: Int32 = 0
    var customer: Int32 = 0
    var opened: Int32 = 0
    var firstResponse: Int32 = -1
    var answered: Int32 = -1
    var resolved: Int32 = -1
    /// Phone and chat systems log seconds; 0…59, or -1 for minute precision.
    var seconds: Int8 = -1
    var channel: Int8 = 0
    var category: Int8 = 0
    var clientType: Int8 = -1
    var justified: Int8 = -1
    var outcome: Int8 = -1
    var csat: Int8 = 0
    var refund: Int8 = -1
    var agent: Int8 = -1
    var escalated: Int8 = -1
    var reopened: Int8 = -1
    var isPublic: Int8 = -1
    var handlingMinutes: Int32 = -1
    var compensationCents: Int32 = 0
    var refundCents: Int32 = 0
    /// Day offset of the purchase, `Int32.min` = missing.
    var purchasedDay: Int32 = .min

    static let refundGranted: Int8 = 0, refundRefused: Int8 = 1

    /// The binding answer: answered, else resolved.
    var answer: Int32 { answered >= 0 ? answered : resolved }
    var openedDay: Int { Int(opened) / SampleCalendar.minutesPerDay }

    /// Promise met by local dates (naive minutes are local time, so days are local dates).
    func answeredWithin(days: Int) -> Bool {
        answer >= 0 && Int(answer) / SampleCalendar.minutesPerDay <= openedDay + days
    }

    /// metrics.md's `well_handled`, used to decide who buys again.
    var isWellHandled: Bool {
        if csat > 0 { return csat >= 4 }
        return (outcome == Int8(SampleVocabulary.accepted) || outcome == Int8(SampleVocabulary.partial))
            && answeredWithin(days: 7)
    }
}
