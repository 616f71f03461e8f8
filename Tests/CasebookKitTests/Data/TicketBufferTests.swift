import Testing
@testable import CasebookKit

/// The second half of a tickets file is kept in a `TicketBuffer` and moved onto the first: the
/// tickets must arrive whole, in order, renumbered, and exactly once.
@Suite struct TicketBufferTests {
    static func ticket(_ number: Int) -> Ticket {
        var ticket = Ticket(id: "ZG-\(number)", customerId: "klient-o-dlugim-numerze-\(number % 17)",
                            openedAt: Instant(microseconds: Int64(number)), line: number + 2)
        ticket.channel = number.isMultiple(of: 2) ? "e-mail" : nil
        ticket.agent = "Konsultantka numer \(number % 5)"
        return ticket
    }

    /// 70,000 are moved in two halves at once, in blocks that do not divide them evenly.
    @Test(arguments: [3000, 70_001])
    func movesEveryTicketInOrderAfterTheOnesThere(count: Int) {
        let buffer = TicketBuffer(capacity: 1)  // grows many times on the way
        for number in 0..<count { buffer.append(Self.ticket(number)) }
        #expect(buffer.count == count)
        var tickets = [Self.ticket(-2), Self.ticket(-1)]
        buffer.moveAll(appendingTo: &tickets, movedDownBy: 100)
        #expect(buffer.count == 0)
        #expect(tickets.count == count + 2)
        #expect(tickets[..<2].map(\.line) == [0, 1])
        for number in 0..<count {
            var expected = Self.ticket(number)
            expected.line += 100
            #expect(tickets[number + 2] == expected)
        }
        // Emptied, the buffer takes new tickets and moves only those.
        buffer.append(Self.ticket(7))
        var more: [Ticket] = []
        buffer.moveAll(appendingTo: &more, movedDownBy: 0)
        #expect(more == [Self.ticket(7)])
    }

    @Test func readingTheMovedSequenceMovesEachTicketOnce() {
        // `Array(_:)` reads a sequence through its iterator, the path `append(contentsOf:)` does
        // not take.
        let base = UnsafeMutablePointer<Ticket>.allocate(capacity: 3)
        defer { base.deallocate() }
        for number in 0..<3 { (base + number).initialize(to: Self.ticket(number)) }
        let moved = Array(TicketBuffer.Moved(base: base, count: 3, lineShift: 10))
        #expect(moved == (0..<3).map { number in
            var ticket = Self.ticket(number)
            ticket.line += 10
            return ticket
        })
    }
}
