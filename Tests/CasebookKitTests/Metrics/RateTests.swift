import Testing
@testable import CasebookKit

@Suite struct RateTests {
    @Test func emptyDenominatorHasNoRate() {
        #expect(Rate().rate == nil)
        #expect(Rate(count: 0, n: 0).rate == nil)
    }

    @Test func rateIsCountOverN() {
        #expect(Rate(count: 1, n: 4).rate == 0.25)
        #expect(Rate(count: 0, n: 3).rate == 0)
        #expect(Rate(count: 3, n: 3).rate == 1)
    }

    @Test func addingSkipsUnknownsAndNotYetDue() {
        var rate = Rate()
        rate.add(true)
        rate.add(false)
        rate.add(nil as Bool?)
        rate.add(DeadlineStatus.met)
        rate.add(DeadlineStatus.missed)
        rate.add(DeadlineStatus.notYetDue)
        #expect(rate == Rate(count: 2, n: 4))
    }
}
