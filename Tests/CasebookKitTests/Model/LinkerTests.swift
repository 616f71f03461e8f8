import Testing
@testable import CasebookKit

@Suite struct LinkerTests {
    func playbook(_ slug: String, steps: [String]) -> Playbook {
        var p = Playbook(title: slug, slug: slug, steps: steps.map { .init(key: $0, label: $0) }, source: "Content/playbooks/\(slug).md")
        for (i, step) in steps.enumerated() { p.keyLocations["step:" + step] = SourceLocation(file: p.source, line: 5 + i, column: 11) }
        return p
    }

    func aCase(playbooks: [String] = [], steps: [String] = [], tickets: [String] = [], customer: String? = nil) -> Case {
        var c = Case(title: "T", date: LocalDate(iso: "2026-01-01")!, slug: "c", source: "Content/cases/c.md")
        c.playbooks = playbooks
        c.steps = steps
        c.tickets = tickets
        c.customer = customer
        c.keyLocations = ["playbooks": .init(file: c.source, line: 4, column: 12), "steps": .init(file: c.source, line: 5, column: 8),
                          "tickets": .init(file: c.source, line: 6, column: 10),
                          "customer": .init(file: c.source, line: 3, column: 11)]
        return c
    }

    @Test func unknownPlaybookAndStep() {
        let linker = Linker(ticketCustomers: [:], ticketsFile: "Content/data/tickets.csv")
        let log = linker.check(cases: [aCase(playbooks: ["cztery-krok"], steps: ["termn", "popraw"])],
                               playbooks: [playbook("cztery-kroki", steps: ["termin"]), playbook("zasady-5p", steps: ["popraw"])])
        #expect(log.lines == [
            "Content/cases/c.md:4:12: error: case cites playbook 'cztery-krok', which does not exist; did you mean 'cztery-kroki'?",
            "Content/cases/c.md:5:8: error: case cites step 'termn', which no playbook defines; did you mean 'termin'?",
            "Content/cases/c.md:5:8: error: step 'popraw' belongs to playbook 'zasady-5p', which this case does not list in playbooks; add 'zasady-5p' to playbooks",
        ])
    }

    @Test func stepKeysAreUniqueAcrossPlaybooks() {
        let linker = Linker(ticketCustomers: nil, ticketsFile: "t.csv")
        let log = linker.check(cases: [], playbooks: [playbook("a", steps: ["x"]), playbook("b", steps: ["y", "x"])])
        #expect(log.lines == [
            "Content/playbooks/b.md:6:11: error: step key 'x' is already defined by playbook 'a'; step keys must be unique across playbooks",
            "Content/playbooks/a.md:5:11: note: 'x' first defined here",
        ])
    }

    @Test func citedTicketsMustExist() {
        let linker = Linker(ticketCustomers: ["ZG-1": "KL-1"], ticketsFile: "Content/data/tickets.csv")
        let log = linker.check(cases: [aCase(tickets: ["ZG-1", "ZG-2"], customer: "KL-9")], playbooks: [])
        #expect(log.lines == [
            "Content/cases/c.md:3:11: warning: customer 'KL-9' has no ticket in Content/data/tickets.csv; use the customer_id of the exports",
            "Content/cases/c.md:6:10: warning: ticket 'ZG-1' belongs to customer 'KL-1', not to the case's customer 'KL-9'",
            "Content/cases/c.md:6:10: error: case cites ticket 'ZG-2', which is not in Content/data/tickets.csv",
        ])
        let noData = Linker(ticketCustomers: nil, ticketsFile: "Content/data/tickets.csv").check(cases: [aCase(tickets: ["ZG-1"])], playbooks: [])
        #expect(noData.lines == ["Content/cases/c.md:6:10: error: case cites tickets, but the site has no ticket data (Content/data/tickets.csv)"])
    }

    @Test func theCustomerIsAnIdNeverAName() {
        let linker = Linker(ticketCustomers: ["ZG-1": "KL-1"], ticketsFile: "Content/data/tickets.csv")
        let log = linker.check(cases: [aCase(customer: "Jan Kowalski"), aCase(tickets: ["ZG-1"], customer: "KL-1")], playbooks: [])
        #expect(log.lines == [
            "Content/cases/c.md:3:11: error: customer must be the pseudonymous id from the exports (such as KL-000042), "
                + "not a name; this value contains a space",
        ])
        // Without ticket data only the shape can be checked.
        let noData = Linker(ticketCustomers: nil, ticketsFile: "t.csv").check(cases: [aCase(customer: "KL-7")], playbooks: [])
        #expect(noData.isEmpty)
    }
}
