/// One complaint from the helpdesk export, as typed values.
public struct Ticket: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable { case accepted, rejected, partial, withdrawn }
    public enum RefundDecision: String, Sendable, CaseIterable { case granted, refused }

    // The stored fields are ordered widest first and the optional times, amounts and dates are
    // kept with a sentinel instead of an `Optional`'s extra byte (which padding made 8): a ticket
    // is 168 bytes instead of 272, about 100 MiB less at 1,000,000 tickets, and some fifteen
    // passes over all tickets read that much less. The public properties are the optionals.
    public var id: String
    public var customerId: String
    public var channel: String?
    public var category: String?
    /// A key of `SiteConfig.clientTypes`.
    public var clientType: String?
    public var agent: String?
    public var openedAt: Instant
    private var firstResponseMicros = Self.noInstant
    private var answeredMicros = Self.noInstant
    private var resolvedMicros = Self.noInstant
    private var handlingBits = Self.noNumber
    private var compensationBits = Self.noNumber
    private var refundAmountBits = Self.noNumber
    private var lineNumber: Int32
    private var purchasedDays = Self.noSmall
    private var csatValue = Self.noByte
    public var justified: Bool?
    public var outcome: Outcome?
    public var refund: RefundDecision?
    public var escalated: Bool?
    public var reopened: Bool?
    public var isPublic: Bool?
    public var retained: Bool?

    public var firstResponseAt: Instant? {
        get { Self.instant(firstResponseMicros) }
        set { firstResponseMicros = newValue?.microseconds ?? Self.noInstant }
    }
    public var answeredAt: Instant? {
        get { Self.instant(answeredMicros) }
        set { answeredMicros = newValue?.microseconds ?? Self.noInstant }
    }
    public var resolvedAt: Instant? {
        get { Self.instant(resolvedMicros) }
        set { resolvedMicros = newValue?.microseconds ?? Self.noInstant }
    }
    public var handlingMinutes: Double? {
        get { Self.number(handlingBits) }
        set { handlingBits = newValue?.bitPattern ?? Self.noNumber }
    }
    public var compensation: Double? {
        get { Self.number(compensationBits) }
        set { compensationBits = newValue?.bitPattern ?? Self.noNumber }
    }
    public var refundAmount: Double? {
        get { Self.number(refundAmountBits) }
        set { refundAmountBits = newValue?.bitPattern ?? Self.noNumber }
    }
    /// Days from 1970 fit 32 bits for every year a date can be written with (0000–9999).
    public var purchasedAt: LocalDate? {
        get { purchasedDays == Self.noSmall ? nil : LocalDate(daysSinceEpoch: Int(purchasedDays)) }
        set { purchasedDays = newValue.map { Int32(clamping: $0.daysSinceEpoch) } ?? Self.noSmall }
    }
    /// 1 to 5 when read from a file.
    public var csat: Int? {
        get { csatValue == Self.noByte ? nil : Int(csatValue) }
        set { csatValue = newValue.map { Int8(clamping: $0) } ?? Self.noByte }
    }
    /// 1-based line of the row in the CSV, for diagnostics that point back at it (a file of more
    /// than two billion lines is not read whole anyway).
    public var line: Int {
        get { Int(lineNumber) }
        set { lineNumber = Int32(clamping: newValue) }
    }

    public init(id: String, customerId: String, openedAt: Instant, line: Int = 0) {
        self.id = id
        self.customerId = customerId
        self.openedAt = openedAt
        lineNumber = Int32(clamping: line)
    }

    /// Every field at once, for the reader: one filled field by field in a variable cost 177 M
    /// instructions more at 1,000,000 tickets. The reader's `append` still copies each new
    /// ticket once and destroys the original (an ARC pairing the optimiser misses; making this
    /// initializer non-inlined only moved the copy into it).
    init(id: String, customerId: String, openedAt: Instant, line: Int,
         firstResponseAt: Instant?, answeredAt: Instant?, resolvedAt: Instant?,
         channel: String?, category: String?, clientType: String?, justified: Bool?, outcome: Outcome?, csat: Int?,
         handlingMinutes: Double?, compensation: Double?, refund: RefundDecision?, refundAmount: Double?,
         purchasedAt: LocalDate?, agent: String?, escalated: Bool?, reopened: Bool?, isPublic: Bool?, retained: Bool?) {
        // Each stored field once, without delegating through the setters (-4 M instructions at
        // medium).
        self.id = id
        self.customerId = customerId
        self.channel = channel
        self.category = category
        self.clientType = clientType
        self.agent = agent
        self.openedAt = openedAt
        firstResponseMicros = firstResponseAt?.microseconds ?? Self.noInstant
        answeredMicros = answeredAt?.microseconds ?? Self.noInstant
        resolvedMicros = resolvedAt?.microseconds ?? Self.noInstant
        handlingBits = handlingMinutes?.bitPattern ?? Self.noNumber
        compensationBits = compensation?.bitPattern ?? Self.noNumber
        refundAmountBits = refundAmount?.bitPattern ?? Self.noNumber
        lineNumber = Int32(clamping: line)
        purchasedDays = purchasedAt.map { Int32(clamping: $0.daysSinceEpoch) } ?? Self.noSmall
        csatValue = csat.map { Int8(clamping: $0) } ?? Self.noByte
        self.justified = justified
        self.outcome = outcome
        self.refund = refund
        self.escalated = escalated
        self.reopened = reopened
        self.isPublic = isPublic
        self.retained = retained
    }

    /// The binding answer: `answered_at`, else `resolved_at`.
    public var answer: Instant? { answeredAt ?? resolvedAt }
    public var isResolved: Bool { resolvedMicros != Self.noInstant }

    /// No instant the parsers make is 292,000 years before 1970, nor any amount this NaN.
    private static let noInstant = Int64.min
    private static let noNumber = UInt64.max
    private static let noSmall = Int32.min
    /// The reader takes 1 to 5 only; a value set by hand is clamped to −127…127.
    private static let noByte = Int8.min

    private static func instant(_ micros: Int64) -> Instant? { micros == noInstant ? nil : Instant(microseconds: micros) }
    private static func number(_ bits: UInt64) -> Double? { bits == noNumber ? nil : Double(bitPattern: bits) }
}
