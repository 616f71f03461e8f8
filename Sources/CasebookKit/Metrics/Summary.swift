/// The distribution of a list of values: `{ "n", "median", "p90", "mean" }`.
///
/// Over the values sorted ascending, v[0..n-1]: median = v[n/2] for odd n, the mean of the two
/// middle values for even n; p90 = v[ceil(0.9 n) - 1] (nearest rank). All but `n` are `nil`
/// when there are no values.
public struct Summary: Sendable, Equatable {
    public var n: Int
    public var median: Double?
    public var p90: Double?
    public var mean: Double?

    public init(n: Int, median: Double?, p90: Double?, mean: Double?) {
        self.n = n
        self.median = median
        self.p90 = p90
        self.mean = mean
    }

    /// The summary of no values.
    public static let empty = Summary(n: 0, median: nil, p90: nil, mean: nil)

    /// Summarises plain values.
    public init(_ values: [Double]) {
        var work = values
        guard let stats = Summary.orderStatistics(&work) else { self = .empty; return }
        let median = values.count % 2 == 1 ? stats.highMiddle : (stats.lowMiddle + stats.highMiddle) / 2
        self.init(n: values.count, median: median, p90: stats.p90, mean: values.reduce(0, +) / Double(values.count))
    }

    /// Summarises durations given in whole seconds, reported in units of `unit` seconds
    /// (3,600 for hours, 86,400 for days).
    ///
    /// Integers order exactly like the Doubles they become, so the order statistics are picked
    /// on the integers and only the chosen ones are converted; the mean divides the exact sum once.
    public init(seconds: [Int64], unit: Double) {
        var work = seconds
        guard let stats = Summary.orderStatistics(&work) else { self = .empty; return }
        let high = Double(stats.highMiddle) / unit
        let median = seconds.count % 2 == 1 ? high : (Double(stats.lowMiddle) / unit + high) / 2
        let total = seconds.reduce(0, +)
        self.init(n: seconds.count, median: median, p90: Double(stats.p90) / unit,
                  mean: Double(total) / unit / Double(seconds.count))
    }

    /// Summarises instant differences given in microseconds, reported in units of `unit` seconds.
    ///
    /// As for whole seconds; the mean adds the whole seconds and the leftover microseconds as two
    /// exact integer sums, so even a million year-long durations cannot overflow.
    public init(microseconds: [Int64], unit: Double) {
        var work = microseconds
        guard let stats = Summary.orderStatistics(&work) else { self = .empty; return }
        let perUnit = unit * Double(Instant.microsecondsPerSecond)
        let high = Double(stats.highMiddle) / perUnit
        let median = microseconds.count % 2 == 1 ? high : (Double(stats.lowMiddle) / perUnit + high) / 2
        var wholeSeconds: Int64 = 0, leftover: Int64 = 0
        for value in microseconds {
            wholeSeconds += value / Instant.microsecondsPerSecond
            leftover += value % Instant.microsecondsPerSecond
        }
        let total = Double(wholeSeconds) + Double(leftover) / Double(Instant.microsecondsPerSecond)
        self.init(n: microseconds.count, median: median, p90: Double(stats.p90) / perUnit,
                  mean: total / unit / Double(microseconds.count))
    }

    /// The 0-based rank of the 90th percentile by nearest rank: ceil(0.9 n) - 1, computed as
    /// ceil(9n / 10) in integers so the rank never depends on how 0.9 rounds in binary.
    @inline(__always)
    static func p90Index(count n: Int) -> Int { (9 * n + 9) / 10 - 1 }
}

// MARK: - Order statistics

extension Summary {
    /// Picks v[n/2 - 1] (for even n), v[n/2] and v[ceil(0.9 n) - 1] of the sorted values in
    /// linear expected time; reorders `values`. `nil` for an empty list.
    static func orderStatistics<T: Comparable>(_ values: inout [T]) -> (lowMiddle: T, highMiddle: T, p90: T)? {
        let n = values.count
        guard n > 0 else { return nil }
        let rank90 = p90Index(count: n)
        let middle = n / 2
        return values.withUnsafeMutableBufferPointer { buffer in
            select(rank: rank90, in: &buffer, lower: 0, upper: n)
            // n/2 <= ceil(0.9 n) - 1 for every n >= 1, so the middle lies in the part below the p90.
            if middle < rank90 { select(rank: middle, in: &buffer, lower: 0, upper: rank90) }
            var lowMiddle = buffer[middle]
            if n % 2 == 0 {
                // Everything below `middle` is <= v[middle]; the largest of it is v[n/2 - 1].
                lowMiddle = buffer[0]
                for i in 1..<middle where lowMiddle < buffer[i] { lowMiddle = buffer[i] }
            }
            return (lowMiddle, buffer[middle], buffer[rank90])
        }
    }

    /// Quickselect with a three-way partition (many durations are equal whole days): afterwards
    /// `buffer[rank]` holds the value of that rank in `lower..<upper`, with nothing larger before
    /// it and nothing smaller after it. Falls back to sorting when the pivots keep going badly.
    static func select<T: Comparable>(rank: Int, in buffer: inout UnsafeMutableBufferPointer<T>, lower: Int, upper: Int) {
        var low = lower, high = upper
        var budget = 2 * (Int.bitWidth - (upper - lower).leadingZeroBitCount) + 4
        while high - low > 16 {
            if budget == 0 { break }
            budget -= 1
            let pivot = medianOfThree(buffer[low], buffer[low + (high - low) / 2], buffer[high - 1])
            // [low, less) < pivot, [less, index) == pivot, [greater, high) > pivot
            var less = low, index = low, greater = high
            while index < greater {
                let value = buffer[index]
                if value < pivot {
                    buffer.swapAt(less, index)
                    less += 1
                    index += 1
                } else if pivot < value {
                    greater -= 1
                    buffer.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            if rank < less { high = less } else if rank >= greater { low = greater } else { return }
        }
        buffer[low..<high].sort()
    }

    @inline(__always)
    private static func medianOfThree<T: Comparable>(_ a: T, _ b: T, _ c: T) -> T {
        if a < b {
            if b < c { return b }
            return a < c ? c : a
        }
        if a < c { return a }
        return b < c ? c : b
    }
}
