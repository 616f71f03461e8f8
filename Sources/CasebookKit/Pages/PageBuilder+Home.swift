/// The home page, the tag pages and the 404 page.
extension PageBuilder {
    /// How many of the newest cases the home page lists.
    static let latestCaseCount = 5

    func homePage() -> Page {
        let route = Route.home, links = LinkBase.relative(from: route)
        let open = cases.counting { $0.pointee.outcome == .open }
        let stats = [
            StatTile(label: strings.statCases, value: Formatting.integer(cases.count, language), href: links.href(.cases)),
            StatTile(label: strings.statOpen, value: Formatting.integer(open, language), href: links.href(.cases)),
            StatTile(label: strings.statPlaybooks, value: Formatting.integer(playbooks.count, language),
                     href: links.href(.playbooks)),
            StatTile(label: strings.statTags, value: Formatting.integer(tagIndex.tags.count, language), href: links.href(.tags)),
        ]
        let outcomes = outcomeShares(of: cases)
        let latest = cases.prefix(Self.latestCaseCount).map { caseRow($0, links: links) }
        let tags = tagIndex.tags.indices.map { tagLink(at: $0, links: links) }
        let view = HomeView(
            title: dash.overviewTitle, intro: dash.overviewIntro, asOfText: asOfText,
            tabsLabel: dash.tabsLabel, tabs: reportTabs(current: route, links: links),
            kpiHeading: dash.kpiHeading, kpis: kpiTiles(links: links), otherFigures: otherFigures(),
            knowledgeHeading: dash.knowledgeHeading, stats: stats,
            outcomes: outcomes, hasOutcomes: !outcomes.isEmpty,
            cases: latest, hasCases: !latest.isEmpty, allCasesHref: links.href(.cases),
            playbooks: playbookRows(links: links), hasPlaybooks: !playbooks.isEmpty, allPlaybooksHref: links.href(.playbooks),
            tags: tags, hasTags: !tags.isEmpty, allTagsHref: links.href(.tags))
        return Page(route: route, template: "home",
                    chrome: chrome(for: route, links: links, title: library.config.title, description: dash.overviewIntro,
                                   section: .home),
                    view: view, origin: .builtIn("home page"))
    }

    func tagsPage() -> Page {
        let route = Route.tags, links = LinkBase.relative(from: route)
        let tags = tagIndex.tags.indices.map { tagLink(at: $0, links: links) }
        let view = TagListView(title: strings.tagsTitle, intro: strings.tagsIntro,
                               countText: countText(tags.count, strings.tagsCount), tags: tags, hasTags: !tags.isEmpty)
        return Page(route: route, template: "tags",
                    chrome: chrome(for: route, links: links, title: view.title, section: .tags),
                    view: view, origin: .builtIn("tags index"))
    }

    func tagPage(_ tag: TagIndex.Tag) -> Page {
        let route = Route.forTag(slug: tag.slug), links = LinkBase.relative(from: route)
        let view = TagView(name: tag.name, countText: countText(tag.cases.count, strings.casesCount),
                           cases: tag.cases.map { caseRow($0, links: links) },
                           breadcrumbs: [LinkItem(label: strings.tagsTitle, href: links.href(.tags))])
        return Page(route: route, template: "tag",
                    chrome: chrome(for: route, links: links, title: tag.name, section: .tags),
                    view: view, origin: tag.origin)
    }

    /// The 404 page: a server shows it at any URL, so its links start from the base path.
    func notFoundPage() -> Page {
        let route = Route.notFound
        let links = LinkBase(route: route, style: .absolute(basePath: library.config.basePath))
        let view = NotFoundView(
            title: strings.notFoundTitle, text: strings.notFoundText, homeHref: links.href(.home),
            links: [LinkItem(label: strings.navCases, href: links.href(.cases)),
                    LinkItem(label: strings.navPlaybooks, href: links.href(.playbooks)),
                    LinkItem(label: strings.navTags, href: links.href(.tags))])
        return Page(route: route, template: "404",
                    chrome: chrome(for: route, links: links, title: view.title, section: .none),
                    view: view, origin: .builtIn("404 page"))
    }
}
