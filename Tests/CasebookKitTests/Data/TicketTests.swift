import Testing
@testable import CasebookKit

/// A ticket keeps its optional times, amounts and dates with sentinels; each must read back
/// what was set, `nil` included, and the struct must stay as small as that layout makes it.
@Suite struct TicketTests {
    @Test func everyOptionalReadsBackWhatWasSet() {
        var ticket = Ticket(id: "ZG-1", customerId: "KL-1", openedAt: Instant(microseconds: 5))
        #expect(ticket.firstResponseAt == nil && ticket.answeredAt == nil && ticket.resolvedAt == nil)
        #expect(ticket.handlingMinutes == nil && ticket.compensation == nil && ticket.refundAmount == nil)
        #expect(ticket.purchasedAt == nil && ticket.csat == nil && !ticket.isResolved)
        ticket.firstResponseAt = Instant(microseconds: -1)
        ticket.answeredAt = Instant(microseconds: 0)
        ticket.resolvedAt = Instant(microseconds: 1_700_000_000_000_000)
        ticket.handlingMinutes = 0
        ticket.compensation = -0.0
        ticket.refundAmount = 1_690.5
        ticket.purchasedAt = LocalDate(daysSinceEpoch: -719_528)  // 0000-01-01
        ticket.csat = 5
        #expect(ticket.firstResponseAt == Instant(microseconds: -1))
        #expect(ticket.answeredAt == Instant(microseconds: 0))
        #expect(ticket.resolvedAt == Instant(microseconds: 1_700_000_000_000_000) && ticket.isResolved)
        #expect(ticket.handlingMinutes == 0 && ticket.compensation?.sign == .minus && ticket.refundAmount == 1_690.5)
        #expect(ticket.purchasedAt == LocalDate(daysSinceEpoch: -719_528) && ticket.csat == 5)
        ticket.resolvedAt = nil
        ticket.refundAmount = nil
        ticket.csat = nil
        #expect(ticket.resolvedAt == nil && !ticket.isResolved && ticket.refundAmount == nil && ticket.csat == nil)
    }

    @Test func equalTicketsCompareEqualWithEmptyFields() {
        let a = Ticket(id: "ZG-1", customerId: "KL-1", openedAt: Instant(microseconds: 5))
        var b = a
        #expect(a == b)
        b.handlingMinutes = 3
        #expect(a != b)
    }

    /// The reader's all-fields initializer fills the stored fields itself; it must agree with
    /// setting each property, whether the values are there or not.
    @Test func allFieldsInitializerAgreesWithTheSetters() {
        let opened = Instant(microseconds: 1_000)
        for filled in [false, true] {
            var bySetters = Ticket(id: "ZG-9", customerId: "KL-9", openedAt: opened, line: 12)
            if filled {
                bySetters.firstResponseAt = Instant(microseconds: 2_000)
                bySetters.answeredAt = Instant(microseconds: 3_000)
                bySetters.resolvedAt = Instant(microseconds: 4_000)
                bySetters.channel = "telefon"
                bySetters.category = "dostawa"
                bySetters.clientType = "vip"
                bySetters.justified = false
                bySetters.outcome = .partial
                bySetters.csat = 4
                bySetters.handlingMinutes = 35.5
                bySetters.compensation = 20
                bySetters.refund = .granted
                bySetters.refundAmount = 149.99
                bySetters.purchasedAt = LocalDate(year: 2026, month: 1, day: 31)
                bySetters.agent = "Marta W."
                bySetters.escalated = true
                bySetters.reopened = false
                bySetters.isPublic = true
                bySetters.retained = false
            }
            let t = bySetters
            let byInit = Ticket(id: t.id, customerId: t.customerId, openedAt: t.openedAt, line: t.line,
                                firstResponseAt: t.firstResponseAt, answeredAt: t.answeredAt, resolvedAt: t.resolvedAt,
                                channel: t.channel, category: t.category, clientType: t.clientType, justified: t.justified,
                                outcome: t.outcome, csat: t.csat, handlingMinutes: t.handlingMinutes,
                                compensation: t.compensation, refund: t.refund, refundAmount: t.refundAmount,
                                purchasedAt: t.purchasedAt, agent: t.agent, escalated: t.escalated, reopened: t.reopened,
                                isPublic: t.isPublic, retained: t.retained)
            #expect(byInit == bySetters)
            #expect(byInit.refundAmount == (filled ? 149.99 : nil) && byInit.csat == (filled ? 4 : nil))
        }
    }

    @Test func aTicketIsSmall() {
        #expect(MemoryLayout<Ticket>.stride <= 168)
    }
}
