/// One value on a horizontal scale against a target band or a single target, with its status spelt out.
///
/// On-target or not is never told by colour alone: the marker's shape changes (a circle on target,
/// a triangle pointing the way the value misses otherwise) and the status text is printed next to
/// the value, e.g. "3,4% · w normie".
public struct BulletChart: Sendable {
    /// What counts as on target.
    public enum Target: Sendable, Equatable {
        /// Inside the band, ends included: the cost share within 2–5%.
        case band(ClosedRange<Double>)
        /// At or above: a rate against a 95% target.
        case atLeast(Double)
        /// At or below: e.g. a share of overdue tickets.
        case atMost(Double)
    }

    /// Where the value stands; `.below`/`.above` only when off target.
    public enum Status: String, Sendable { case onTarget, below, above, noData }

    /// The caller's words for each status, e.g. "w normie", "poniżej normy", "powyżej normy".
    public struct StatusText: Sendable, Equatable {
        public var onTarget: String
        public var below: String
        public var above: String
        public init(onTarget: String, below: String, above: String) {
            self.onTarget = onTarget
            self.below = below
            self.above = above
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var value: Double?
    public var target: Target
    /// The scale to show at least, e.g. 0...0.1 for a cost share or 0...1 for a rate; the value and
    /// target widen it when outside. `nil`: from 0 to a little past the larger of value and target.
    public var range: ClosedRange<Double>?
    public var statusText: StatusText
    public var format: ChartFormatter
    /// Formats the axis ticks when they want fewer decimals than the values ("5%" beside "3,4%"); `nil`: `format`.
    public var tickFormat: ChartFormatter?
    public var emptyText: String

    public init(id: String, title: String, description: String, value: Double?, target: Target,
                range: ClosedRange<Double>? = nil, statusText: StatusText,
                format: @escaping ChartFormatter = ChartFormat.number(), tickFormat: ChartFormatter? = nil,
                emptyText: String) {
        self.id = id
        self.title = title
        self.description = description
        self.value = value
        self.target = target
        self.range = range
        self.statusText = statusText
        self.format = format
        self.tickFormat = tickFormat
        self.emptyText = emptyText
    }

    /// Whether the value meets the target, allowing a 1e-9 relative slack so 19/20 meets 0.95.
    public var status: Status {
        guard let value = ChartValue.drawable(value) else { return .noData }
        func slack(_ bound: Double) -> Double { 1e-9 * max(1, abs(bound)) }
        switch target {
        case .band(let band):
            if value < band.lowerBound - slack(band.lowerBound) { return .below }
            if value > band.upperBound + slack(band.upperBound) { return .above }
            return .onTarget
        case .atLeast(let bound):
            return value >= bound - slack(bound) ? .onTarget : .below
        case .atMost(let bound):
            return value <= bound + slack(bound) ? .onTarget : .above
        }
    }

    /// The words for `status`; empty for `.noData`.
    public var statusLabel: String {
        switch status {
        case .onTarget: statusText.onTarget
        case .below: statusText.below
        case .above: statusText.above
        case .noData: ""
        }
    }

    /// The target as text: "2%–5%", "≥ 95%" or "≤ 5%".
    public var targetLabel: String {
        switch target {
        case .band(let band): format(band.lowerBound) + "–" + format(band.upperBound)
        case .atLeast(let bound): "≥ " + format(bound)
        case .atMost(let bound): "≤ " + format(bound)
        }
    }

    /// The figure as a one-row table: value, target, status.
    public func table(summary: String, valueHeader: String, targetHeader: String, statusHeader: String,
                      missing: String = "—") -> String {
        var table = ChartTable(caption: title, headers: [valueHeader, targetHeader, statusHeader])
        table.rowHeaders = false
        let valueText = ChartValue.drawable(value).map { format($0) } ?? missing
        table.rows = [[valueText, targetLabel, status == .noData ? missing : statusLabel]]
        return table.html(summary: summary)
    }
}
