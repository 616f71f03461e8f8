@testable import CasebookKit

/// Small builders for hand-computed metric fixtures: Warsaw time, tickets and orders by text.
enum Fixture {
    static let warsaw = TimeZoneRules(identifier: "Europe/Warsaw")!

    /// `YYYY-MM-DD`.
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// `YYYY-MM-DD HH:MM[:SS]` as Warsaw wall-clock time, or with a trailing `Z` as UTC.
    static func at(_ text: String) -> Instant {
        var text = Substring(text)
        let utc = text.hasSuffix("Z")
        if utc { text = text.dropLast() }
        let parts = text.split(separator: " ")
        let day = LocalDate(iso: parts[0])!
        var seconds = Int64(day.daysSinceEpoch) * 86_400
        if parts.count > 1 {
            let clock = parts[1].split(separator: ":").map { Int64($0)! }
            seconds += clock[0] * 3_600 + clock[1] * 60 + (clock.count > 2 ? clock[2] : 0)
        }
        return utc ? Instant(seconds: seconds) : warsaw.instant(localSeconds: seconds)
    }

    /// A ticket with the given times (Warsaw wall clock unless suffixed `Z`) and fields.
    static func ticket(
        _ id: String, customer: String = "C1", opened: String,
        firstResponse: String? = nil, answered: String? = nil, resolved: String? = nil,
        clientType: String? = nil, justified: Bool? = nil, outcome: Ticket.Outcome? = nil, csat: Int? = nil,
        minutes: Double? = nil, compensation: Double? = nil,
        refund: Ticket.RefundDecision? = nil, refundAmount: Double? = nil, purchased: String? = nil,
        agent: String? = nil, escalated: Bool? = nil, reopened: Bool? = nil, isPublic: Bool? = nil,
        retained: Bool? = nil
    ) -> Ticket {
        var ticket = Ticket(id: id, customerId: customer, openedAt: at(opened))
        ticket.firstResponseAt = firstResponse.map(at)
        ticket.answeredAt = answered.map(at)
        ticket.resolvedAt = resolved.map(at)
        ticket.clientType = clientType
        ticket.justified = justified
        ticket.outcome = outcome
        ticket.csat = csat
        ticket.handlingMinutes = minutes
        ticket.compensation = compensation
        ticket.refund = refund
        ticket.refundAmount = refundAmount
        ticket.purchasedAt = purchased.map(date)
        ticket.agent = agent
        ticket.escalated = escalated
        ticket.reopened = reopened
        ticket.isPublic = isPublic
        ticket.retained = retained
        return ticket
    }

    static func order(_ id: String, customer: String, at time: String, amount: Double) -> Order {
        Order(id: id, customerId: customer, orderedAt: at(time), amount: amount)
    }

    static func playbook(_ slug: String) -> Playbook { Playbook(title: slug, slug: slug, source: "playbooks/\(slug).md") }

    static func writeUp(_ slug: String, tickets: [String] = [], playbooks: [String] = [], retained: Bool? = nil,
                        draft: Bool = false) -> Case {
        var writeUp = Case(title: slug, date: date("2026-01-01"), slug: slug, source: "cases/\(slug).md")
        writeUp.tickets = tickets
        writeUp.playbooks = playbooks
        writeUp.retained = retained
        writeUp.draft = draft
        return writeUp
    }

    /// Computes the metrics of a library built from the parts, in Warsaw, as of `asOf`.
    static func metrics(
        _ tickets: [Ticket], orders: [Order]? = nil, cases: [Case] = [], playbooks: [Playbook] = [],
        asOf: String, config: SiteConfig = SiteConfig()
    ) -> Metrics {
        let library = Library(config: config, cases: cases, playbooks: playbooks, tickets: tickets, orders: orders)
        return MetricsCalculator(config: config, zone: warsaw).compute(for: library, asOf: date(asOf))
    }
}
