/// What `casebook sample` was asked for; the defaults are those COORDINATION.md fixes.
public struct SampleParameters: Sendable, Equatable {
    public var tickets: Int
    public var customers: Int
    public var orders: Int
    public var cases: Int
    public var seed: UInt64

    public init(tickets: Int = 3000, customers: Int? = nil, orders: Int? = nil, cases: Int = 0, seed: UInt64 = 1) {
        self.tickets = tickets
        self.customers = customers ?? max(1, tickets / 2)
        self.orders = orders ?? tickets * 6 / 5
        self.cases = cases
        self.seed = seed
    }

    /// Why these parameters cannot make a data set, or nil.
    public var problem: String? {
        if tickets < 1 { return "--tickets must be at least 1" }
        if customers < 1 { return "--customers must be at least 1" }
        if orders < 0 { return "--orders must not be negative" }
        if cases < 0 { return "--cases must not be negative" }
        if cases > tickets { return "--cases (\(cases)) cannot exceed --tickets (\(tickets)): every case cites its own ticket" }
        if tickets > 9_999_999 { return "--tickets must be at most 9999999 (ticket ids have seven digits)" }
        return nil
    }
}
