/// The columns of tickets.csv, as content.md names them.
enum TicketColumn: Int, TableColumn {
    case ticketId, customerId, openedAt, firstResponseAt, answeredAt, resolvedAt, channel, category, clientType
    case justified, outcome, csat, handlingMinutes, compensation, refund, refundAmount, purchasedAt, agent
    case escalated, reopened, isPublic, retained

    var name: String {
        switch self {
        case .ticketId: "ticket_id"
        case .customerId: "customer_id"
        case .openedAt: "opened_at"
        case .firstResponseAt: "first_response_at"
        case .answeredAt: "answered_at"
        case .resolvedAt: "resolved_at"
        case .channel: "channel"
        case .category: "category"
        case .clientType: "client_type"
        case .justified: "justified"
        case .outcome: "outcome"
        case .csat: "csat"
        case .handlingMinutes: "handling_minutes"
        case .compensation: "compensation"
        case .refund: "refund"
        case .refundAmount: "refund_amount"
        case .purchasedAt: "purchased_at"
        case .agent: "agent"
        case .escalated: "escalated"
        case .reopened: "reopened"
        case .isPublic: "public"
        case .retained: "retained"
        }
    }

    var isRequired: Bool { self == .ticketId || self == .customerId || self == .openedAt }
}

/// Reads one `Ticket` per row of a `CSVTable`, with the checks that span cells and rows:
/// timestamps in order, purchase before complaint, unique ids.
struct TicketRowReader {
    let table: CSVTable<TicketColumn>
    let clientTypes: [String]
    /// The line of each ticket_id seen so far, for duplicates.
    var firstLines = FirstLineIndex()

    private let clientTypeChoices: ChoiceList
    private let outcomes = ChoiceList(Ticket.Outcome.allCases.map(\.rawValue))
    private let refunds = ChoiceList(Ticket.RefundDecision.allCases.map(\.rawValue))
    private let channels = StringInterner(), categories = StringInterner(), agents = StringInterner()

    init(table: CSVTable<TicketColumn>, clientTypes: [String]) {
        self.table = table
        self.clientTypes = clientTypes
        clientTypeChoices = ChoiceList(clientTypes) { column, text in
            "\(column): '\(text)' is not one of the client_types in site.yml"
        }
    }

    /// Appends the current row's ticket to `tickets`, unless the row has a problem (already
    /// reported to the table). Appended here rather than returned as an optional, which was moved
    /// once more, a whole ticket, on every row (callgrind, medium: 16 M instructions fewer). The cells
    /// are read in column order, so the messages come in that order; the ticket is made at once
    /// as `append`'s argument (see `Ticket.init(id:customerId:…)`).
    mutating func readRow<Sink: TicketSink>(appendingTo tickets: inout Sink) {
        let t = table
        let id = t.string(.ticketId)
        let customer = t.string(.customerId)
        let opened = t.instant(.openedAt)
        let firstResponse = t.instant(.firstResponseAt)
        let answered = t.instant(.answeredAt)
        let resolved = t.instant(.resolvedAt)
        let channel = t.string(.channel, interningIn: channels)
        let category = t.string(.category, interningIn: categories)
        let clientType = t.choice(.clientType, among: clientTypeChoices).map { clientTypes[$0] }
        let justified = t.bool(.justified)
        let outcome = t.choice(.outcome, among: outcomes).map { Ticket.Outcome.allCases[$0] }
        let csat = t.integer(.csat, in: 1...5)
        let handlingMinutes = t.amount(.handlingMinutes)
        let compensation = t.amount(.compensation)
        let refund = t.choice(.refund, among: refunds).map { Ticket.RefundDecision.allCases[$0] }
        let refundAmount = t.amount(.refundAmount)
        let purchased = t.date(.purchasedAt)
        let agent = t.string(.agent, interningIn: agents)
        let escalated = t.bool(.escalated)
        let reopened = t.bool(.reopened)
        let isPublic = t.bool(.isPublic)
        let retained = t.bool(.retained)
        if let opened {
            checkOrder(opened: opened, firstResponse: firstResponse, answered: answered, resolved: resolved, purchased: purchased)
        }
        if let id { checkUnique(id) }
        guard t.rowIsValid, let id, let customer, let opened else { return }
        tickets.append(Ticket(id: id, customerId: customer, openedAt: opened, line: t.line,
                              firstResponseAt: firstResponse, answeredAt: answered, resolvedAt: resolved,
                              channel: channel, category: category, clientType: clientType, justified: justified,
                              outcome: outcome, csat: csat, handlingMinutes: handlingMinutes, compensation: compensation,
                              refund: refund, refundAmount: refundAmount, purchasedAt: purchased, agent: agent,
                              escalated: escalated, reopened: reopened, isPublic: isPublic, retained: retained))
    }
}

// MARK: - Checks across cells

private extension TicketRowReader {
    /// Replies and closing cannot come before the complaint. A purchase dated after the complaint
    /// is only suspicious (an exchange, a pre-order, a typo in the shop's export): the spec does not
    /// make it an error, so it is a warning and the ticket keeps counting in every figure.
    func checkOrder(opened: Instant, firstResponse: Instant?, answered: Instant?, resolved: Instant?, purchased: LocalDate?) {
        if let at = firstResponse, at < opened { reportBeforeOpening(.firstResponseAt) }
        if let at = answered, at < opened { reportBeforeOpening(.answeredAt) }
        if let at = resolved, at < opened { reportBeforeOpening(.resolvedAt) }
        if let purchased, purchased > table.timestamps.zone.localDate(opened) {
            table.warn(.purchasedAt, "purchased_at: '\(table.text(of: .purchasedAt))' is after opened_at "
                         + "'\(table.text(of: .openedAt))'", hint: "a complaint is about a purchase made before it")
        }
    }

    func reportBeforeOpening(_ column: TicketColumn) {
        table.report(column, "\(column.name): '\(table.text(of: column))' is before opened_at '\(table.text(of: .openedAt))'")
    }

    /// Remembers the first line of every id; a later row with the same id is the problem.
    mutating func checkUnique(_ id: String) {
        guard let first = firstLines.insert(id, line: table.line) else { return }
        let note = Diagnostic.note("ticket_id '\(id)' first defined here", at: table.location(.ticketId, line: first))
        table.report(.ticketId, "duplicate ticket_id '\(id)'", notes: [note])
    }
}
