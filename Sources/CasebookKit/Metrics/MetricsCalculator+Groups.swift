// MARK: - Client types and agents

extension MetricsCalculator {
    /// The figures kept per group of tickets while walking them once.
    struct GroupTally {
        var tickets = 0
        var answerMicroseconds: [Int64] = []
        var withinPromise = Rate()
        var wellHandled = Rate()
        var retention = Rate()
        var handlingCost = 0.0

        mutating func add(_ ticket: Ticket, _ fact: TicketFacts) {
            tickets += 1
            if let answer = ticket.answer { answerMicroseconds.append(answer - ticket.openedAt) }
            withinPromise.add(fact.promise)
            wellHandled.add(fact.wellHandled)
            retention.add(fact.retained)
            handlingCost += fact.handlingCost
        }

        var answerDays: Summary { Summary(microseconds: answerMicroseconds, unit: 86_400) }
    }

    /// One row per taxonomy key in config order, then `unspecified` for tickets without a
    /// client_type (or, should one get through, with a key outside the taxonomy); empty rows kept.
    func clientTypes(_ tickets: [Ticket], _ facts: [TicketFacts]) -> [Metrics.ClientTypeRow] {
        let keys = config.clientTypes.map(\.key)
        var slot: [String: Int] = [:]
        for (index, key) in keys.enumerated() where slot[key] == nil { slot[key] = index }
        let unspecified = keys.count
        var tallies = [GroupTally](repeating: GroupTally(), count: keys.count + 1)
        for (index, ticket) in tickets.enumerated() {
            let group = ticket.clientType.flatMap { slot[$0] } ?? unspecified
            tallies[group].add(ticket, facts[index])
        }
        return zip(keys + ["unspecified"], tallies).map { key, tally in
            Metrics.ClientTypeRow(key: key, tickets: tally.tickets, wellHandled: tally.wellHandled,
                                  retention: tally.retention, handlingCost: tally.handlingCost,
                                  answerDays: tally.answerDays)
        }
    }

    /// One row per agent named on some ticket, in byte order; tickets without an agent are left out.
    func agents(_ tickets: [Ticket], _ facts: [TicketFacts]) -> [Metrics.AgentRow] {
        var slot: [String: Int] = [:]
        var names: [String] = []
        var tallies: [GroupTally] = []
        for (index, ticket) in tickets.enumerated() {
            guard let agent = ticket.agent else { continue }
            let group: Int
            if let known = slot[agent] {
                group = known
            } else {
                group = names.count
                slot[agent] = group
                names.append(agent)
                tallies.append(GroupTally())
            }
            tallies[group].add(ticket, facts[index])
        }
        return names.indices
            .sorted { names[$0].precedesInByteOrder(names[$1]) }
            .map { group in
                let tally = tallies[group]
                return Metrics.AgentRow(agent: names[group], tickets: tally.tickets, answerDays: tally.answerDays,
                                        withinPromise: tally.withinPromise, wellHandled: tally.wellHandled)
            }
    }
}
