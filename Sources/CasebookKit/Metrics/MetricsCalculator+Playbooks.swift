// MARK: - Playbooks

extension MetricsCalculator {
    /// `metrics` as computed for the same tickets and orders but other cases or playbooks, with
    /// the figures that count cases and playbooks worked out for `library`'s.
    func recountingCases(_ metrics: Metrics, _ library: Library, facts: [TicketFacts]) -> Metrics {
        var metrics = metrics
        metrics.inputs.cases = Self.countedCases(library)
        metrics.inputs.playbooks = library.playbooks.count
        metrics.playbooks = playbooks(library, library.tickets, facts)
        return metrics
    }

    /// metrics.json `inputs.cases`: drafts are never counted, even when `--drafts` builds them.
    static func countedCases(_ library: Library) -> Int { library.cases.counting { !$0.pointee.draft } }

    /// One row per playbook, by slug: how many non-draft cases applied it, and how many of those
    /// with a retention value kept the customer.
    func playbooks(_ library: Library, _ tickets: [Ticket], _ facts: [TicketFacts]) -> [Metrics.PlaybookRow] {
        let cases = library.cases.selecting { !$0.pointee.draft && !$0.pointee.playbooks.isEmpty }
        let retention = caseRetention(cases, tickets, facts)
        var rows: [String: (cases: Int, retained: Rate)] = [:]
        for playbook in library.playbooks { rows[playbook.slug] = (0, Rate()) }
        for index in cases.indices {
            // A playbook listed twice in one case still counts that case once.
            for slug in Set(cases[index].playbooks) where rows[slug] != nil {
                rows[slug]!.cases += 1
                rows[slug]!.retained.add(retention[index])
            }
        }
        return rows.keys.sorted { $0.precedesInByteOrder($1) }.map { slug in
            Metrics.PlaybookRow(slug: slug, cases: rows[slug]!.cases, retained: rows[slug]!.retained)
        }
    }

    /// A case's retention value: from its tickets that have one (retained if any is retained),
    /// else its front matter `retained`, else none.
    func caseRetention(_ cases: [Case], _ tickets: [Ticket], _ facts: [TicketFacts]) -> [Bool?] {
        // Membership by `StringNumbering`: a `Set<String>` paid SipHash for each of a million ids.
        let cited = StringNumbering(distinctOf: cases.indices.flatMap { cases[$0].tickets })
        var retainedById: [String: Bool?] = [:]
        if cited.count > 0 {
            tickets.withUnsafeBufferPointer { tickets in
                for index in tickets.indices where cited.number(of: tickets[index].id) != nil {
                    // ticket_id is unique; should a duplicate get through, the first row speaks.
                    let id = tickets[index].id
                    if retainedById[id] == nil { retainedById[id] = .some(facts[index].retained) }
                }
            }
        }
        // By index, as above: walking the cases themselves copied each one whole.
        return cases.indices.map { index in
            let values = cases[index].tickets.compactMap { retainedById[$0] ?? nil }
            return values.isEmpty ? cases[index].retained : values.contains(true)
        }
    }
}
