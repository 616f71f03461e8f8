/// Renders a whole site: every HTML page, the 404 page and the assets (the stylesheet).
///
/// The one entry point of the rendering stage: `(Library, TemplateSet) → [OutputFile]`.
public struct SiteRenderer: Sendable {
    public let library: Library
    public let templates: TemplateSet
    /// The figures the dashboards show; the same value the build writes to metrics.json.
    public let metrics: Metrics
    let zone: TimeZoneRules

    /// Pages of earlier builds to reuse (see `PageCache`); `nil` renders every page.
    var cache: PageCache?
    /// The build's per-ticket pass behind `metrics`, so the pages need not derive it again.
    var facts: [TicketFacts]?
    /// The ledger's lookups, if the build made them beside the metrics.
    var ledgerIndex: TicketLedger.Index?
    /// `false` draws every page with swift-mustache alone (the tests' reference for casebook's own drawing).
    var compilesTemplates = true

    /// - Parameter metrics: the build's metrics; `nil` computes them here from the library (for
    ///   callers that render without the build), as of the library's report date.
    public init(library: Library, metrics: Metrics? = nil, templates: TemplateSet) {
        self.library = library
        self.templates = templates
        // An unknown zone is reported when site.yml is loaded; UTC only keeps rendering total.
        zone = TimeZoneRules(identifier: library.config.timezone) ?? .fixed(offsetSeconds: 0)
        self.metrics = metrics ?? Self.metrics(for: library, zone: zone)
    }

    static func metrics(for library: Library, zone: TimeZoneRules) -> Metrics {
        let asOf = AsOf.resolve(for: library, option: nil, zone: zone) ?? library.cases.map { $0.date }.max()
            ?? LocalDate(daysSinceEpoch: 0)
        return MetricsCalculator(config: library.config, zone: zone).compute(for: library, asOf: asOf)
    }

    init(library: Library, metrics: Metrics, facts: [TicketFacts]? = nil, ledgerIndex: TicketLedger.Index? = nil,
         templates: TemplateSet, cache: PageCache?) {
        self.init(library: library, metrics: metrics, templates: templates)
        self.cache = cache
        self.facts = facts
        self.ledgerIndex = ledgerIndex
    }

    /// Every output file sorted by path, and the problems found (page collisions, missing templates).
    public func render() -> (files: [OutputFile], log: DiagnosticLog) {
        let (files, _, log) = render(deliver: nil)
        return (files, log)
    }

    /// As `render()`, but with `deliver` each page is handed over as soon as it is drawn; what was
    /// delivered is then listed by path, sorted, and only what was not is returned.
    func render(deliver: (@Sendable (OutputFile) -> Void)?) -> (files: [OutputFile], delivered: [String], log: DiagnosticLog) {
        let (plans, builderLog) = PageBuilder(library: library, metrics: metrics, zone: zone, facts: facts, ledgerIndex: ledgerIndex).plan()
        var log = builderLog
        let renderer = TemplateRenderer(templates: templates, strings: Strings.forLanguage(library.config.language), cache: cache,
                                        compiles: compilesTemplates)
        var (files, delivered, diagnostics) = renderer.render(plans, deliver: deliver)
        log.append(contentsOf: diagnostics)
        files += templates.assets.map { OutputFile(path: $0.key, bytes: $0.value) }
        return (files.sorted { $0.path < $1.path }, delivered.sorted(), log)
    }
}
