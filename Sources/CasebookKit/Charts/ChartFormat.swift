/// Turns a data value into the text a reader sees on a tick, a bar or in the data table.
///
/// The site passes closures built on `Formatting` ("82,4%", "1 234 zł"); the charts never format
/// a number for people themselves.
public typealias ChartFormatter = @Sendable (Double) -> String

/// Minimal locale-free formatters, for tests and for callers that have nothing better.
public enum ChartFormat {
    /// A number with exactly `decimals` decimals and a "." separator: 1234.5 → "1234.50".
    public static func number(decimals: Int = 0) -> ChartFormatter {
        { value in fixed(value, decimals: decimals) }
    }

    /// A share as a percentage: 0.824 → "82.4%" with one decimal.
    public static func percent(decimals: Int = 0) -> ChartFormatter {
        { value in fixed(value * 100, decimals: decimals) + "%" }
    }

    private static func fixed(_ value: Double, decimals: Int) -> String {
        guard let value = ChartValue.drawable(value) else { return "—" }
        var places = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Keep the scaled value inside Int; beyond 10^12 decimals do not matter to anyone.
        if abs(value) * scale >= 9e18 { (places, scale) = (0, 1) }
        return SVGWriter.fixed(Int((value * scale).rounded()), decimals: places, trimZeros: false)
    }
}
