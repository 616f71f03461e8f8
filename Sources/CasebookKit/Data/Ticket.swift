/// One complaint from the helpdesk export, as typed values.
public struct Ticket: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected, partial, withdrawn }
    public enum RefundDecision: String, Sendable, CaseIterable { case granted, refused }

    public var id: String
    public var customerId: String
    public var openedAt: Instant
    public var firstResponseAt: Instant?
    public var answeredAt: Instant?
    public var resolvedAt: Instant?
    public var channel: String?
    public var category: String?
    /// A key of `SiteConfig.clientTypes`.
    public var clientType: String?
    public var justified: Bool?
    public var outcome: Outcome?
    public var csat: Int?
    public var handlingMinutes: Double?
    public var compensation: Double?
    public var refund: RefundDecision?
    public var refundAmount: Double?
    public var purchasedAt: LocalDate?
    public var agent: String?
    public var escalated: Bool?
    public var reopened: Bool?
    public var isPublic: Bool?
    public var retained: Bool?
    /// 1-based line of the row in the CSV, for diagnostics that point back at it.
    public var line: Int

    public init(id: String, customerId: String, openedAt: Instant, line: Int = 0) {
        self.id = id
        self.customerId = customerId
        self.openedAt = openedAt
        self.line = line
    }

    /// The binding answer: `answered_at`, else `resolved_at`.
    public var answer: Instant? { answeredAt ?? resolvedAt }
    public var isResolved: Bool { resolvedAt != nil }
}
