/// The typed contents of `Content/site.yml`, with the defaults of content.md for every key left out.
public struct SiteConfig: Sendable {
    public enum Language: String, Sendable, CaseIterable { case pl, en }

    public var title = "Reklamacje — raport dla zarządu"
    public var language = Language.pl
    public var timezone = "Europe/Warsaw"
    public var currency = "PLN"
    /// Always starts and ends with `/`.
    public var basePath = "/"
    public var asOf: LocalDate?
    public var policy = Policy()
    public var targets = Targets()
    public var clientTypes = ClientType.defaults
    public var tickets = DataSource(file: "data/tickets.csv")
    public var orders = DataSource(file: "data/orders.csv")
    /// `privacy.allow`: values the personal-data check lets through anywhere (the company's own
    /// address, phone or NIP), compared without spaces, hyphens or case.
    public var privacyAllow: [String] = []

    public init() {}

    public func clientType(forKey key: String) -> ClientType? { clientTypes.first { $0.key == key } }
}

/// The company's complaint-handling rules: promises, legal deadlines and what things cost.
public struct Policy: Sendable, Equatable {
    public var responsePromiseDays = 7
    public var statutoryResponseDays = 14
    public var statutoryWithdrawalDays = 14
    public var refundGuaranteeDays = 30
    public var retentionWindowDays = 90
    public var wellHandledCsat = 4
    public var hourlyCost = 80.0
    public var repeatComplainantMin = 3
    public init() {}
}

/// What management aims for; the dashboards show each figure against these.
public struct Targets: Sendable, Equatable {
    public var wellHandledRetention = 0.80
    public var withinPromise = 0.95
    public var withinStatutory = 1.00
    public var handlingCostShare = CostBand(low: 0.02, high: 0.05)
    public init() {}
}

/// The reserve for complaint handling, as a share of revenue.
public struct CostBand: Sendable, Equatable {
    public var low: Double
    public var high: Double
    public init(low: Double, high: Double) { self.low = low; self.high = high }
}

/// One kind of difficult (or not so difficult) customer from the site's taxonomy.
public struct ClientType: Sendable, Equatable {
    public var key: String
    public var label: String
    public init(key: String, label: String) { self.key = key; self.label = label }

    public static let defaults: [ClientType] = [
        .init(key: "justified_slow", label: "Zasadna reklamacja, której nie da się szybko załatwić"),
        .init(key: "unjustified_claim", label: "Bezzasadna reklamacja, próba wyłudzenia"),
        .init(key: "emotional", label: "Szuka kozła ofiarnego"),
        .init(key: "perfectionist", label: "Perfekcjonista"),
        .init(key: "narcissist", label: "Narcyz"),
        .init(key: "debtor", label: "Dłużnik"),
        .init(key: "envious", label: "Zazdrośnik"),
        .init(key: "dislikes_us", label: "Po prostu nas nie lubi"),
        .init(key: "confused", label: "Zagubiony w produkcie"),
        .init(key: "indecisive", label: "Zmienia zdanie"),
        .init(key: "threatening", label: "Grozi urzędem lub sądem"),
    ]
}

/// Where a CSV export lives and how to read it.
public struct DataSource: Sendable, Equatable {
    public enum Delimiter: Sendable, Equatable { case auto, fixed(UInt8) }
    /// Relative to the content folder.
    public var file: String
    public var delimiter = Delimiter.auto
    /// Canonical column name → header used in the export.
    public var columns: [String: String] = [:]
    public init(file: String) { self.file = file }
}
