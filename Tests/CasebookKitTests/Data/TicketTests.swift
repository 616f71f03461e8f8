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

    @Test func aTicketIsSmall() {
        #expect(MemoryLayout<Ticket>.stride <= 176)
    }
}
