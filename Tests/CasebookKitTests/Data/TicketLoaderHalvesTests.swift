import Testing
@testable import CasebookKit

/// A big tickets.csv is read in two halves at once; whatever the file holds, the result must be
/// the one-reader result: the same tickets with the same lines, the same messages.
@Suite struct TicketLoaderHalvesTests {
    static let header = "ticket_id,customer_id,opened_at,resolved_at,channel,purchased_at\n"

    static func rows(_ range: ClosedRange<Int>, lineEnd: String = "\n") -> String {
        range.map { "T\(1000 + $0),C\($0 % 7),2026-01-\(10 + $0 % 9) 10:00,2026-01-20 12:00,email,2026-01-01" }
            .joined(separator: lineEnd) + lineEnd
    }

    /// Loads `csv` both ways; returns whether the halves were joined.
    @discardableResult
    static func expectSameBothWays(_ csv: String, lenient: Bool = false, chunkSize: Int = 1 << 20,
                                   sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        var loader = TicketLoader(config: SiteConfig(), zone: TimeZoneRules(identifier: "Europe/Warsaw")!, lenient: lenient)
        loader.chunkSize = chunkSize
        let bytes = Array(csv.utf8)
        let one = loader.loadReportingHalves(bytes: bytes, displayPath: "t.csv", halvesFromBytes: .max)
        let two = loader.loadReportingHalves(bytes: bytes, displayPath: "t.csv", halvesFromBytes: 0)
        #expect(!one.joined, sourceLocation: sourceLocation)
        #expect(two.result.tickets == one.result.tickets, sourceLocation: sourceLocation)
        #expect(two.result.skipped == one.result.skipped, sourceLocation: sourceLocation)
        #expect(two.result.log.lines == one.result.log.lines, sourceLocation: sourceLocation)
        return two.joined
    }

    @Test func cleanFileIsJoinedWithLinesOfTheWholeFile() {
        #expect(Self.expectSameBothWays(Self.header + Self.rows(1...200)))
    }

    @Test func crlfAndSmallChunksAroundTheSplit() {
        for chunkSize in [7, 64, 1 << 20] {
            #expect(Self.expectSameBothWays(Self.header + Self.rows(1...150, lineEnd: "\r\n"), chunkSize: chunkSize))
        }
    }

    @Test func blankLinesAtTheMiddleKeepTheirLineNumbers() {
        let csv = Self.header + Self.rows(1...60) + "\n\n\n" + Self.rows(61...120)
        // Whichever line break the split lands on, the rows after it keep their line numbers.
        for padding in 0..<6 {
            Self.expectSameBothWays(csv + String(repeating: "\n", count: padding))
        }
    }

    @Test func lineBreakInsideQuotesAtTheMiddleIsNotASplit() {
        // The middle of the file falls inside a quoted channel full of line breaks, so the first
        // line break after it is not a record boundary and the guess must be rejected.
        let quoted = "\"" + String(repeating: "x\n", count: 4000) + "\""
        let csv = Self.header + Self.rows(1...5) + "T9000,C1,2026-01-12 10:00,,\(quoted),\n" + Self.rows(6...10)
        #expect(!Self.expectSameBothWays(csv))
    }

    @Test func quotedFieldsThatLookLikeRowsAcrossTheMiddle() {
        // A line break inside quotes just after the middle, followed by text shaped like a row.
        let fake = "\"note\nT5555,C1,2026-01-12 10:00,,email,\n\""
        let csv = Self.header + Self.rows(1...40) + "T9000,C1,2026-01-12 10:00,,\(fake),\n" + Self.rows(41...80)
        for chunkSize in [7, 100, 1 << 20] { Self.expectSameBothWays(csv, chunkSize: chunkSize) }
    }

    @Test func warningsInTheSecondHalfAreMovedToTheirLines() {
        // purchased_at after opened_at is a warning: the halves are still joined.
        let late = "T9999,C1,2026-01-12 10:00,,email,2026-02-01\n"
        let csv = Self.header + Self.rows(1...100) + late + Self.rows(101...110)
        #expect(Self.expectSameBothWays(csv))
    }

    @Test func errorsAndDuplicatesAcrossHalvesReadOnAsOne() {
        let base = Self.header + Self.rows(1...100)
        // A duplicate of a first-half id in the second half, an error in the second half, both.
        #expect(!Self.expectSameBothWays(base + Self.rows(3...3) + Self.rows(101...110)))
        #expect(!Self.expectSameBothWays(base + "T9999,C1,2026-02-30 10:00,,email,\n" + Self.rows(101...110)))
        #expect(!Self.expectSameBothWays(base + "T9999,C1\n" + Self.rows(101...110) + Self.rows(50...50)))
        for lenient in [false, true] {
            Self.expectSameBothWays(base + "T9999,C1,x,,email,\n" + Self.rows(2...2), lenient: lenient)
        }
    }

    @Test func idsOutOfOrderInBothHalves() {
        let first = (1...80).reversed().map { "T\($0),C1,2026-01-12 10:00,,email," }.joined(separator: "\n")
        let second = (81...160).reversed().map { "T\($0),C1,2026-01-12 10:00,,email," }.joined(separator: "\n")
        #expect(Self.expectSameBothWays(Self.header + first + "\n" + second + "\n"))
        // The same, with one id of the first half again at the end.
        #expect(!Self.expectSameBothWays(Self.header + first + "\n" + second + "\nT7,C1,2026-01-12 10:00,,email,\n"))
    }

    @Test func secondHalfReservesForItsOwnRows() throws {
        // Rows of equal length, so the bytes per row after 1,000 rows are exact.
        let bytes = Array((Self.header + Self.rows(1...3000)).utf8)
        let split = try #require(bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.dropFirst(1500).first) + 1
        let zone = TimeZoneRules(identifier: "Europe/Warsaw")!
        let head = CSVReader(source: MemoryByteSource(bytes))
        let headTable = CSVTable<TicketColumn>(reader: head, source: SiteConfig().tickets, section: "tickets", zone: zone,
                                               file: "t.csv", lenient: false)
        #expect(headTable.readHeader())
        let tail = CSVTable(continuing: headTable, reader: CSVReader(continuing: head, from: MemoryByteSource(bytes[split...]),
                                                                     offset: split))
        var estimate: Int?
        tail.forEachRow {
            if tail.rowsRead == 1000 { estimate = tail.estimatedRowCount(rowsSoFar: 1000, sourceSize: bytes.count - split) }
        }
        // 1,500 rows follow the split; the estimate adds 5%. Counting the split's offset as read
        // gave about 630, and the array grew by doubling.
        #expect((1500...1600).contains(try #require(estimate)))
    }
}
