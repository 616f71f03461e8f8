/// The playbooks index and one page per playbook.
extension PageBuilder {
    func playbooksPage() -> Page {
        let route = Route.playbooks, links = LinkBase.relative(from: route)
        let view = PlaybookListView(
            title: strings.playbooksTitle, intro: strings.playbooksIntro,
            countText: countText(playbooks.count, strings.playbooksCount),
            playbooks: playbookRows(links: links), hasPlaybooks: !playbooks.isEmpty)
        return Page(route: route, template: "playbooks",
                    chrome: chrome(for: route, links: links, title: view.title, section: .playbooks),
                    view: view, origin: .builtIn("playbooks index"))
    }

    func playbookPage(_ playbook: Playbook) -> Page {
        let route = Route.forPlaybook(slug: playbook.slug), links = LinkBase.relative(from: route)
        let users = cases(applying: playbook)
        let steps = playbook.steps.enumerated().map { index, step in
            StepRow(number: Formatting.integer(index + 1, language), label: step.label, key: step.key,
                    usedCount: Formatting.integer(users.counting { $0.pointee.steps.contains(step.key) }, language))
        }
        let rows = users.map { item in
            let used = playbook.steps.filter { item.steps.contains($0.key) }.map { StepUse(label: $0.label, key: $0.key) }
            return PlaybookCaseRow(title: item.title, href: links.href(.forCase(slug: item.slug)),
                                   dateText: Formatting.date(item.date, language), dateISO: item.date.description,
                                   outcome: outcomeBadge(item.outcome), steps: used, hasSteps: !used.isEmpty)
        }
        let outcomes = outcomeShares(of: users)
        let lead = Lead.text(summary: playbook.summary, bodyHTML: playbook.bodyHTML)
        let retention = playbookRetention(playbook)
        let view = PlaybookView(
            title: playbook.title, lead: lead, hasLead: !lead.isEmpty,
            steps: steps, hasSteps: !steps.isEmpty, outcomes: outcomes, hasOutcomes: !outcomes.isEmpty,
            casesCountText: countText(users.count, strings.casesCount), cases: rows, hasCases: !rows.isEmpty,
            bodyHTML: playbook.bodyHTML, hasBody: !playbook.bodyHTML.isEmpty,
            breadcrumbs: [LinkItem(label: strings.playbooksTitle, href: links.href(.playbooks))],
            retentionHeading: dash.playbookRetention, retentionText: retention?.text ?? dash.playbookNoRetention,
            retentionComparison: retention?.comparison ?? "", hasComparison: !(retention?.comparison ?? "").isEmpty,
            retentionStatus: retention?.status ?? "")
        return Page(route: route, template: "playbook",
                    chrome: chrome(for: route, links: links, title: playbook.title, description: playbook.summary,
                                   section: .playbooks),
                    view: view,
                    origin: playbookOrigin(playbook))
    }

    func playbookOrigin(_ playbook: Playbook) -> PageOrigin {
        PageOrigin(label: "playbook '\(playbook.slug)' (\(playbook.source))", location: playbookLocation(playbook))
    }

    func playbookLocation(_ playbook: Playbook) -> SourceLocation {
        playbook.keyLocations["slug"] ?? SourceLocation(file: playbook.source, line: 1, column: 1)
    }

    /// Every playbook as a list row, with links written from the page at `links`.
    func playbookRows(links: LinkBase) -> [PlaybookRow] {
        playbooks.enumerated().map { index, playbook in
            let users = cases.counting { $0.pointee.playbooks.contains(playbook.slug) }
            return PlaybookRow(
                number: Formatting.integer(index + 1, language), title: playbook.title,
                href: links.href(.forPlaybook(slug: playbook.slug)),
                summary: playbook.summary, hasSummary: !playbook.summary.isEmpty,
                stepCount: Formatting.integer(playbook.steps.count, language),
                stepCountText: countText(playbook.steps.count, strings.stepsCount),
                caseCount: Formatting.integer(users, language),
                caseCountText: countText(users, strings.casesCount))
        }
    }

    /// The cases that name the playbook, newest first.
    func cases(applying playbook: Playbook) -> [Case] {
        cases.selecting { $0.pointee.playbooks.contains(playbook.slug) }
    }
}
