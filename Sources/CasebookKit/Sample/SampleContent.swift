/// The content half of a `--cases` sample: site.yml, the playbooks, and case write-ups that cite
/// generated tickets — their customer, client type, outcome — so `casebook build` accepts the
/// folder without a single warning.
struct SampleContent {
    typealias V = SampleVocabulary
    typealias P = SamplePlaybooks
    let data: SampleData
    let seed: UInt64

    func write(cases: Int, into sink: SampleSink) throws {
        try sink.write("site.yml", Array(P.siteFile.utf8))
        for (index, playbook) in P.all.enumerated() {
            try sink.write("playbooks/\(playbook.slug).md", Array(P.markdown(playbook, order: index + 1).utf8))
        }
        var random = SplitMix64(seed: seed, stream: 5)
        let byCustomer = ticketsByCustomer()
        for index in primaryTickets(cases) {
            let (path, text) = writeUp(index, byCustomer: byCustomer, random: &random)
            try sink.write(path, Array(text.utf8))
        }
    }

    /// Evenly spread over the data set (so over the months), skipping the story tickets.
    func primaryTickets(_ count: Int) -> [Int] {
        let tickets = data.tickets
        let first = data.storyTickets < tickets.count ? data.storyTickets : 0
        let span = tickets.count - first
        var used = [Bool](repeating: false, count: tickets.count)
        var chosen: [Int] = []
        chosen.reserveCapacity(count)
        for k in 0..<count {
            var index = first + Int((Int64(k) * Int64(span)) / Int64(max(1, count)))
            var tries = 0
            while used[index] || (tickets[index].answer < 0 && tries < 8) {
                index = index + 1 < tickets.count ? index + 1 : first
                tries += 1
                if tries > tickets.count { break }
            }
            used[index] = true
            chosen.append(index)
        }
        return chosen
    }

    /// Ticket indices grouped by customer, in ticket order (compressed rows, no dictionary).
    struct TicketsByCustomer {
        private var start: [Int32] = [], indices: [Int32] = []

        init(_ tickets: [SampleTicket]) {
            let customers = Int(tickets.map(\.customer).max() ?? 0) + 1
            start = [Int32](repeating: 0, count: customers + 1)
            for ticket in tickets { start[Int(ticket.customer) + 1] += 1 }
            for index in 0..<customers { start[index + 1] += start[index] }
            var next = start
            indices = [Int32](repeating: 0, count: tickets.count)
            for (index, ticket) in tickets.enumerated() {
                indices[Int(next[Int(ticket.customer)])] = Int32(index)
                next[Int(ticket.customer)] += 1
            }
        }

        subscript(customer: Int32) -> [Int] {
            indices[Int(start[Int(customer)])..<Int(start[Int(customer) + 1])].map(Int.init)
        }
    }

    private func ticketsByCustomer() -> TicketsByCustomer { TicketsByCustomer(data.tickets) }

    private func writeUp(_ index: Int, byCustomer: TicketsByCustomer, random r: inout SplitMix64) -> (String, String) {
        let t = data.tickets[index]
        var ids = ByteWriter(capacity: 16)
        SampleCSV.writeTicketId(Int(t.number), to: &ids)
        let ticketId = String(decoding: ids.bytes, as: UTF8.self)
        var customer = ByteWriter(capacity: 16)
        CustomerPool.writeId(Int(t.customer), to: &customer)
        // Earlier tickets of the same customer within four months, at most two.
        let related = byCustomer[t.customer].filter {
            $0 != index && abs(data.tickets[$0].openedDay - t.openedDay) <= 120 && data.tickets[$0].opened <= t.opened
        }.suffix(2)
        let cited = (related + [index]).map { i -> String in
            var w = ByteWriter(capacity: 16)
            SampleCSV.writeTicketId(Int(data.tickets[i].number), to: &w)
            return String(decoding: w.bytes, as: UTF8.self)
        }
        // A product whose price fits the refund, if there is one; else any.
        let product = t.refundCents > 0
            ? CaseFacts.products.min { abs($0.1 - Int(t.refundCents)) < abs($1.1 - Int(t.refundCents)) }!
            : CaseFacts.products[r.below(CaseFacts.products.count)]
        let facts = CaseFacts(
            ticket: t, ticketId: ticketId, customerId: String(decoding: customer.bytes, as: UTF8.self),
            citedIds: cited, female: t.customer % 2 == 0, product: (product.0, t.refundCents > 0 ? Int(t.refundCents) : product.1),
            opened: data.calendar.date(t.openedDay),
            purchased: t.purchasedDay == .min ? nil : data.calendar.date(Int(t.purchasedDay)),
            answerDays: t.answer >= 0 ? Int(t.answer) / SampleCalendar.minutesPerDay - t.openedDay : nil,
            agent: t.agent >= 0 ? V.agents[Int(t.agent)].name : "Anna K.")
        let (playbooks, steps) = method(t, &r)
        let slug = ticketId.lowercased() + "-" + V.categorySlugs[Int(t.category)]
        let title = r.element(CaseFragments.titles(facts)) + " (" + ticketId + ")"

        var front = "---\ntitle: \"\(title)\"\ndate: \(facts.opened)\ncustomer: \(facts.customerId)\n"
        front += "tickets: [\(cited.joined(separator: ", "))]\n"
        if t.clientType >= 0 { front += "client_type: \(V.clientTypes[Int(t.clientType)])\n" }
        front += "playbooks: [\(playbooks.joined(separator: ", "))]\nsteps: [\(steps.joined(separator: ", "))]\n"
        if t.outcome >= 0 { front += "outcome: \(V.outcomes[Int(t.outcome)])\n" } else if t.resolved < 0 { front += "outcome: open\n" }
        front += "tags: [\(tags(t).joined(separator: ", "))]\n---\n\n"

        var body = "## Co się stało\n\n" + CaseFragments.happened(facts, &r) + "\n\n"
        if let type = CaseFragments.clientType(facts, &r) { body += type + "\n\n" }
        body += CaseFragments.timeline(facts, data.calendar) + "\n\n"
        body += "## Jak zareagowaliśmy\n\n"
        body += "Zgłoszenie \(facts.ag("przejął", "przejęła")) *\(facts.agent)*, według postępowania "
            + playbooks.map { slug in "„" + P.all.first { $0.slug == slug }!.title + "”" }.joined(separator: " oraz ") + ".\n\n"
        for step in steps { body += "- " + CaseFragments.step(step, facts, &r) + "\n" }
        body += "\n" + CaseFragments.quote(facts, &r) + "\n\n"
        body += CaseFragments.closing(facts, &r) + "\n\n"
        body += "## Wynik\n\n" + CaseFragments.result(facts, &r) + "\n\n"
        var lessons = CaseFragments.lessons
        var chosen: [String] = []
        for _ in 0..<4 { chosen.append(lessons.remove(at: r.below(lessons.count))) }
        var text = front + body + "## Czego się nauczyliśmy\n\n" + chosen.map { "- " + $0 }.joined(separator: "\n") + "\n"
        var extra = CaseFragments.context
        while text.utf8.count < 2200 && !extra.isEmpty {
            text += "\n" + extra.remove(at: r.below(extra.count)) + "\n"
        }
        while text.utf8.count > 4000, let cut = text.range(of: "\n- ", options: .backwards) {
            text = String(text[..<cut.lowerBound]) + "\n"
        }
        return ("cases/\(slug).md", text)
    }

    /// Which playbooks and steps fit the ticket: refunds go by the return windows, public
    /// complaints by 5 P, difficult client types by the balance, lost newcomers by the host.
    private func method(_ t: SampleTicket, _ r: inout SplitMix64) -> ([String], [String]) {
        var playbooks: [String] = [], steps: [String] = []
        if t.refund >= 0 {
            playbooks.append(P.returns)
            steps.append("regulamin_zwrotow")
            steps.append(t.refund == SampleTicket.refundGranted ? "gwarancja_30_dni" : "odmowa_po_terminie")
            if r.chance(0.5) { steps.append("rowne_zasady") }
        }
        if t.isPublic == 1 || t.channel == Int8(V.social) {
            playbooks.append(P.crisis)
            steps += ["przepros", "przeciwdzialaj"]
            if r.chance(0.5) { steps.append("popraw") }
            if t.compensationCents > 0 { steps.append("zrekompensuj") }
        }
        let difficult: Set<Int> = [V.unjustifiedClaim, V.perfectionist, V.narcissist, V.debtor, V.envious, V.dislikesUs, V.threatening]
        if t.clientType >= 0 && difficult.contains(Int(t.clientType)) {
            playbooks.append(P.balance)
            steps += ["rozpoznanie_typu", "bilans_kosztow"]
            if t.clientType == Int8(V.debtor) || t.clientType == Int8(V.unjustifiedClaim) { steps.append("decyzja_o_wspolpracy") }
        }
        if t.clientType == Int8(V.confused) {
            playbooks.append(P.host)
            steps += ["powitanie", "instrukcja", "kontakt_opiekuna"]
        }
        if playbooks.isEmpty || (playbooks.count == 1 && r.chance(0.3)) {
            playbooks.append(P.fourSteps)
            let all = ["przeprosiny", "zrozumienie", "odpowiedzialnosc", "termin"]
            let count = r.int(2...4)
            steps += all.enumerated().filter { $0.offset < count || ($0.element == "termin") }.map(\.element)
        }
        return (playbooks, steps)
    }

    private func tags(_ t: SampleTicket) -> [String] {
        var tags = [V.categorySlugs[Int(t.category)]]
        tags.append(["email", "telefon", "czat", "media-spolecznosciowe", "salon"][Int(t.channel)])
        if t.compensationCents > 0 { tags.append("rekompensata") }
        if t.escalated == 1 { tags.append("eskalacja") }
        if t.refund >= 0 { tags.append("zwrot-pieniedzy") }
        return tags
    }
}
