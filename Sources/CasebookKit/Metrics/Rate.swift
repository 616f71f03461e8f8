/// A share with its denominator: `{ "n": denominator, "count": numerator, "rate": count / n }`.
///
/// `rate` is `nil` when nothing was counted, so an empty group never reads as 0 % or 100 %.
public struct Rate: Sendable, Equatable {
    /// The denominator: how many items were counted.
    public var n: Int
    /// The numerator: how many of them qualified.
    public var count: Int

    public init(count: Int = 0, n: Int = 0) {
        precondition(count >= 0 && count <= n, "a rate's count must lie in 0...n")
        self.count = count
        self.n = n
    }

    /// `count / n`, or `nil` when `n` is 0.
    public var rate: Double? { n == 0 ? nil : Double(count) / Double(n) }

    /// Counts one more item, a hit or not.
    @inline(__always)
    public mutating func add(_ hit: Bool) {
        n += 1
        if hit { count += 1 }
    }

    /// Counts a yes/no value when it is known and leaves the rate alone when it is `nil`.
    @inline(__always)
    public mutating func add(_ value: Bool?) {
        if let value { add(value) }
    }

    /// Counts a deadline check: met is a hit, missed is a miss, not yet due is not counted.
    @inline(__always)
    public mutating func add(_ status: DeadlineStatus) {
        switch status {
        case .met: add(true)
        case .missed: add(false)
        case .notYetDue: break
        }
    }
}
