import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct TimestampParserTests {
    let parser = TimestampParser(zone: TimeZoneRules(identifier: "Europe/Warsaw")!)

    /// Seconds since the epoch of a UTC wall-clock time.
    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0, _ s: Int = 0) -> Int64 {
        Int64(LocalDate(year: y, month: m, day: d)!.daysSinceEpoch) * 86_400 + Int64(h * 3600 + min * 60 + s)
    }

    func seconds(_ text: String) -> Int64? {
        try? parser.instant(text).get().seconds
    }

    @Test(arguments: [
        // A date alone is local midnight; winter is UTC+1, summer UTC+2.
        ("2026-01-15", utc(2026, 1, 14, 23)),
        ("2026-07-15", utc(2026, 7, 14, 22)),
        ("2026-01-15T10:30", utc(2026, 1, 15, 9, 30)),
        ("2026-01-15 10:30", utc(2026, 1, 15, 9, 30)),
        ("2026-01-15t10:30", utc(2026, 1, 15, 9, 30)),
        ("2026-07-15T10:30:45", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-07-15 10:30:45", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-07-15T10:30:45Z", utc(2026, 7, 15, 10, 30, 45)),
        ("2026-07-15T10:30Z", utc(2026, 7, 15, 10, 30)),
        ("2026-07-15 10:30:45z", utc(2026, 7, 15, 10, 30, 45)),
        ("2026-07-15T10:30:45+02:00", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-07-15T10:30:45+0200", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-07-15T10:30:45+02", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-01-15T10:30-05:30", utc(2026, 1, 15, 16, 0)),
        ("2026-01-15T10:30+00:00", utc(2026, 1, 15, 10, 30)),
        ("2026-01-15T10:30-00:00", utc(2026, 1, 15, 10, 30)),
        ("2026-01-15T10:30+14:00", utc(2026, 1, 14, 20, 30)),
        // The whole second of a fraction (rounded down, never up); the fraction itself is kept, see below.
        ("2026-07-15T10:30:45.999Z", utc(2026, 7, 15, 10, 30, 45)),
        ("2026-07-15T10:30:45.1", utc(2026, 7, 15, 8, 30, 45)),
        ("2026-07-15T10:30:45.123456789+02:00", utc(2026, 7, 15, 8, 30, 45)),
        ("2024-02-29", utc(2024, 2, 28, 23)),
    ])
    func acceptedForms(text: String, expected: Int64) {
        #expect(seconds(text) == expected)
    }

    /// A fraction of a second is kept to the microsecond (digits past the sixth are dropped), so a
    /// duration between two such times is exact, as any careful reimplementation computes it.
    @Test(arguments: [
        ("2026-07-15T10:30:45.999Z", 999_000),
        ("2026-07-15T10:30:45.1", 100_000),
        ("2026-07-15T10:30:45.000250+02:00", 250),
        ("2026-07-15T10:30:45.123456789+02:00", 123_456),
        ("2026-07-15T10:30:45", 0),
        // In the skipped spring hour: the offset before the change, plus the fraction.
        ("2026-03-29 02:30:00.5", 500_000),
    ])
    func fractionsAreKeptToTheMicrosecond(text: String, fraction: Int64) throws {
        let instant = try parser.instant(text).get()
        #expect(instant.microseconds == instant.seconds * 1_000_000 + fraction)
    }

    @Test func durationsKeepTheFraction() {
        let opened = try! parser.instant("2026-07-15T10:00:00.25Z").get()
        let replied = try! parser.instant("2026-07-15T10:00:01Z").get()
        #expect(replied - opened == 750_000)
        #expect(Summary(microseconds: [replied - opened], unit: 3_600).mean == 0.75 / 3_600)
    }

    @Test(arguments: [
        // Spring change, 2026-03-29: clocks jump from 02:00 to 03:00.
        ("2026-03-29T01:59", utc(2026, 3, 29, 0, 59)),
        ("2026-03-29T02:00", utc(2026, 3, 29, 1, 0)),  // does not exist: read at +01:00, shown as 03:00
        ("2026-03-29T02:30", utc(2026, 3, 29, 1, 30)),  // does not exist: the instant shown as 03:30
        ("2026-03-29T03:00", utc(2026, 3, 29, 1, 0)),
        ("2026-03-29T03:30", utc(2026, 3, 29, 1, 30)),
        ("2026-03-29", utc(2026, 3, 28, 23)),
        // Autumn change, 2026-10-25: 02:00-02:59 happens twice; the first (summer) one counts.
        ("2026-10-25T01:59", utc(2026, 10, 24, 23, 59)),
        ("2026-10-25T02:00", utc(2026, 10, 25, 0, 0)),
        ("2026-10-25T02:30", utc(2026, 10, 25, 0, 30)),
        ("2026-10-25T02:59:59", utc(2026, 10, 25, 0, 59, 59)),
        ("2026-10-25T03:00", utc(2026, 10, 25, 2, 0)),
        ("2026-10-25", utc(2026, 10, 24, 22)),
        ("2026-10-26", utc(2026, 10, 25, 23)),
        // An explicit offset is exact even inside the repeated hour.
        ("2026-10-25T02:30+01:00", utc(2026, 10, 25, 1, 30)),
    ])
    func localTimeAcrossDaylightSavingChanges(text: String, expected: Int64) {
        #expect(seconds(text) == expected)
    }

    @Test(arguments: [
        ("2026-02-30", TimestampParser.Failure.invalidDate),
        ("2025-02-29", .invalidDate),
        ("2026-13-01", .invalidDate),
        ("2026-00-10", .invalidDate),
        ("2026-04-31T10:00", .invalidDate),
        ("2026-01-15T24:00", .invalidTime),
        ("2026-01-15T25:00", .invalidTime),
        ("2026-01-15T10:60", .invalidTime),
        ("2026-01-15T10:30:60", .invalidTime),
        ("2026-01-15T10:30+15:00", .invalidOffset),
        ("2026-01-15T10:30+02:60", .invalidOffset),
        ("2026-1-15", .malformed),
        ("15.01.2026", .malformed),
        ("2026-01-15T10", .malformed),
        ("2026-01-15T1:30", .malformed),
        ("2026-01-15Z", .malformed),
        ("2026-01-15T10:30:", .malformed),
        ("2026-01-15T10:30.5", .malformed),
        ("2026-01-15T10:30:00.", .malformed),
        ("2026-01-15T10:30+2", .malformed),
        ("2026-01-15T10:30+02:0", .malformed),
        ("2026-01-15T10:30 +02:00", .malformed),
        ("2026-01-15  10:30", .malformed),
        ("2026-01-15T10:30:00ZZ", .malformed),
        ("abc", .malformed),
        ("", .malformed),
    ])
    func rejectedForms(text: String, failure: TimestampParser.Failure) {
        #expect(parser.instant(text) == .failure(failure))
    }

    @Test func dateColumnsTakeTheLocalDate() throws {
        #expect(try parser.date("2026-01-15").get() == LocalDate(year: 2026, month: 1, day: 15))
        #expect(try parser.date("2026-01-15 23:30").get() == LocalDate(year: 2026, month: 1, day: 15))
        // 23:30Z is already the 16th in Warsaw.
        #expect(try parser.date("2026-01-15T23:30:00Z").get() == LocalDate(year: 2026, month: 1, day: 16))
        #expect(parser.date("2026-02-30") == .failure(.invalidDate))
    }

    @Test(arguments: [
        ("15.01.2026", "2026-01-15"),
        ("5.1.2026 10:00", "2026-01-05 10:00"),
        ("2026/01/15", "2026-01-15"),
        ("2026-1-5T08:00", "2026-01-05T08:00"),
    ])
    func nearMissesSuggestTheAcceptedForm(text: String, suggestion: String) {
        #expect(TimestampParser.isoSuggestion(for: text) == suggestion)
    }

    @Test(arguments: ["01/02/2026", "31.02.2026", "abc", "2026-01-15", "15.01.26"])
    func noSuggestionWhenAmbiguousOrImpossible(text: String) {
        #expect(TimestampParser.isoSuggestion(for: text) == nil)
    }

    /// One parser reading cells in turn keeps the last date and zone interval; whatever the
    /// order, each cell must read as it does alone (around both 2025 transitions in Warsaw,
    /// with offsets, impossible dates and malformed cells among them).
    @Test func readingInTurnGivesWhatEachCellGivesAlone() async {
        let cells = ["2025-03-30 01:59", "2025-03-30 02:30", "2025-03-30 03:00", "2025-03-29 23:00",
                     "2025-10-26 02:30", "2025-10-26 02:59:59", "2025-10-26 03:00", "2025-10-26 01:00",
                     "2025-10-26", "2025-03-30", "2025-03-30T02:30Z", "2025-10-26 02:30+01:00",
                     "2025-02-30 10:00", "2025-02-28 24:00", "2025-02-28 10:0", "2025-02-28x10:00",
                     "2025-13-01", "2024-02-29 12:00", "2025-02-28 23:59:59.123456", "1969-12-31 23:00"]
        await propertyCheck(count: 300, input: Gen.int(in: 0...(cells.count - 1)).array(of: 1...30)) { picks in
            var inTurn = TimestampParser(zone: TimeZoneRules(identifier: "Europe/Warsaw")!)
            for pick in picks {
                let cell = cells[pick]
                let alone = parser.instant(cell), aloneDate = parser.date(cell)
                var bytes = cell
                bytes.withUTF8 { bytes in
                    #expect(inTurn.instant(bytes) == alone, "\(cell)")
                    #expect(inTurn.date(bytes) == aloneDate, "\(cell)")
                }
            }
        }
    }
}
