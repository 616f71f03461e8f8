import Testing
@testable import CasebookKit

@Suite struct DeadlineTests {
    let seven = Deadline(days: 7)
    let opened = Fixture.date("2026-03-02")

    @Test func answerOnDayNMeetsAndOnDayNPlusOneMisses() {
        let asOf = Fixture.date("2026-06-30")
        #expect(seven.status(openedOn: opened, answeredOn: Fixture.date("2026-03-02"), asOf: asOf) == .met)
        #expect(seven.status(openedOn: opened, answeredOn: Fixture.date("2026-03-09"), asOf: asOf) == .met)
        #expect(seven.status(openedOn: opened, answeredOn: Fixture.date("2026-03-10"), asOf: asOf) == .missed)
    }

    @Test func unansweredTicketIsMissedOnlyOnceTheLastDayIsBeforeAsOf() {
        #expect(seven.status(openedOn: opened, answeredOn: nil, asOf: Fixture.date("2026-03-09")) == .notYetDue)
        #expect(seven.status(openedOn: opened, answeredOn: nil, asOf: Fixture.date("2026-03-10")) == .missed)
    }

    @Test func lateAnswerAfterAsOfIsStillJudgedByItsDate() {
        // Figures cover every ticket whatever its date: an answer exists, so it is counted.
        #expect(seven.status(openedOn: opened, answeredOn: Fixture.date("2026-03-20"), asOf: Fixture.date("2026-03-05")) == .missed)
    }

    /// Deadlines count local calendar days, whatever the instants or the UTC date say.
    @Test(arguments: [
        // Opened 00:30 CET (23:30Z the day before), answered 23:30 CEST on day 7, across the spring change.
        ("2026-03-22 00:30", "2026-03-29 23:30", DeadlineStatus.met),
        ("2026-03-22 00:30", "2026-03-30 00:10", .missed),
        // Across the autumn change: 7 local days are 7 × 24 + 1 hours.
        ("2026-10-18 00:15", "2026-10-25 23:59", .met),
        ("2026-10-18 00:15", "2026-10-26 00:00", .missed),
        // 23:30Z is already the next day in Warsaw (01:30 CEST).
        ("2026-07-01 10:00", "2026-07-08 21:59Z", .met),
        ("2026-07-01 10:00", "2026-07-08 23:30Z", .missed),
        // Opened 23:30Z on 30 June = 1 July in Warsaw, so the last day is 8 July.
        ("2026-06-30 23:30Z", "2026-07-08 12:00", .met),
    ])
    func deadlineUsesLocalDates(opened: String, answered: String, expected: DeadlineStatus) {
        let zone = Fixture.warsaw
        let status = seven.status(openedOn: zone.localDate(Fixture.at(opened)),
                                  answeredOn: zone.localDate(Fixture.at(answered)), asOf: Fixture.date("2026-12-31"))
        #expect(status == expected)
    }
}
