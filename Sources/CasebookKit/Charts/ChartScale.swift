import Foundation

/// A linear map from data values onto one axis of the drawing (pixels in the viewBox).
struct ChartScale: Equatable {
    var domain: ClosedRange<Double>
    /// Where `domain.lowerBound` and `domain.upperBound` land; `start > end` for a y axis.
    var start: Double
    var end: Double

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        // An empty domain would divide by zero; put everything at the start instead.
        guard span > 0, value.isFinite else { return start }
        return start + (value - domain.lowerBound) / span * (end - start)
    }
}

/// An axis range rounded out to "nice" ticks that step by 1, 2 or 5 times a power of ten.
struct NiceAxis: Equatable {
    /// The rounded-out range, from the first tick to the last.
    let lower: Double
    let upper: Double
    /// The tick values, lowest first, each computed exactly from an integer so 0.3 is 0.3.
    let ticks: [Double]
    let step: Double

    var domain: ClosedRange<Double> { lower...upper }

    /// Ticks covering `values` (non-finite ones ignored) and always 0, about `count` of them.
    ///
    /// All-equal or empty values give 0…1. With `integers`, the step is never below 1 (counts).
    init(covering values: [Double], count: Int = 5, integers: Bool = false) {
        let finite = values.filter(\.isFinite).map { min(max($0, -ChartValue.limit), ChartValue.limit) }
        var low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 0)
        if high - low <= 0 { (low, high) = (0, 1) }
        let rough = (high - low) / Double(max(1, count))
        var exponent = Int(floor(log10(rough)))
        let normalised = rough / Self.power(exponent)
        var mantissa = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10
        if mantissa == 10 { (mantissa, exponent) = (1, exponent + 1) }
        if integers && exponent < 0 { (mantissa, exponent) = (1, 0) }
        let step = Double(mantissa) * Self.power(exponent)
        // The small slack keeps 0.9/0.02 = 45.000000000000007 from adding a tick.
        let first = Int(floor(low / step + 1e-9))
        let last = max(first + 1, Int(ceil(high / step - 1e-9)))
        ticks = (first...last).map { Self.value(index: $0, mantissa: mantissa, exponent: exponent) }
        lower = ticks[0]
        upper = ticks[ticks.count - 1]
        self.step = step
    }

    /// The axis with the most ticks (about `count`, else fewer) whose labels under `format` all differ,
    /// so a formatter coarser than the step never prints "0, 0, 1, 1" up the axis.
    static func labelled(covering values: [Double], count: Int = 5, integers: Bool = false,
                         format: ChartFormatter) -> (axis: NiceAxis, labels: [String]) {
        var best: (axis: NiceAxis, labels: [String])?
        for candidate in [count, 3, 2, 1] where candidate <= count {
            let axis = NiceAxis(covering: values, count: candidate, integers: integers)
            let labels = axis.ticks.map { format($0) }
            if zip(labels, labels.dropFirst()).allSatisfy({ $0 != $1 }) { return (axis, labels) }
            best = best ?? (axis, labels)
        }
        return best!
    }

    /// index × mantissa × 10^exponent, divided rather than multiplied for negative exponents so
    /// the result is the double nearest the decimal (3 × 0.1 would give 0.30000000000000004).
    private static func value(index: Int, mantissa: Int, exponent: Int) -> Double {
        let units = Double(index * mantissa)
        return exponent >= 0 ? units * power(exponent) : units / power(-exponent)
    }

    private static func power(_ exponent: Int) -> Double {
        exponent >= 0 ? pow(10, Double(exponent)) : 1 / pow(10, Double(-exponent))
    }
}

/// Input hygiene shared by the charts: what counts as a drawable value.
enum ChartValue {
    /// Larger magnitudes are clamped; no complaint figure comes near 10^15.
    static let limit = 1e15

    /// The value if it can be drawn, clamped to ±`limit`; nil for nil, NaN and infinities.
    static func drawable(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return min(max(value, -limit), limit)
    }
}
