/// Writes the two exports in plain casebook columns (comma, LF, header first), a chunk at a time
/// to `flush`, so a million rows never sit in memory as text all at once.
struct SampleCSV {
    let calendar: SampleCalendar
    var chunkSize = 4 << 20

    static let ticketHeader = "ticket_id,customer_id,opened_at,first_response_at,answered_at,resolved_at,channel,category,"
        + "client_type,justified,outcome,csat,handling_minutes,compensation,refund,refund_amount,purchased_at,agent,"
        + "escalated,reopened,public\n"
    static let orderHeader = "order_id,customer_id,ordered_at,amount\n"

    static func writeTicketId(_ number: Int, to writer: inout ByteWriter) {
        writer.text("ZG-")
        writer.int(number, width: 7)
    }

    static func writeOrderId(_ number: Int, to writer: inout ByteWriter) {
        writer.text("ZM-")
        writer.int(number, width: 8)
    }

    func writeTickets(_ tickets: [SampleTicket], flush: (inout ByteWriter) throws -> Void) rethrows {
        var w = ByteWriter(capacity: chunkSize + 4096)
        w.text(Self.ticketHeader)
        let channels = SampleVocabulary.channels.map { Array($0.utf8) }
        let categories = SampleVocabulary.categories.map { Array($0.utf8) }
        let clientTypes = SampleVocabulary.clientTypes.map { Array($0.utf8) }
        let outcomes = SampleVocabulary.outcomes.map { Array($0.utf8) }
        let agents = SampleVocabulary.agents.map { Array($0.name.utf8) }
        let comma = UInt8(ascii: ",")
        for t in tickets {
            Self.writeTicketId(Int(t.number), to: &w); w.byte(comma)
            CustomerPool.writeId(Int(t.customer), to: &w); w.byte(comma)
            let seconds = t.seconds >= 0 ? Int(t.seconds) : nil
            calendar.writeTimestamp(Int(t.opened), seconds: seconds, to: &w); w.byte(comma)
            writeLater(t.firstResponse, than: t.opened, seconds: seconds, to: &w); w.byte(comma)
            writeLater(t.answered, than: t.opened, seconds: seconds, to: &w); w.byte(comma)
            writeLater(t.resolved, than: t.opened, seconds: seconds, to: &w); w.byte(comma)
            w.raw(channels[Int(t.channel)]); w.byte(comma)
            w.raw(categories[Int(t.category)]); w.byte(comma)
            if t.clientType >= 0 { w.raw(clientTypes[Int(t.clientType)]) }
            w.byte(comma)
            Self.writeBool(t.justified, to: &w); w.byte(comma)
            if t.outcome >= 0 { w.raw(outcomes[Int(t.outcome)]) }
            w.byte(comma)
            if t.csat > 0 { w.int(Int(t.csat)) }
            w.byte(comma)
            if t.handlingMinutes >= 0 { w.int(Int(t.handlingMinutes)) }
            w.byte(comma)
            if t.compensationCents > 0 { w.cents(Int(t.compensationCents)) }
            w.byte(comma)
            if t.refund >= 0 {
                w.text(t.refund == SampleTicket.refundGranted ? "granted" : "refused"); w.byte(comma)
                w.cents(Int(t.refundCents))
            } else {
                w.byte(comma)
            }
            w.byte(comma)
            if t.purchasedDay != .min { calendar.writeDate(Int(t.purchasedDay), to: &w) }
            w.byte(comma)
            if t.agent >= 0 { w.raw(agents[Int(t.agent)]) }
            w.byte(comma)
            Self.writeBool(t.escalated, to: &w); w.byte(comma)
            Self.writeBool(t.reopened, to: &w); w.byte(comma)
            Self.writeBool(t.isPublic, to: &w)
            w.byte(UInt8(ascii: "\n"))
            if w.count >= chunkSize { try flush(&w) }
        }
        try flush(&w)
    }

    func writeOrders(_ orders: [SampleOrder], flush: (inout ByteWriter) throws -> Void) rethrows {
        var w = ByteWriter(capacity: chunkSize + 4096)
        w.text(Self.orderHeader)
        let comma = UInt8(ascii: ",")
        for (index, order) in orders.enumerated() {
            Self.writeOrderId(index + 1, to: &w); w.byte(comma)
            CustomerPool.writeId(Int(order.customer), to: &w); w.byte(comma)
            calendar.writeTimestamp(Int(order.minute), seconds: nil, to: &w); w.byte(comma)
            w.cents(Int(order.cents))
            w.byte(UInt8(ascii: "\n"))
            if w.count >= chunkSize { try flush(&w) }
        }
        try flush(&w)
    }

    /// A time after opening keeps the opening's seconds when it falls in the same minute, so it is
    /// never written as earlier than the opening.
    @inline(__always) private func writeLater(_ stamp: Int32, than opened: Int32, seconds: Int?, to w: inout ByteWriter) {
        guard stamp >= 0 else { return }
        let own = stamp == opened ? seconds : seconds.map { ($0 &* 7 &+ Int(stamp)) % 60 }
        calendar.writeTimestamp(Int(stamp), seconds: own, to: &w)
    }

    private static func writeBool(_ value: Int8, to w: inout ByteWriter) {
        if value == 1 { w.text("yes") } else if value == 0 { w.text("no") }
    }
}
