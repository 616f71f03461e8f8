/// Turns a `Library` into the list of pages of the site, reporting pages that would share a path.
///
/// Pure and deterministic: every list is sorted with a total order before it becomes a view, and
/// the pages come out sorted by path.
struct PageBuilder {
    let library: Library
    let strings: Strings
    let language: SiteConfig.Language
    /// Newest first, then by slug, then by source path.
    let cases: [Case]
    /// By `order` (missing last), then title, then slug.
    let playbooks: [Playbook]
    let playbookBySlug: [String: Playbook]
    let tagIndex: TagIndex
    /// Every figure the dashboards show (the same value as metrics.json).
    let metrics: Metrics
    /// Per-ticket detail behind the figures: overdue ages, a case's tickets, a customer's history.
    let ledger: TicketLedger
    /// The slug of the (newest) case citing each ticket id.
    let casesByTicket: [String: String]
    /// Each tag's number of cases as shown, by position in `tagIndex.tags`: a tag link is on
    /// every row of every list.
    let tagCounts: [(count: String, text: String)]
    /// Each tag's page, by position in `tagIndex.tags`, for the same reason.
    let tagRoutes: [Route]

    init(library: Library, metrics: Metrics, zone: TimeZoneRules, facts: [TicketFacts]? = nil,
         ledgerIndex: TicketLedger.Index? = nil) {
        self.library = library
        self.metrics = metrics
        ledger = TicketLedger(library: library, asOf: metrics.asOf, zone: zone, facts: facts, index: ledgerIndex)
        language = library.config.language
        strings = Strings.forLanguage(library.config.language)
        cases = library.cases.sorted { a, b in
            if a.date != b.date { return a.date > b.date }
            if a.slug != b.slug { return a.slug < b.slug }
            return a.source < b.source
        }
        playbooks = library.playbooks.sorted { a, b in
            switch (a.order, b.order) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.title != b.title ? a.title < b.title : (a.slug, a.source) < (b.slug, b.source)
            }
        }
        // The first playbook with a slug wins; a second one is reported as a page collision.
        playbookBySlug = Dictionary(playbooks.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        tagIndex = TagIndex(cases: cases)
        tagCounts = tagIndex.tags.map { [language, strings] tag in
            (Formatting.integer(tag.cases.count, language), Formatting.count(tag.cases.count, strings.casesCount, language))
        }
        tagRoutes = tagIndex.tags.map { Route.forTag(slug: $0.slug) }
        var casesByTicket: [String: String] = [:]
        for index in cases.indices {
            for id in cases[index].tickets where casesByTicket[id] == nil { casesByTicket[id] = cases[index].slug }
        }
        self.casesByTicket = casesByTicket
    }

    /// For callers without the build's metrics: computes them from the library.
    init(library: Library) {
        let zone = TimeZoneRules(identifier: library.config.timezone) ?? .fixed(offsetSeconds: 0)
        self.init(library: library, metrics: SiteRenderer.metrics(for: library, zone: zone), zone: zone)
    }

    /// Every page, sorted by output path, and the problems found on the way.
    func build() -> (pages: [Page], log: DiagnosticLog) {
        let (plans, log) = plan()
        return (Parallel.map(plans) { $0.make() }.sorted { $0.route < $1.route }, log)
    }

    /// Every page to draw, the longest jobs first, and the problems found on the way (two pages
    /// claiming one path: the first keeps it).
    ///
    /// No page is built here: each is known by its path, template and origin, and built when it
    /// is drawn (a test holds every page to its plan).
    func plan() -> (plans: [PagePlan], log: DiagnosticLog) {
        var log = tagIndex.diagnostics
        let shownCases = cases.selecting { checkSlug($0.pointee.slug, of: "case", at: $0.pointee.location(ofKey: "slug"), log: &log) }
        let shownPlaybooks = playbooks.filter { playbook in
            checkSlug(playbook.slug, of: "playbook", at: playbookLocation(playbook), log: &log)
        }
        // The plans share one copy of the builder: a closure capturing `self` copies the whole
        // struct (the UI strings alone are hundreds of fields), 70 MiB over 10,000 plans.
        let shared = Shared(self)
        // The lists of every case come first, being the longest jobs.
        let builtIn: [(Route, String, String, @Sendable (PageBuilder) -> Page)] = [
            (.home, "home", "home page", { $0.homePage() }),
            (.notFound, "404", "404 page", { $0.notFoundPage() }),
            (.cases, "cases", "cases index", { $0.casesPage() }),
            (.casesByClientType, "case-groups", "cases-by-client-type page", { $0.casesByClientTypePage() }),
            (.casesByTag, "case-groups", "cases-by-tag page", { $0.casesByTagPage() }),
            (.playbooks, "playbooks", "playbooks index", { $0.playbooksPage() }),
            (.tags, "tags", "tags index", { $0.tagsPage() }),
            (.deadlines, "dashboard", "deadlines dashboard", { $0.deadlinesPage() }),
            (.retention, "dashboard", "retention dashboard", { $0.retentionPage() }),
            (.costs, "dashboard", "costs dashboard", { $0.costsPage() }),
            (.refunds, "dashboard", "refunds dashboard", { $0.refundsPage() }),
            (.clientTypes, "dashboard", "client types dashboard", { $0.clientTypesPage() }),
            (.agents, "dashboard", "agents dashboard", { $0.agentsPage() }),
            (.dataQuality, "dashboard", "data quality dashboard", { $0.dataQualityPage() }),
        ]
        var plans = builtIn.map { route, template, name, make in
            PagePlan(route: route, template: template, origin: .builtIn(name)) { make(shared.builder) }
        }
        plans += shownCases.map { item in
            PagePlan(route: .forCase(slug: item.slug), template: "case", origin: caseOrigin(item)) { shared.builder.casePage(item) }
        }
        plans += shownPlaybooks.map { playbook in
            PagePlan(route: .forPlaybook(slug: playbook.slug), template: "playbook", origin: playbookOrigin(playbook)) {
                shared.builder.playbookPage(playbook)
            }
        }
        plans += tagIndex.tags.map { tag in
            PagePlan(route: .forTag(slug: tag.slug), template: "tag", origin: tag.origin) { shared.builder.tagPage(tag) }
        }
        return (removingCollisions(plans, log: &log), log)
    }

    private final class Shared: Sendable {
        let builder: PageBuilder
        init(_ builder: PageBuilder) { self.builder = builder }
    }
}

// MARK: - Shared pieces

extension PageBuilder {
    /// The layout data for a page at `route`.
    func chrome(for route: Route, links: LinkBase, title: String, description: String = "",
                section: NavSection) -> SiteChrome {
        let siteTitle = library.config.title
        let items: [(String, Route, NavSection)] = [
            (strings.navHome, .home, .home), (strings.navCases, .cases, .cases),
            (strings.navPlaybooks, .playbooks, .playbooks), (strings.navTags, .tags, .tags),
        ]
        return SiteChrome(
            lang: strings.lang,
            siteTitle: siteTitle,
            documentTitle: title == siteTitle ? siteTitle : title + strings.titleSeparator + siteTitle,
            description: description,
            hasDescription: !description.isEmpty,
            homeHref: links.href(.home),
            stylesheetHref: links.href(.stylesheet),
            nav: items.map { LinkItem(label: $0.0, href: links.href($0.1), isCurrent: $0.2 == section) }
        )
    }

    func outcomeBadge(_ outcome: Case.Outcome?) -> OutcomeBadge {
        guard let outcome else { return OutcomeBadge(label: strings.outcomeNone, key: "none", isRecorded: false) }
        return OutcomeBadge(label: strings.label(for: outcome), key: outcome.rawValue, isRecorded: true)
    }

    func countText(_ count: Int, _ forms: PluralForms) -> String { Formatting.count(count, forms, language) }

    /// How many cases ended each way (in the order of `Case.Outcome`, unrecorded last) and the share.
    func outcomeShares(of cases: [Case]) -> [OutcomeShare] {
        let outcomes: [Case.Outcome?] = Case.Outcome.allCases + [nil]
        return outcomes.compactMap { outcome in
            // Counted, not filtered: a filtered array copied every matching case (0.5% of a build).
            let count = cases.counting { $0.pointee.outcome == outcome }
            guard count > 0 else { return nil }
            let share = Double(count) / Double(cases.count)
            return OutcomeShare(outcome: outcomeBadge(outcome), count: Formatting.integer(count, language),
                                share: Formatting.percent(share, language),
                                shareValue: Formatting.number(share * 100, fractionDigits: 1, .en))
        }
    }
}

// MARK: - Checks

private extension PageBuilder {
    /// A slug must be one safe path component; the loader checks the `[a-z0-9-]` rule too, but a
    /// slug like `../x` must never reach the writer whatever the loader let through.
    func checkSlug(_ slug: String, of kind: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        if Slug.isValid(slug) { return true }
        log.error("\(kind) slug '\(slug)' cannot be used in a URL; use only a-z, 0-9 and '-'", at: location,
                  hint: Slug.make(slug).isEmpty ? nil : "did you mean '\(Slug.make(slug))'?")
        return false
    }

    /// Keeps the first page for each path and reports every other page that claims it.
    func removingCollisions(_ plans: [PagePlan], log: inout DiagnosticLog) -> [PagePlan] {
        var firstByPath: [String: PagePlan] = [:]
        var kept: [PagePlan] = []
        for plan in plans {
            guard let first = firstByPath[plan.route.path] else {
                firstByPath[plan.route.path] = plan
                kept.append(plan)
                continue
            }
            var notes: [Diagnostic] = []
            if let location = first.origin.location {
                notes.append(.note("\(first.origin.label) is defined here", at: location))
            }
            log.error("\(plan.origin.label) would be written to \(plan.route.path), which \(first.origin.label) already uses",
                      at: plan.origin.location, hint: plan.origin.hint, notes: notes)
        }
        return kept
    }
}
