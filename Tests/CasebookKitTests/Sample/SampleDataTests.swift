import Testing
@testable import CasebookKit

@Suite struct SampleDataTests {
    @Test(arguments: [SampleParameters(tickets: 300, customers: 100, orders: 500, seed: 3),
                      SampleParameters(tickets: 1500, seed: 4)])
    func theExportsLoadCleanlyWithTheRequestedCounts(_ parameters: SampleParameters) {
        let files = SampleFixture.files(parameters)
        let tickets = SampleFixture.tickets(files), orders = SampleFixture.orders(files)
        #expect(tickets.log.lines == [])
        #expect(orders.log.lines == [])
        #expect(tickets.tickets.count == parameters.tickets)
        #expect(orders.orders.count == parameters.orders)
        #expect(Set(tickets.tickets.map(\.customerId)).count <= parameters.customers)
    }

    @Test func defaultsFollowTheCoordinatedInterface() {
        let parameters = SampleParameters()
        #expect(parameters.tickets == 3000)
        #expect(parameters.customers == 1500)
        #expect(parameters.orders == 3600)
        #expect(parameters.cases == 0)
        #expect(parameters.seed == 1)
    }

    @Test func nothingHappensAfterTheReportDate() {
        let files = SampleFixture.files(SampleParameters(tickets: 1500, seed: 5))
        let end = SampleFixture.warsaw.startOfDay(LocalDate(year: 2026, month: 7, day: 1)!)
        let tickets = SampleFixture.tickets(files).tickets
        for ticket in tickets {
            for instant in [ticket.openedAt, ticket.firstResponseAt, ticket.answeredAt, ticket.resolvedAt].compactMap({ $0 }) {
                #expect(instant < end)
            }
        }
        #expect(SampleFixture.orders(files).orders.allSatisfy { $0.orderedAt < end })
        // Open tickets exist, and some of them are past the promise.
        #expect(tickets.contains { $0.resolvedAt == nil })
    }

    @Test func storyTicketsCarryTheFactsOfTheirCases() throws {
        let files = SampleFixture.files(SampleParameters(tickets: 1200, seed: 9))
        let tickets = Dictionary(uniqueKeysWithValues: SampleFixture.tickets(files).tickets.map { ($0.id, $0) })
        func window(_ id: String) throws -> Int {
            let ticket = try #require(tickets[id])
            return SampleFixture.warsaw.localDate(ticket.openedAt) - (try #require(ticket.purchasedAt))
        }
        // Armchair returned on day 25, vacuum refused on day 41, price difference on day 53,
        // sofa returned on day 20, blender withdrawn on day 12.
        #expect(try window("ZG-0000001") == 25 && tickets["ZG-0000001"]?.refund == .granted)
        #expect(try window("ZG-0000003") == 41 && tickets["ZG-0000003"]?.refund == .refused)
        #expect(try window("ZG-0000015") == 53 && tickets["ZG-0000015"]?.refund == .refused)
        #expect(try window("ZG-0000016") == 20 && tickets["ZG-0000016"]?.refund == .granted)
        #expect(try window("ZG-0000030") == 12 && tickets["ZG-0000030"]?.refund == .granted)
        #expect(tickets["ZG-0000027"]?.customerId == "KL-000018" && tickets["ZG-0000029"]?.customerId == "KL-000018")
        // Small sets get no story tickets: ids then follow time from ZG-0000001.
        let small = SampleFixture.tickets(SampleFixture.files(SampleParameters(tickets: 200, seed: 9))).tickets
        #expect(small.map(\.id) == small.sorted { $0.openedAt < $1.openedAt }.map(\.id))
    }

    @Test func impossibleParametersAreRefused() {
        #expect(SampleParameters(tickets: 0).problem != nil)
        #expect(SampleParameters(tickets: 10, cases: 11).problem != nil)
        #expect(SampleParameters(tickets: 10, orders: -1).problem != nil)
        #expect(throws: SampleError.self) { try SampleGenerator.files(SampleParameters(tickets: 5, customers: 0)) }
    }
}
