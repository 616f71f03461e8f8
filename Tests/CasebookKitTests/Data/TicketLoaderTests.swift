import Foundation
import Testing
@testable import CasebookKit

@Suite struct TicketLoaderTests {
    static let path = "Content/data/tickets.csv"
    static let warsaw = TimeZoneRules(identifier: "Europe/Warsaw")!

    static func load(_ csv: String, columns: [String: String] = [:], lenient: Bool = false,
                     chunkSize: Int = 1 << 20) -> TicketLoadResult {
        load(Array(csv.utf8), columns: columns, lenient: lenient, chunkSize: chunkSize)
    }

    static func load(_ bytes: [UInt8], columns: [String: String] = [:], lenient: Bool = false,
                     chunkSize: Int = 1 << 20) -> TicketLoadResult {
        var config = SiteConfig()
        config.tickets.columns = columns
        var loader = TicketLoader(config: config, zone: warsaw, lenient: lenient)
        loader.chunkSize = chunkSize
        return loader.load(bytes: bytes, displayPath: path)
    }

    static func instant(_ text: String) -> Instant {
        try! TimestampParser(zone: warsaw).instant(text).get()
    }

    static let header = "ticket_id,customer_id,opened_at"

    // MARK: - Good input

    @Test func minimalFile() {
        let result = Self.load("\(Self.header)\nT1,C1,2026-01-05 10:00\nT2,C2,2026-01-06\n")
        #expect(result.log.lines == [])
        #expect(result.tickets == [
            Ticket(id: "T1", customerId: "C1", openedAt: Self.instant("2026-01-05T09:00Z"), line: 2),
            Ticket(id: "T2", customerId: "C2", openedAt: Self.instant("2026-01-05T23:00Z"), line: 3),
        ])
    }

    @Test func everyColumn() {
        let csv = """
            ticket_id,customer_id,opened_at,first_response_at,answered_at,resolved_at,channel,category,client_type,\
            justified,outcome,csat,handling_minutes,compensation,refund,refund_amount,purchased_at,agent,escalated,\
            reopened,public,retained
            T1,C1,2026-03-02 09:00,2026-03-02 11:30,2026-03-05T10:00:00+01:00,2026-03-06,email,Opóźniona dostawa,\
            emotional,tak,Partial,4,90,"25,50",granted,199.99,2026-02-20,Małgorzata,nie,0,yes,TRUE

            """
        let result = Self.load(csv)
        #expect(result.log.lines == [])
        var ticket = Ticket(id: "T1", customerId: "C1", openedAt: Self.instant("2026-03-02T08:00Z"), line: 2)
        ticket.firstResponseAt = Self.instant("2026-03-02T10:30Z")
        ticket.answeredAt = Self.instant("2026-03-05T09:00Z")
        ticket.resolvedAt = Self.instant("2026-03-05T23:00Z")
        ticket.channel = "email"
        ticket.category = "Opóźniona dostawa"
        ticket.clientType = "emotional"
        ticket.justified = true
        ticket.outcome = .partial
        ticket.csat = 4
        ticket.handlingMinutes = 90
        ticket.compensation = 25.5
        ticket.refund = .granted
        ticket.refundAmount = 199.99
        ticket.purchasedAt = LocalDate(year: 2026, month: 2, day: 20)
        ticket.agent = "Małgorzata"
        ticket.escalated = false
        ticket.reopened = false
        ticket.isPublic = true
        ticket.retained = true
        #expect(result.tickets == [ticket])
    }

    @Test func emptyCellsAreMissingAndUnknownColumnsIgnored() {
        let csv = "Notes,ticket_id,customer_id,opened_at,csat,channel,agent\nhello,T1,C1,2026-01-05,  ,,\n"
        let result = Self.load(csv)
        #expect(result.log.lines == [])
        #expect(result.tickets.count == 1)
        #expect(result.tickets[0].csat == nil)
        #expect(result.tickets[0].channel == nil)
    }

    @Test(arguments: [("yes", true), ("No", false), ("TAK", true), ("nie", false), ("1", true), ("0", false),
                      ("true", true), ("False", false)])
    func polishAndEnglishBooleans(text: String, value: Bool) {
        let result = Self.load("\(Self.header),justified,escalated\nT1,C1,2026-01-05,\(text),\(text)\n")
        #expect(result.log.lines == [])
        #expect(result.tickets.first?.justified == value)
        #expect(result.tickets.first?.escalated == value)
    }

    @Test func headerOnlyFileHasNoTickets() {
        let result = Self.load("\(Self.header)\r\n")
        #expect(result.tickets.isEmpty)
        #expect(result.log.isEmpty)
    }

    @Test func missingFileIsNil() {
        let loader = TicketLoader(config: SiteConfig(), zone: Self.warsaw)
        #expect(loader.load(contentsOf: "/nonexistent/tickets.csv", displayPath: Self.path) == nil)
    }

    // MARK: - Header

    @Test func emptyFile() {
        #expect(Self.load("").log.lines == [
            "Content/data/tickets.csv:1: error: the file is empty; expected a header row naming the columns",
        ])
    }

    @Test func missingRequiredColumn() {
        let result = Self.load("ticket_id,customer_id,Created\nT1,C1,2026-01-05\n")
        #expect(result.tickets.isEmpty)
        #expect(result.log.lines == [
            "Content/data/tickets.csv:1: error: missing required column 'opened_at' (the header has: ticket_id, "
                + "customer_id, Created); add the column, or map the export's name for it under tickets.columns in site.yml",
        ])
    }

    @Test func missingRequiredColumnWithNearMiss() {
        #expect(Self.load("Ticket_ID;customer;Opened At\n").log.lines == [
            "Content/data/tickets.csv:1: error: missing required column 'customer_id' (the header has: Ticket_ID, "
                + "customer, Opened At); add the column, or map the export's name for it under tickets.columns in site.yml",
            "Content/data/tickets.csv:1: error: missing required column 'opened_at' (the header has: Ticket_ID, "
                + "customer, Opened At); did you mean 'Opened At'?",
        ])
    }

    @Test func mappedHeadersOfAZendeskExport() {
        let csv = "Ticket ID,Requester,Created,Solved, Satisfaction ,Group\n1042,u-77,2026-02-03 08:15,2026-02-04 12:00,5,Tier 1\n"
        let columns = ["ticket_id": "Ticket ID", "customer_id": "requester", "opened_at": "Created",
                       "resolved_at": "Solved", "csat": "Satisfaction"]
        let result = Self.load(csv, columns: columns)
        #expect(result.log.lines == [])
        var ticket = Ticket(id: "1042", customerId: "u-77", openedAt: Self.instant("2026-02-03T07:15Z"), line: 2)
        ticket.resolvedAt = Self.instant("2026-02-04T11:00Z")
        ticket.csat = 5
        #expect(result.tickets == [ticket])
    }

    @Test func mappingToAHeaderThatDoesNotExist() {
        let result = Self.load("Ticket ID,customer_id,Created\n", columns: ["ticket_id": "Ticket ID", "opened_at": "Crated"])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:1: error: tickets.columns in site.yml maps opened_at to 'Crated', but the header "
                + "has no such column (it has: Ticket ID, customer_id, Created); did you mean 'Created'?",
        ])
    }

    @Test func mappingOfAnUnknownColumn() {
        let result = Self.load("\(Self.header)\nT1,C1,2026-01-05\n", columns: ["opend_at": "Created"])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:1: error: tickets.columns in site.yml maps unknown column 'opend_at' "
                + "(to 'Created'); did you mean 'opened_at'?",
        ])
        #expect(result.tickets.count == 1)
    }

    @Test func duplicatedHeader() {
        let result = Self.load("ticket_id,customer_id,opened_at,Opened_At,note,note\nT1,C1,2026-01-05,2026-01-06,a,b\n")
        #expect(result.log.lines == [
            "Content/data/tickets.csv:1:4: error: column 'opened_at' appears more than once in the header (columns 3, 4)",
        ])
    }

    // MARK: - Structure

    @Test func raggedRow() {
        let result = Self.load("\(Self.header),channel\nT1,C1,2026-01-05\nT2,C2,2026-01-05,email,extra\n")
        #expect(result.log.lines == [
            "Content/data/tickets.csv:2:4: error: row has 3 fields, but the header has 4",
            "Content/data/tickets.csv:3:5: error: row has 5 fields, but the header has 4",
        ])
    }

    @Test func unterminatedQuote() {
        let result = Self.load("\(Self.header),category\nT1,C1,2026-01-05,\"ok\"\nT2,C2,2026-01-05,\"broken\nT3,C3,2026-01-05,x\n")
        #expect(result.tickets.map(\.id) == ["T1"])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:3:4: error: unterminated quote: the quote that opens this field is never closed; "
                + "the rest of the file was read as this one field",
        ])
    }

    @Test func invalidUTF8() {
        let bytes = Array("\(Self.header),agent\nT1,C1,2026-01-05,Ma".utf8) + [0xB3, 0x67, 0x6F, 0x73, 0x69, 0x61, 0x0A]
        #expect(Self.load(bytes).log.lines == [
            "Content/data/tickets.csv:2:4: error: text is not valid UTF-8 (byte offset 57); save the export as UTF-8 "
                + "(it may be in Windows-1250 or ISO-8859-2)",
        ])
    }

    // MARK: - Values

    @Test func duplicateIdNamesBothLines() {
        let result = Self.load("\(Self.header)\nT-100,C1,2026-01-05\nT-101,C1,2026-01-05\nT-100,C2,2026-01-06\n")
        #expect(result.tickets.map(\.line) == [2, 3])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:4:1: error: duplicate ticket_id 'T-100'",
            "Content/data/tickets.csv:2:1: note: ticket_id 'T-100' first defined here",
        ])
    }

    @Test func repliesBeforeTheComplaint() {
        let csv = "\(Self.header),first_response_at,answered_at,resolved_at\n"
            + "T1,C1,2026-01-05 10:00,2026-01-05 09:59,2026-01-02,2026-01-05T08:59Z\n"
            + "T2,C1,2026-01-05 10:00,2026-01-05 10:00,2026-01-05T09:00Z,2026-01-06\n"
        #expect(Self.load(csv).log.lines == [
            "Content/data/tickets.csv:2:4: error: first_response_at: '2026-01-05 09:59' is before opened_at '2026-01-05 10:00'",
            "Content/data/tickets.csv:2:5: error: answered_at: '2026-01-02' is before opened_at '2026-01-05 10:00'",
            "Content/data/tickets.csv:2:6: error: resolved_at: '2026-01-05T08:59Z' is before opened_at '2026-01-05 10:00'",
        ])
    }

    @Test(arguments: ["7", "0", "3.5", "-1", "bardzo", "6"])
    func csatOutOfRange(value: String) {
        #expect(Self.load("\(Self.header),csat\nT1,C1,2026-01-05,\(value)\n").log.lines == [
            "Content/data/tickets.csv:2:4: error: csat: '\(value)' is not a whole number from 1 to 5",
        ])
    }

    @Test func negativeAndMalformedNumbers() {
        let csv = "\(Self.header),handling_minutes,compensation,refund_amount\nT1,C1,2026-01-05,-5,\"1 234\",-0\n"
        #expect(Self.load(csv).log.lines == [
            "Content/data/tickets.csv:2:4: error: handling_minutes: '-5' must not be negative",
            "Content/data/tickets.csv:2:5: error: compensation: '1 234' is not a number; write digits with at most "
                + "one decimal mark (. or ,) and no thousands separators",
        ])
    }

    @Test func impossibleDates() {
        let csv = "\(Self.header),purchased_at\nT1,C1,2026-02-30,2026-02-01\nT2,C1,2026-01-15 24:00,2026-13-01\n"
            + "T3,C1,15.01.2026 10:00,2026-01-01T10:00+25:00\n"
        #expect(Self.load(csv).log.lines == [
            "Content/data/tickets.csv:2:3: error: opened_at: '2026-02-30' is not a valid date",
            "Content/data/tickets.csv:3:3: error: opened_at: '2026-01-15 24:00' is not a valid time of day; "
                + "write midnight as 00:00 of the next day",
            "Content/data/tickets.csv:3:4: error: purchased_at: '2026-13-01' is not a valid date",
            "Content/data/tickets.csv:4:3: error: opened_at: '15.01.2026 10:00' is not a timestamp; "
                + "did you mean '2026-01-15 10:00'?",
            "Content/data/tickets.csv:4:4: error: purchased_at: '2026-01-01T10:00+25:00' has an impossible UTC offset; "
                + "offsets run from -14:00 to +14:00",
        ])
    }

    @Test func malformedTimestampExplainsTheForms() {
        #expect(Self.load("\(Self.header)\nT1,C1,yesterday\n").log.lines == [
            "Content/data/tickets.csv:2:3: error: opened_at: 'yesterday' is not a timestamp; expected YYYY-MM-DD, "
                + "optionally followed by T or a space, HH:MM[:SS], and Z or ±HH:MM",
        ])
    }

    @Test func unknownClientTypeOutcomeAndRefund() {
        let csv = "\(Self.header),client_type,outcome,refund\nT1,C1,2026-01-05,emotionl,acepted,yes\n"
            + "T2,C1,2026-01-05,Emotional,ACCEPTED,Refused\nT3,C1,2026-01-05,vip,,\n"
        let result = Self.load(csv)
        #expect(result.log.lines == [
            "Content/data/tickets.csv:2:4: error: client_type: 'emotionl' is not one of the client_types in site.yml; "
                + "did you mean 'emotional'?",
            "Content/data/tickets.csv:2:5: error: outcome: unknown value 'acepted' (expected accepted, rejected, partial "
                + "or withdrawn); did you mean 'accepted'?",
            "Content/data/tickets.csv:2:6: error: refund: unknown value 'yes' (expected granted or refused)",
            "Content/data/tickets.csv:4:4: error: client_type: 'vip' is not one of the client_types in site.yml",
        ])
        #expect(result.tickets.map(\.clientType) == ["emotional"])
        #expect(result.tickets.map(\.outcome) == [.accepted])
        #expect(result.tickets.map(\.refund) == [.refused])
    }

    @Test func clientTypesComeFromTheConfig() {
        var config = SiteConfig()
        config.clientTypes = [ClientType(key: "vip", label: "VIP")]
        let result = TicketLoader(config: config, zone: Self.warsaw)
            .load(bytes: Array("\(Self.header),client_type\nT1,C1,2026-01-05,VIP\nT2,C1,2026-01-05,emotional\n".utf8),
                  displayPath: Self.path)
        #expect(result.tickets.map(\.clientType) == ["vip"])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:3:4: error: client_type: 'emotional' is not one of the client_types in site.yml",
        ])
    }

    @Test func purchaseAfterTheComplaint() {
        let csv = "\(Self.header),purchased_at\nT1,C1,2026-01-05 10:00,2026-01-05\nT2,C1,2026-01-05 23:30,2026-01-06\n"
        let result = Self.load(csv)
        #expect(result.log.lines == [
            "Content/data/tickets.csv:3:4: warning: purchased_at: '2026-01-06' is after opened_at '2026-01-05 23:30'; "
                + "a complaint is about a purchase made before it",
        ])
        // Only a warning: the row still counts.
        #expect(result.tickets.map(\.id) == ["T1", "T2"])
    }

    @Test func requiredValuesMustNotBeEmpty() {
        #expect(Self.load("\(Self.header)\n ,C1,2026-01-05\nT2,,\n").log.lines == [
            "Content/data/tickets.csv:2:1: error: ticket_id: required value is empty",
            "Content/data/tickets.csv:3:2: error: customer_id: required value is empty",
            "Content/data/tickets.csv:3:3: error: opened_at: required value is empty",
        ])
    }

    // MARK: - Lenient

    @Test func lenientModeSkipsBadRowsWithWarnings() {
        let csv = "\(Self.header),csat,client_type\nT1,C1,2026-01-05,5,\nT2,C1,2026-02-30,7,\nT3,C1,2026-01-05,1,emotionl\n"
            + "T1,C2,2026-01-06,,\nT4,C1,2026-01-05\nT5,C5,2026-01-07,2,debtor\n"
        let result = Self.load(csv, lenient: true)
        #expect(result.tickets.map(\.id) == ["T1", "T5"])
        #expect(!result.log.hasErrors)
        #expect(result.skipped == [
            SkippedRow(location: SourceLocation(file: Self.path, line: 3, column: 3),
                       reason: "opened_at: '2026-02-30' is not a valid date"),
            SkippedRow(location: SourceLocation(file: Self.path, line: 4, column: 5),
                       reason: "client_type: 'emotionl' is not one of the client_types in site.yml"),
            SkippedRow(location: SourceLocation(file: Self.path, line: 5, column: 1), reason: "duplicate ticket_id 'T1'"),
            SkippedRow(location: SourceLocation(file: Self.path, line: 6, column: 4),
                       reason: "row has 3 fields, but the header has 5"),
        ])
        #expect(result.log.lines == [
            "Content/data/tickets.csv:3:3: warning: row skipped: opened_at: '2026-02-30' is not a valid date",
            "Content/data/tickets.csv:3:4: warning: row skipped: csat: '7' is not a whole number from 1 to 5",
            "Content/data/tickets.csv:4:5: warning: row skipped: client_type: 'emotionl' is not one of the client_types "
                + "in site.yml; did you mean 'emotional'?",
            "Content/data/tickets.csv:5:1: warning: row skipped: duplicate ticket_id 'T1'",
            "Content/data/tickets.csv:2:1: note: ticket_id 'T1' first defined here",
            "Content/data/tickets.csv:6:4: warning: row skipped: row has 3 fields, but the header has 5",
        ])
    }

    @Test func lenientModeStillFailsOnAnUnusableFile() {
        let result = Self.load("ticket_id,opened_at\nT1,2026-01-05\n", lenient: true)
        #expect(result.log.hasErrors)
        #expect(result.skipped.isEmpty)
    }
}

@Suite struct TicketFileTests {
    @Test func readsAFileInSmallChunks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("tickets.csv")
        let rows = (1...500).map { "T\($0),C\($0 % 7),2026-01-\(String(format: "%02d", $0 % 28 + 1)) 10:00,\"note, \($0)\"" }
        try Data(("ticket_id,customer_id,opened_at,category\r\n" + rows.joined(separator: "\r\n")).utf8).write(to: file)

        var loader = TicketLoader(config: SiteConfig(), zone: TicketLoaderTests.warsaw)
        loader.chunkSize = 37
        let result = try #require(loader.load(contentsOf: file.path, displayPath: "tickets.csv"))
        #expect(result.log.lines == [])
        #expect(result.tickets.count == 500)
        #expect(result.tickets.last?.line == 501)
        #expect(result.tickets.last?.category == "note, 500")

        let unreadable = try #require(loader.load(contentsOf: directory.path, displayPath: "data"))
        #expect(unreadable.log.lines == ["data:1: error: could not read the file: Is a directory"])
    }
}
