import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct MonthTableTests {
    /// Inside the span or out of it, across leap years and month ends, the table's month is the date's own.
    @Test func tableGivesEachDateItsOwnMonth() async {
        let day = Gen.int(in: -800_000...2_900_000)
        await propertyCheck(count: 300, input: day, Gen.int(in: 0...1_500), Gen.int(in: -100...1_600)) { start, length, probe in
            let table = MonthTable(days: start...(start + length))
            for offset in [probe, 0, length, -1, length + 1] {
                let date = LocalDate(daysSinceEpoch: start + offset)
                #expect(table.monthIndex(of: date) == date.monthIndex, "\(date)")
            }
        }
        // 2024-02-29 and the day after, in a span that starts mid-month.
        let leap = LocalDate(iso: "2024-02-29")!
        let table = MonthTable(days: (leap.daysSinceEpoch - 20)...(leap.daysSinceEpoch + 40))
        #expect(table.monthIndex(of: leap) == 2024 * 12 + 1 && table.monthIndex(of: leap + 1) == 2024 * 12 + 2)
    }

    @Test func spanTooLongForATableStillAnswers() {
        let table = MonthTable(days: 0...(MonthTable.longestSpan + 5))
        let date = LocalDate(daysSinceEpoch: 12_345)
        #expect(table.monthIndex(of: date) == date.monthIndex)
    }
}
