/// The complainants (distinct customer_id among tickets), numbered 0..<count in order of first
/// appearance, so per-customer figures live in arrays instead of string-keyed dictionaries.
struct CustomerIndex: Sendable {
    /// customer_id of each number.
    let ids: [String]
    /// The customer number of each ticket, parallel to the tickets.
    let ofTicket: [Int32]
    private let numbers: [String: Int32]

    init(tickets: [Ticket]) {
        var numbers: [String: Int32] = [:]
        var ids: [String] = []
        var ofTicket: [Int32] = []
        ofTicket.reserveCapacity(tickets.count)
        for ticket in tickets {
            // One hash per ticket, here only; everything after works with the number.
            if let number = numbers[ticket.customerId] {
                ofTicket.append(number)
            } else {
                let number = Int32(ids.count)
                numbers[ticket.customerId] = number
                ids.append(ticket.customerId)
                ofTicket.append(number)
            }
        }
        self.ids = ids
        self.ofTicket = ofTicket
        self.numbers = numbers
    }

    var count: Int { ids.count }

    /// The number of a complainant, or `nil` for a customer without tickets.
    @inline(__always)
    func number(of customerId: String) -> Int32? { numbers[customerId] }
}
