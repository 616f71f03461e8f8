import Testing
@testable import CasebookKit

@Suite struct TimeZoneRulesTests {
    let warsaw = TimeZoneRules(identifier: "Europe/Warsaw")!

    func local(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Int64 {
        Int64(LocalDate(year: y, month: m, day: d)!.daysSinceEpoch) * 86_400 + Int64(h * 3600 + min * 60)
    }

    @Test func skippedSpringHourUsesOffsetBeforeTheChange() {
        // 02:30 on 2026-03-29 does not exist; read at +01:00 it is 01:30Z, shown as 03:30 CEST.
        let instant = warsaw.instant(localSeconds: local(2026, 3, 29, 2, 30))
        #expect(instant.seconds == local(2026, 3, 29, 1, 30))
    }

    @Test func repeatedAutumnHourIsTheSummerOccurrence() {
        let instant = warsaw.instant(localSeconds: local(2026, 10, 25, 2, 30))
        #expect(instant.seconds == local(2026, 10, 25, 0, 30))
        #expect(warsaw.instant(localSeconds: local(2026, 10, 25, 3, 30)).seconds == local(2026, 10, 25, 2, 30))
    }

    @Test func localDateFollowsTheZone() {
        // 23:30Z on 2026-07-14 is 01:30 on the 15th in Warsaw (UTC+2).
        #expect(warsaw.localDate(Instant(seconds: local(2026, 7, 14, 23, 30))) == LocalDate(year: 2026, month: 7, day: 15))
        #expect(warsaw.localDate(Instant(seconds: local(2026, 1, 14, 22, 59))) == LocalDate(year: 2026, month: 1, day: 14))
        #expect(warsaw.localDate(Instant(seconds: local(2026, 1, 14, 23, 0))) == LocalDate(year: 2026, month: 1, day: 15))
    }

    @Test func localDateArithmetic() {
        #expect(LocalDate(iso: "2026-02-30") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2026-03-01")! - LocalDate(iso: "2026-02-01")! == 28)
        #expect(LocalDate(iso: "1969-12-31")!.description == "1969-12-31")
        #expect(LocalDate(iso: "2026-07-15")!.monthKey == "2026-07")
    }
}
