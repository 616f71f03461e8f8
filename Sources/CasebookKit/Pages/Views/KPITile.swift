/// One headline figure of the overview: value, denominator, target, status in words and a trend.
struct KPITile: Sendable {
    let key: String
    let label: String
    let value: String
    /// "412 z 503"; empty when there is nothing to count.
    let denominator: String
    let hasDenominator: Bool
    /// A second line under the denominator ("w tym 3 po terminie ustawowym").
    let detail: String
    let hasDetail: Bool
    /// "Cel: ≥ 80%".
    let targetText: String
    /// `on`, `off` or `none`: a CSS hook; the icon and the text say the same without colour.
    let status: String
    let statusIcon: String
    let statusText: String
    /// An inline SVG sparkline produced by `Sparkline`.
    let sparkline: String
    let hasSparkline: Bool
    let trendLabel: String
    let href: String
    let linkText: String
}
