import Testing
@testable import CasebookKit

/// client_types and agents rows.
@Suite struct GroupTests {
    @Test func clientTypesFollowTheTaxonomyThenUnspecifiedAndKeepEmptyRows() {
        var config = SiteConfig()
        config.clientTypes = [ClientType(key: "b_key", label: "B"), ClientType(key: "a_key", label: "A")]
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-02 09:00", answered: "2026-03-04 09:00", resolved: "2026-03-05 09:00",
                           clientType: "b_key", csat: 5, minutes: 60),
            Fixture.ticket("T2", opened: "2026-03-02 09:00", clientType: "b_key", compensation: 5),
            Fixture.ticket("T3", opened: "2026-03-02 09:00", resolved: "2026-03-03 09:00", csat: 1),
            Fixture.ticket("T4", opened: "2026-03-02 09:00", clientType: "not-in-taxonomy"),
        ], asOf: "2026-06-30", config: config)
        #expect(metrics.clientTypes.map(\.key) == ["b_key", "a_key", "unspecified"])
        #expect(metrics.clientTypes[0] == .init(
            key: "b_key", tickets: 2, wellHandled: Rate(count: 1, n: 1), retention: Rate(),
            handlingCost: 85, answerDays: Summary(n: 1, median: 2, p90: 2, mean: 2)))
        #expect(metrics.clientTypes[1] == .init(
            key: "a_key", tickets: 0, wellHandled: Rate(), retention: Rate(), handlingCost: 0, answerDays: .empty))
        #expect(metrics.clientTypes[2].tickets == 2)
        #expect(metrics.clientTypes[2].wellHandled == Rate(count: 0, n: 1))
        #expect(metrics.clientTypes[2].answerDays == Summary(n: 1, median: 1, p90: 1, mean: 1))
    }

    @Test func defaultTaxonomyGivesTwelveRows() {
        let metrics = Fixture.metrics([], asOf: "2026-06-30")
        #expect(metrics.clientTypes.map(\.key) == ClientType.defaults.map(\.key) + ["unspecified"])
        #expect(metrics.clientTypes.allSatisfy { $0.tickets == 0 && $0.wellHandled.rate == nil })
    }

    @Test func clientTypeRetentionCountsOnlyDefinedValues() {
        var tickets = [
            Fixture.ticket("T1", opened: "2026-01-02 09:00", resolved: "2026-01-03 09:00", clientType: "emotional"),
            Fixture.ticket("T2", opened: "2026-01-02 09:00", resolved: "2026-01-03 09:00", clientType: "emotional"),
            Fixture.ticket("T3", opened: "2026-01-02 09:00", clientType: "emotional"),
        ]
        tickets[0].retained = true
        tickets[2].retained = true
        let row = Fixture.metrics(tickets, asOf: "2026-06-30").clientTypes.first { $0.key == "emotional" }!
        #expect(row.retention == Rate(count: 1, n: 1))
    }

    @Test func agentsAreSortedByByteOrderAndTicketsWithoutAgentLeftOut() {
        let metrics = Fixture.metrics([
            Fixture.ticket("T1", opened: "2026-03-02 09:00", answered: "2026-03-03 09:00", agent: "Zofia"),
            Fixture.ticket("T2", opened: "2026-03-02 09:00", answered: "2026-03-12 09:00", resolved: "2026-03-12 09:00",
                           outcome: .accepted, agent: "Zofia"),
            Fixture.ticket("T3", opened: "2026-03-02 09:00", agent: "Łucja"),
            Fixture.ticket("T4", opened: "2026-03-02 09:00", agent: "anna"),
            Fixture.ticket("T5", opened: "2026-03-02 09:00", agent: "Adam"),
            Fixture.ticket("T6", opened: "2026-03-02 09:00"),
        ], asOf: "2026-03-05")
        #expect(metrics.agents.map(\.agent) == ["Adam", "Zofia", "anna", "Łucja"])
        #expect(metrics.agents[1] == .init(agent: "Zofia", tickets: 2, answerDays: Summary(n: 2, median: 5.5, p90: 10, mean: 5.5),
                                           withinPromise: Rate(count: 1, n: 2), wellHandled: Rate(count: 0, n: 1)))
        #expect(metrics.agents[0].withinPromise == Rate())
        #expect(metrics.agents.map(\.tickets).reduce(0, +) == 5)
    }
}
