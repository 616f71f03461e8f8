import Testing
@testable import CasebookKit

@Suite struct AsOfTests {
    static let tickets = [
        Fixture.ticket("T1", opened: "2026-03-02 09:00", firstResponse: "2026-03-03 09:00", resolved: "2026-03-10 09:00",
                       purchased: "2026-12-31"),
    ]

    @Test func siteSettingBeatsOptionBeatsData() {
        var config = SiteConfig()
        let option = Fixture.date("2026-05-01")
        #expect(AsOf.resolve(for: Library(config: config, tickets: Self.tickets), option: option, zone: Fixture.warsaw) == option)
        config.asOf = Fixture.date("2026-04-01")
        #expect(AsOf.resolve(for: Library(config: config, tickets: Self.tickets), option: option, zone: Fixture.warsaw)
                == Fixture.date("2026-04-01"))
    }

    @Test func latestLocalDateAmongTimestampsIgnoringPurchaseDates() {
        let library = Library(config: SiteConfig(), tickets: Self.tickets)
        #expect(AsOf.resolve(for: library, option: nil, zone: Fixture.warsaw) == Fixture.date("2026-03-10"))
    }

    @Test func ordersAndLocalDatesCount() {
        // 23:30Z on 20 March is already 21 March in Warsaw.
        let orders = [Fixture.order("O1", customer: "C", at: "2026-03-20 23:30Z", amount: 1)]
        let library = Library(config: SiteConfig(), tickets: Self.tickets, orders: orders)
        #expect(AsOf.resolve(for: library, option: nil, zone: Fixture.warsaw) == Fixture.date("2026-03-21"))
        var answered = Self.tickets
        answered[0].answeredAt = Fixture.at("2026-03-25 10:00")
        #expect(AsOf.latestDate(tickets: answered, orders: nil, zone: Fixture.warsaw) == Fixture.date("2026-03-25"))
    }

    @Test func noDataGivesNil() {
        #expect(AsOf.resolve(for: Library(config: SiteConfig()), option: nil, zone: Fixture.warsaw) == nil)
        #expect(AsOf.latestDate(tickets: [], orders: [], zone: Fixture.warsaw) == nil)
    }
}
