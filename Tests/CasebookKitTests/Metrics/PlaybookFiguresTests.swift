import Testing
@testable import CasebookKit

@Suite struct PlaybookFiguresTests {
    @Test func casesAndRetentionPerPlaybook() {
        func resolved(_ id: String, retained: Bool?) -> Ticket {
            var ticket = Fixture.ticket(id, opened: "2026-01-02 09:00", resolved: "2026-01-03 09:00")
            ticket.retained = retained
            return ticket
        }
        var open = Fixture.ticket("K2", opened: "2026-01-02 09:00")
        open.retained = true   // open: no retention value, whatever the column says
        let tickets = [resolved("K1", retained: true), open, resolved("K3", retained: false), resolved("K4", retained: true)]
        let cases = [
            Fixture.writeUp("c1", tickets: ["K1"], playbooks: ["p-a", "p-b"]),
            Fixture.writeUp("c2", tickets: ["K2"], playbooks: ["p-a"], retained: false),
            Fixture.writeUp("c3", playbooks: ["p-a"]),
            Fixture.writeUp("c4", playbooks: ["p-a"], retained: true, draft: true),
            Fixture.writeUp("c5", tickets: ["K3", "K4"], playbooks: ["p-b", "p-b"], retained: false),
            Fixture.writeUp("c6", tickets: ["K3"], playbooks: ["p-b"], retained: true),
        ]
        let metrics = Fixture.metrics(tickets, cases: cases,
                                      playbooks: [Fixture.playbook("p-b"), Fixture.playbook("p-a"), Fixture.playbook("p-c")],
                                      asOf: "2026-06-30")
        #expect(metrics.playbooks == [
            // c1 retained (ticket), c2 not (front matter, its ticket has no value), c3 no value.
            .init(slug: "p-a", cases: 3, retained: Rate(count: 1, n: 2)),
            // c1 retained, c5 retained (any ticket retained), c6 not (ticket data beats front matter).
            .init(slug: "p-b", cases: 3, retained: Rate(count: 2, n: 3)),
            .init(slug: "p-c", cases: 0, retained: Rate()),
        ])
        #expect(metrics.inputs.cases == 5)
        #expect(metrics.inputs.playbooks == 3)
    }
}
