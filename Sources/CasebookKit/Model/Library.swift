/// Everything a build loaded and validated: the one value the compute and render stages read.
public struct Library: Sendable {
    public var config: SiteConfig
    /// Non-draft cases (drafts too with `--drafts`), newest first, then by slug.
    public var cases: [Case]
    /// Sorted by `order`, then title, then slug.
    public var playbooks: [Playbook]
    public var tickets: [Ticket]
    /// `nil` when the site has no orders export.
    public var orders: [Order]?
    /// Rows left out by `--lenient`, with why, for the data-quality page.
    public var skippedRows: [SkippedRow]

    public init(config: SiteConfig, cases: [Case] = [], playbooks: [Playbook] = [], tickets: [Ticket] = [],
                orders: [Order]? = nil, skippedRows: [SkippedRow] = []) {
        self.config = config
        self.cases = cases
        self.playbooks = playbooks
        self.tickets = tickets
        self.orders = orders
        self.skippedRows = skippedRows
    }
}

/// A CSV row that `--lenient` left out, and the first problem that made it unusable.
public struct SkippedRow: Sendable, Equatable {
    public var location: SourceLocation
    public var reason: String
    public init(location: SourceLocation, reason: String) { self.location = location; self.reason = reason }
}
