/// The complainants (distinct customer_id among tickets), numbered 0..<count in order of first
/// appearance, so per-customer figures live in arrays instead of string-keyed dictionaries.
struct CustomerIndex: Sendable {
    /// customer_id of each number.
    let ids: [String]
    /// The customer number of each ticket, parallel to the tickets.
    let ofTicket: [Int32]
    private let numbers: StringNumbering

    init(tickets: [Ticket]) {
        // Room for a complainant in every third ticket, as the order digest has for a buyer in
        // every fourth order: the large sample has 402,000 complainants in 1,000,000 tickets, and
        // sized for a quarter the table was rebuilt once, on the compute stage's one busy core.
        var numbers = StringNumbering(capacity: tickets.count / 3)
        var ofTicket: [Int32] = []
        ofTicket.reserveCapacity(tickets.count)
        // One hash per ticket, here only; everything after works with the number. By index: a
        // `for ticket in tickets` loop copied each ticket whole (six strings retained).
        numbers.insertAll(tickets.indices, key: { tickets[$0].customerId }) { _, number in ofTicket.append(number) }
        self.ids = numbers.strings
        self.ofTicket = ofTicket
        self.numbers = numbers
    }

    var count: Int { ids.count }

    /// The number of a complainant, or `nil` for a customer without tickets.
    @inline(__always)
    func number(of customerId: String) -> Int32? { numbers.number(of: customerId) }
}
