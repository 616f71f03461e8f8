/// The cases index, the two grouped views and one page per case.
extension PageBuilder {
    func casesPage() -> Page {
        let route = Route.cases, links = LinkBase.relative(from: route)
        let view = CaseListView(
            title: strings.casesTitle, intro: strings.casesIntro,
            countText: countText(cases.count, strings.casesCount),
            views: listViews(current: route, links: links),
            cases: cases.map { caseRow($0, links: links) }, hasCases: !cases.isEmpty)
        return Page(route: route, template: "cases",
                    chrome: chrome(for: route, links: links, title: view.title, section: .cases),
                    view: view, origin: .builtIn("cases index"))
    }

    /// Groups in the order of the site's `client_types`, then unknown keys, then cases without one.
    func casesByClientTypePage() -> Page {
        let route = Route.casesByClientType, links = LinkBase.relative(from: route)
        let config = library.config
        let known = config.clientTypes.map(\.key)
        let unknown = Set(cases.compactMap { $0.clientType }).subtracting(known).sorted()
        var groups: [CaseGroup] = []
        for key in known + unknown {
            let members = cases.selecting { $0.pointee.clientType == key }
            guard !members.isEmpty else { continue }
            groups.append(group(anchor: "type-" + Slug.make(key),
                                title: strings.label(forClientType: key, in: config), cases: members, links: links))
        }
        let untyped = cases.selecting { $0.pointee.clientType == nil }
        if !untyped.isEmpty {
            groups.append(group(anchor: "type-none", title: strings.noClientType, cases: untyped, links: links))
        }
        return groupsPage(route: route, title: strings.viewByClientType, intro: strings.byClientTypeIntro,
                          groups: groups, links: links, origin: "cases-by-client-type page")
    }

    /// The most cases a tag's group lists on the cases-by-tag page; its tag page lists them all.
    /// A case appears once per tag, so listing every one made this the largest page of the site
    /// (22 MB at 10,000 cases, 111 MB at 50,000), one no reader scrolls through.
    static let casesListedPerTag = 100

    /// One group per tag (sorted by slug), then the untagged cases. A tag's group lists its
    /// newest cases, with a link to the tag's page for the rest.
    func casesByTagPage() -> Page {
        let route = Route.casesByTag, links = LinkBase.relative(from: route)
        var groups = tagIndex.tags.map { tag in
            group(anchor: "tag-" + tag.slug, title: tag.name, cases: tag.cases, links: links,
                  href: links.href(.forTag(slug: tag.slug)), listing: Self.casesListedPerTag)
        }
        let untagged = cases.selecting { $0.pointee.tags.allSatisfy { tagIndex.tag(for: $0) == nil } }
        if !untagged.isEmpty {
            groups.append(group(anchor: "untagged", title: strings.untagged, cases: untagged, links: links))
        }
        return groupsPage(route: route, title: strings.viewByTag, intro: strings.byTagIntro,
                          groups: groups, links: links, origin: "cases-by-tag page")
    }

    func casePage(_ item: Case) -> Page {
        let route = Route.forCase(slug: item.slug), links = LinkBase.relative(from: route)
        let config = library.config
        var facts = [Fact(label: strings.factDate, value: Formatting.date(item.date, language))]
        if let key = item.clientType {
            facts.append(Fact(label: strings.factClientType, value: strings.label(forClientType: key, in: config)))
        }
        facts.append(Fact(label: strings.factOutcome, value: outcomeBadge(item.outcome).label))
        if let customer = item.customer { facts.append(Fact(label: strings.factCustomer, value: customer)) }
        if !item.tickets.isEmpty { facts.append(Fact(label: strings.factTickets, value: item.tickets.joined(separator: ", "))) }
        if let retained = item.retained {
            facts.append(Fact(label: strings.factRetained, value: retained ? strings.yes : strings.no))
        }
        let applied = appliedPlaybooks(of: item, links: links)
        let tags = tagLinks(of: item, links: links)
        let lead = Lead.text(summary: item.summary, bodyHTML: item.bodyHTML)
        let customer = customerFacts(of: item)
        let view = CaseView(
            title: item.title, lead: lead, hasLead: !lead.isEmpty, dateText: Formatting.date(item.date, language), dateISO: item.date.description,
            outcome: outcomeBadge(item.outcome),
            clientTypeLabel: item.clientType.map { strings.label(forClientType: $0, in: config) } ?? "",
            hasClientType: item.clientType != nil,
            facts: facts, playbooks: applied, hasPlaybooks: !applied.isEmpty,
            bodyHTML: item.bodyHTML, hasBody: !item.bodyHTML.isEmpty,
            tags: tags, hasTags: !tags.isEmpty,
            breadcrumbs: [LinkItem(label: strings.casesTitle, href: links.href(.cases))],
            ticketsHeading: dash.caseTicketsHeading, ticketTable: ticketTable(of: item), hasTickets: !item.tickets.isEmpty,
            customerHeading: dash.customerHeading, customerFacts: customer, hasCustomer: !customer.isEmpty)
        return Page(route: route, template: "case",
                    chrome: chrome(for: route, links: links, title: item.title, description: item.summary, section: .cases),
                    view: view,
                    origin: caseOrigin(item))
    }

    func caseOrigin(_ item: Case) -> PageOrigin {
        PageOrigin(label: "case '\(item.slug)' (\(item.source))", location: item.location(ofKey: "slug"))
    }

    /// A case as one row of a list, with links written from the page at `links`.
    func caseRow(_ item: Case, links: LinkBase) -> CaseRow {
        let tags = tagLinks(of: item, links: links)
        return CaseRow(
            title: item.title, href: links.href(.forCase(slug: item.slug)),
            dateText: Formatting.date(item.date, language), dateISO: item.date.description,
            summary: item.summary, hasSummary: !item.summary.isEmpty,
            outcome: outcomeBadge(item.outcome),
            clientTypeLabel: item.clientType.map { strings.label(forClientType: $0, in: library.config) } ?? "",
            hasClientType: item.clientType != nil,
            tags: tags, hasTags: !tags.isEmpty)
    }

    /// A case's tags, merged and in index order (by slug).
    func tagLinks(of item: Case, links: LinkBase) -> [TagLink] {
        tagIndex.positions(of: item).map { tagLink(at: $0, links: links) }
    }

    /// The link to `tagIndex.tags[position]`.
    func tagLink(at position: Int, links: LinkBase) -> TagLink {
        // Field by field: `let tag = tagIndex.tags[position]` copied the whole tag, its list of
        // cases included, for every tag of every row.
        let counts = tagCounts[position]
        return TagLink(name: tagIndex.tags[position].name, href: links.href(tagRoutes[position]),
                       count: counts.count, countText: counts.text)
    }
}

// MARK: - Helpers

private extension PageBuilder {
    /// The tabs that switch between the three list views.
    func listViews(current: Route, links: LinkBase) -> [LinkItem] {
        [(strings.viewNewest, Route.cases), (strings.viewByClientType, .casesByClientType), (strings.viewByTag, .casesByTag)]
            .map { LinkItem(label: $0.0, href: links.href($0.1), isCurrent: $0.1 == current) }
    }

    /// A group counting all its `cases` and listing the first `limit` of them; a group cut short
    /// says so (the caller gives an `href` to the page that lists them all).
    func group(anchor: String, title: String, cases: [Case], links: LinkBase, href: String = "",
               listing limit: Int = .max) -> CaseGroup {
        var group = CaseGroup(anchor: anchor, title: title, countText: countText(cases.count, strings.casesCount),
                              href: href, hasHref: !href.isEmpty, cases: cases.prefix(limit).map { caseRow($0, links: links) })
        if cases.count > limit {
            group.hasMore = true
            group.moreText = DashboardStrings.fill(strings.newestShown, [("shown", Formatting.integer(limit, language)),
                                                                         ("total", Formatting.integer(cases.count, language))])
        }
        return group
    }

    func groupsPage(route: Route, title: String, intro: String, groups: [CaseGroup], links: LinkBase,
                    origin: String) -> Page {
        let view = CaseGroupsView(title: title, intro: intro, countText: countText(cases.count, strings.casesCount),
                                  views: listViews(current: route, links: links), groups: groups, hasGroups: !groups.isEmpty)
        return Page(route: route, template: "case-groups",
                    chrome: chrome(for: route, links: links, title: title, section: .cases),
                    view: view, origin: .builtIn(origin))
    }

    /// The playbooks a case names, each with the steps of it the case used, in the playbook's order.
    /// Steps no named playbook defines are listed last under "other steps", with their keys.
    func appliedPlaybooks(of item: Case, links: LinkBase) -> [AppliedPlaybook] {
        var remaining = item.steps
        var result: [AppliedPlaybook] = []
        for slug in item.playbooks {
            guard let playbook = playbookBySlug[slug] else {
                result.append(AppliedPlaybook(title: slug, href: "", hasHref: false, steps: [], hasSteps: false))
                continue
            }
            let used = playbook.steps.filter { item.steps.contains($0.key) }
            remaining.removeAll { key in used.contains { $0.key == key } }
            result.append(AppliedPlaybook(title: playbook.title, href: links.href(.forPlaybook(slug: slug)), hasHref: true,
                                          steps: used.map { StepUse(label: $0.label, key: $0.key) }, hasSteps: !used.isEmpty))
        }
        if !remaining.isEmpty {
            let labels = Dictionary(playbooks.flatMap(\.steps).map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
            let steps = remaining.map { StepUse(label: labels[$0] ?? $0, key: $0) }
            result.append(AppliedPlaybook(title: strings.otherSteps, href: "", hasHref: false, steps: steps, hasSteps: true))
        }
        return result
    }
}
