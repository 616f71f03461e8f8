import Foundation

/// The sample generator's random source: SplitMix64 (Steele, Lea, Flood 2014). Seeded, tiny and
/// identical on every platform, so the same flags give the same bytes; never the system generator,
/// never the clock.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one concern (tickets, orders, text …), so a change in how one part
    /// draws does not reshuffle the others.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        state = mixer.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<bound (Lemire's multiply-high; the tiny bias is irrelevant for demo data).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in range, both ends included.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// Standard normal (Box–Muller; one value per call keeps the stream simple).
    mutating func normal() -> Double {
        let u = 1 - unit(), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Log-normal with the given median and shape: the long tail of handling times and prices.
    mutating func logNormal(median: Double, sigma: Double) -> Double { median * exp(sigma * normal()) }

    /// Index into `weights`, chosen with probability proportional to its weight.
    mutating func pick(_ weights: [Double]) -> Int {
        var total = 0.0
        for weight in weights { total += weight }
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }

    mutating func element<T>(_ items: [T]) -> T { items[below(items.count)] }
}
