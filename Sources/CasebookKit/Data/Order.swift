/// One sale from the shop export; complainants who buy again count as retained.
public struct Order: Sendable, Equatable {
    public var id: String
    public var customerId: String
    public var orderedAt: Instant
    public var amount: Double
    /// 1-based line of the row in the CSV.
    public var line: Int

    public init(id: String, customerId: String, orderedAt: Instant, amount: Double, line: Int = 0) {
        self.id = id
        self.customerId = customerId
        self.orderedAt = orderedAt
        self.amount = amount
        self.line = line
    }
}
