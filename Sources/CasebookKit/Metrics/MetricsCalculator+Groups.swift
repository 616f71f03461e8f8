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

        /// Takes the ticket's place in the buffer: passing the ticket itself copied all of it.
        mutating func add(_ ticket: UnsafePointer<Ticket>, _ fact: TicketFacts) {
            tickets += 1
            if let answer = ticket.pointee.answer { answerMicroseconds.append(answer - ticket.pointee.openedAt) }
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
        // A key's first position, found through `StringNumbering`'s cheap hash, not SipHash per ticket.
        var numbering = StringNumbering(), firstPosition: [Int] = []
        for (index, key) in keys.enumerated() where numbering.insert(key).isNew { firstPosition.append(index) }
        let unspecified = keys.count
        var tallies = [GroupTally](repeating: GroupTally(), count: keys.count + 1)
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                let group = tickets[index].clientType.flatMap { numbering.number(of: $0) }.map { firstPosition[Int($0)] } ?? unspecified
                tallies[group].add(tickets.baseAddress! + index, facts[index])
            }
        }
        return zip(keys + ["unspecified"], tallies).map { key, tally in
            Metrics.ClientTypeRow(key: key, tickets: tally.tickets, wellHandled: tally.wellHandled,
                                  retention: tally.retention, handlingCost: tally.handlingCost,
                                  answerDays: tally.answerDays)
        }
    }

    /// One row per agent named on some ticket, in byte order; tickets without an agent are left out.
    func agents(_ tickets: [Ticket], _ facts: [TicketFacts]) -> [Metrics.AgentRow] {
        // Numbered by `StringNumbering`, whose hash is a few instructions where a `[String: Int]`
        // paid SipHash for each of a million tickets.
        var numbering = StringNumbering(), memo = StringWordsMemo()
        var tallies: [GroupTally] = []
        tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices {
                guard let agent = tickets[index].agent else { continue }
                let group = memo.number(of: agent) { agent in
                    let (group, isNew) = numbering.insert(agent)
                    if isNew { tallies.append(GroupTally()) }
                    return group
                }
                tallies[Int(group)].add(tickets.baseAddress! + index, facts[index])
            }
        }
        let names = numbering.strings
        return names.indices
            .sorted { names[$0].precedesInByteOrder(names[$1]) }
            .map { group in
                let tally = tallies[group]
                return Metrics.AgentRow(agent: names[group], tickets: tally.tickets, answerDays: tally.answerDays,
                                        withinPromise: tally.withinPromise, wellHandled: tally.wellHandled)
            }
    }
}
