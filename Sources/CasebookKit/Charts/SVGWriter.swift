/// A tiny append-only writer of SVG/XML elements that escapes every text and attribute value.
///
/// Charts are inline SVG meant to live under `Content-Security-Policy: default-src 'none';
/// style-src 'self'`, so nothing here writes `style=` or `on*=` attributes: looks come from CSS
/// classes in the site stylesheet. A few presentation attributes (`fill`, `stroke`,
/// `stroke-dasharray`, `fill-opacity`) are written as fallbacks so a chart stays legible, in
/// black and grey, when no stylesheet applies (feed readers, "save as", a broken link); any CSS
/// rule beats them. Every shape that must tell series or status apart without colour has a
/// pattern, a dash or a shape of its own, so the charts survive grayscale screens and printers.
///
/// The classes the charts use, with suggested rules for `casebook.css` (they reuse the site's
/// `--text`, `--muted`, `--border`, `--accent`, `--surface`, `--accepted`, `--rejected` variables):
///
/// ```css
/// .cb-chart { display: block; width: 100%; height: auto; max-width: 36rem; color: var(--text);
///   font-family: var(--font); }
/// /* Text */
/// .cb-tick-label, .cb-axis-label, .cb-legend-label { fill: var(--muted); }
/// .cb-value-label, .cb-target-label, .cb-status { fill: var(--text); font-weight: 600; }
/// .cb-halo { stroke: var(--surface); }           /* outline that keeps labels readable over lines */
/// .cb-empty { fill: var(--muted); font-style: italic; }
/// .cb-empty-frame { stroke: var(--border); stroke-opacity: 1; }
/// /* Axes */
/// .cb-grid { stroke: var(--border); stroke-opacity: 1; }
/// .cb-baseline { stroke: var(--muted); }
/// .cb-target { stroke: var(--text); }            /* dashed by its own stroke-dasharray */
/// /* Bars: series 0 solid, then hatch / dots / cross-hatch over cb-fill-N */
/// .cb-bar, .cb-fill-0 { fill: var(--accent); }
/// .cb-bar.cb-negative { fill: var(--rejected); }
/// .cb-fill-1 { fill: #6f86a6; fill-opacity: 1; }
/// .cb-fill-2 { fill: #b0882a; fill-opacity: 1; }
/// .cb-fill-3 { fill: #5f8f6e; fill-opacity: 1; }
/// .cb-fill-4 { fill: #9a6a8e; fill-opacity: 1; }
/// .cb-fill-5 { fill: #6b6b6b; fill-opacity: 1; }
/// .cb-hatch { fill: var(--surface); }
/// /* no fill rule on .cb-seg: patterned segments take theirs from fill="url(#…)" */
/// .cb-datum:hover .cb-bar, .cb-datum:hover .cb-seg { opacity: 0.85; }
/// /* Lines */
/// .cb-line { stroke: var(--accent); stroke-width: 2.5; }
/// .cb-point { fill: var(--surface); stroke: var(--accent); stroke-width: 2; }
/// /* Bullet */
/// .cb-track { fill: var(--border); fill-opacity: 0.6; }
/// .cb-band-fill { fill: var(--accepted); fill-opacity: 0.22; }
/// .cb-band-hatch { stroke: var(--accepted); stroke-opacity: 0.6; }
/// .cb-band-edge { stroke: var(--accepted); }
/// .cb-measure { fill: var(--text); }
/// .cb-marker { stroke: var(--surface); }
/// .cb-marker.cb-on-target { fill: var(--accepted); }
/// .cb-marker.cb-off-target { fill: var(--rejected); }
/// /* The data table under each chart */
/// .cb-chart-data { margin: 0.4rem 0 1rem; }
/// .cb-chart-data > summary { cursor: pointer; color: var(--accent); }
/// .cb-chart-table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin-top: 0.4rem; }
/// .cb-chart-table caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
/// .cb-chart-table th, .cb-chart-table td { padding: 0.2rem 0.6rem; border-bottom: 1px solid var(--border);
///   text-align: left; font-weight: normal; }
/// .cb-chart-table thead th { font-weight: 600; }
/// .cb-chart-table .cb-num { text-align: right; }
/// @media (prefers-color-scheme: dark) {
///   .cb-fill-1 { fill: #93a9c6; } .cb-fill-2 { fill: #d2ab4f; } .cb-fill-3 { fill: #84b894; }
///   .cb-fill-4 { fill: #c195b5; } .cb-fill-5 { fill: #9a9a9a; }
///   .cb-band-fill { fill-opacity: 0.3; }
/// }
/// @media print {
///   .cb-chart { max-width: 100%; color: #000; break-inside: avoid; }
///   .cb-bar, .cb-fill-0, .cb-measure { fill: #444; }
///   .cb-fill-1, .cb-fill-2, .cb-fill-3, .cb-fill-4, .cb-fill-5 { fill: #999; }
///   .cb-hatch, .cb-point { fill: #fff; }
///   .cb-halo, .cb-marker { stroke: #fff; }
///   .cb-line, .cb-point, .cb-target { stroke: #000; }
///   .cb-grid { stroke: #ccc; }
///   .cb-tick-label, .cb-axis-label, .cb-legend-label, .cb-empty { fill: #333; }
///   .cb-band-fill { fill: #ddd; fill-opacity: 1; }
///   .cb-band-hatch, .cb-band-edge { stroke: #555; }
///   .cb-marker.cb-on-target, .cb-marker.cb-off-target { fill: #000; }
///   .cb-chart-data:not([open]) { display: none; }   /* the chart prints; an opened table prints too */
/// }
/// ```
struct SVGWriter {
    /// An attribute name and its raw (unescaped) value, in the order they are written.
    typealias Attributes = [(String, String)]

    private(set) var output = ""

    /// `<name a="v" …>` followed by a newline; pair with `close(_:)`.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        output += "<" + name + Self.attributeText(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">\n"
    }

    /// `<name …/>`, or `<name …>text</name>` when `text` is given.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String? = nil) {
        output += "<" + name + Self.attributeText(attributes)
        if let text {
            output += ">" + Self.escape(text) + "</" + name + ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// A `<text>` element whose visible text is `shown`; when that is a shortened form of `full`,
    /// the full text goes into a `<title>` child so it appears on hover.
    mutating func text(_ shown: String, full: String? = nil, _ attributes: Attributes) {
        guard let full, full != shown else { return element("text", attributes, text: shown) }
        output += "<text" + Self.attributeText(attributes) + "><title>" + Self.escape(full) + "</title>"
            + Self.escape(shown) + "</text>\n"
    }

    // MARK: - Escaping and numbers

    /// Text safe inside an element or a double-quoted attribute, with characters XML forbids dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no C0 controls but tab/LF/CR, and neither U+FFFE nor U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A coordinate with at most two decimals, no exponent, no locale, never "-0" and never NaN/inf.
    ///
    /// Non-finite values become "0" and magnitudes are capped at 10^12, so a bad input can make a
    /// chart look wrong but can never make it unparseable.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((min(max(value, -1e12), 1e12) * 100).rounded())
        return fixed(hundredths, decimals: 2, trimZeros: true)
    }

    /// `scaled / 10^decimals` written out digit by digit, e.g. (-1234, 2) → "-12.34".
    static func fixed(_ scaled: Int, decimals: Int, trimZeros: Bool) -> String {
        guard scaled != 0 || !trimZeros else { return "0" }
        var digits = String(scaled.magnitude)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        var whole = String(digits.dropLast(decimals))
        var fraction = String(digits.suffix(decimals))
        if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        if whole.isEmpty { whole = "0" }
        let sign = scaled < 0 && (whole != "0" || fraction.contains { $0 != "0" }) ? "-" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}

// MARK: - Attributes

private extension SVGWriter {
    static func attributeText(_ attributes: Attributes) -> String {
        attributes.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined()
    }
}
