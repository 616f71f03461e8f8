import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct MonthSlotsTests {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test func eachDayFindsItsListedMonth() {
        let slots = MonthSlots(["2024-01", "2024-02", "2024-04"])
        #expect(slots.position(of: Self.date("2024-01-01")) == 0)
        #expect(slots.position(of: Self.date("2024-01-31")) == 0)
        #expect(slots.position(of: Self.date("2024-02-29")) == 1)
        #expect(slots.position(of: Self.date("2024-03-15")) == nil)
        #expect(slots.position(of: Self.date("2024-04-30")) == 2)
        #expect(slots.position(of: Self.date("2023-12-31")) == nil)
        #expect(slots.position(of: Self.date("2024-05-01")) == nil)
    }

    @Test func monthsThatAreNotMonthsOrAreLeftOutHaveNoDays() {
        let slots = MonthSlots(["2026-13", "bad", "2026-02", "2026-03"]) { lastDay in lastDay < Self.date("2026-03-31") }
        #expect(slots.position(of: Self.date("2026-02-10")) == 2)
        #expect(slots.position(of: Self.date("2026-03-10")) == nil)
        #expect(MonthSlots([]).position(of: Self.date("2026-02-10")) == nil)
    }

    /// The table must agree with the month worked out from the calendar, for any list and day.
    @Test func agreesWithTheCalendarMonth() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...120).array(of: 0...8), Gen.int(in: -400...4_000)) { offsets, day in
            let months = offsets.map { offset in
                let index = 2023 * 12 + offset
                return LocalDate(year: index / 12, month: index % 12 + 1, day: 1)!.monthKey
            }
            let date = LocalDate(daysSinceEpoch: Self.date("2023-01-01").daysSinceEpoch + day)
            #expect(MonthSlots(months).position(of: date) == months.lastIndex(of: date.monthKey))
        }
    }
}
