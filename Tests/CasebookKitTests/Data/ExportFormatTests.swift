import Testing
@testable import CasebookKit

/// The same data exported in different dialects must load to the same tickets.
@Suite struct ExportFormatTests {
    static let plain = "ticket_id,customer_id,opened_at,first_response_at,resolved_at,csat,handling_minutes,compensation,"
        + "justified,category\n"
        + "T1,C1,2026-06-01 10:00,2026-06-01 12:30:15,2026-06-03,5,12.5,0.5,yes,quality\n"
        + "T2,C2,2026-06-02 23:30:00.25,,,,,,no,\"delivery, late\"\n"
        + "T3,C1,2026-10-25 02:30,2026-10-25 03:15,,1,7,1234.56,true,\"He said \"\"no\"\"\"\n"

    /// BOM, semicolons, CRLF, Polish headers mapped in site.yml, offsets and Z, decimal commas,
    /// Polish booleans, quoted fields with the delimiter and line breaks, an extra column.
    static let messy: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "Zgłoszenie;Klient;Utworzono;Pierwsza odpowiedź;Rozwiązano;CSAT;Minuty;Rekompensata;Zasadna;Kategoria;Uwagi\r\n"
            + "T1;C1;2026-06-01T10:00:00+02:00;2026-06-01T10:30:15Z;2026-06-02T22:00Z;5;12,5;0,5;tak;quality;\"a;b\"\r\n"
            + "T2;C2;2026-06-02T21:30:00.250Z;;;;;;NIE;delivery, late;\r\n"
            + "T3;C1;2026-10-25T02:30+0200; 2026-10-25T03:15+01 ;;1;7;1234,56;Tak;\"He said \"\"no\"\"\";\"multi\r\nline\"\r\n"
    ).utf8)

    static let mapping = [
        "ticket_id": "Zgłoszenie", "customer_id": "klient", "opened_at": "Utworzono",
        "first_response_at": "Pierwsza odpowiedź", "resolved_at": "Rozwiązano", "handling_minutes": "Minuty",
        "compensation": "Rekompensata", "justified": "Zasadna", "category": "Kategoria",
    ]

    @Test func messyExportEqualsPlainExport() {
        let plain = TicketLoaderTests.load(Self.plain)
        let messy = TicketLoaderTests.load(Self.messy, columns: Self.mapping)
        #expect(plain.log.lines == [])
        #expect(messy.log.lines == [])
        #expect(plain.tickets.count == 3)
        #expect(messy.tickets == plain.tickets)
        #expect(plain.tickets[1].category == "delivery, late")
        #expect(plain.tickets[2].category == "He said \"no\"")
    }

    @Test func everyChunkSizeGivesTheSameResult() {
        let whole = TicketLoaderTests.load(Self.messy, columns: Self.mapping)
        for chunkSize in 1...64 {
            let chunked = TicketLoaderTests.load(Self.messy, columns: Self.mapping, chunkSize: chunkSize)
            #expect(chunked.tickets == whole.tickets, "chunk size \(chunkSize)")
            #expect(chunked.log.lines == whole.log.lines, "chunk size \(chunkSize)")
        }
    }

    @Test func problemsAreTheSameAcrossChunkBoundaries() {
        let csv = "ticket_id;customer_id;opened_at;csat\r\nT1;C1;2026-02-30;7\r\nT1;\"C\r\n2\";2026-01-01;\"3\"x\r\nT3;C3;\"2026-01-01"
        let whole = TicketLoaderTests.load(csv)
        #expect(whole.log.lines == [
            "Content/data/tickets.csv:2:3: error: opened_at: '2026-02-30' is not a valid date",
            "Content/data/tickets.csv:2:4: error: csat: '7' is not a whole number from 1 to 5",
            "Content/data/tickets.csv:3:4: error: unexpected text after the closing quote of a quoted field; "
                + "write a quote inside a quoted field as two quotes (\"\")",
            "Content/data/tickets.csv:5:3: error: unterminated quote: the quote that opens this field is never closed; "
                + "the rest of the file was read as this one field",
        ])
        for chunkSize in 1...40 {
            #expect(TicketLoaderTests.load(csv, chunkSize: chunkSize).log.lines == whole.log.lines, "chunk size \(chunkSize)")
        }
    }

    @Test func tabSeparatedExport() {
        let tsv = Self.plain.replacingOccurrences(of: ",", with: "\t")
            .replacingOccurrences(of: "\"delivery\t late\"", with: "\"delivery, late\"")
        let result = TicketLoaderTests.load(tsv)
        #expect(result.log.lines == [])
        #expect(result.tickets == TicketLoaderTests.load(Self.plain).tickets)
    }

    @Test func fixedDelimiterFromTheConfig() {
        var config = SiteConfig()
        config.tickets.delimiter = .fixed(UInt8(ascii: ";"))
        // The header has more commas than semicolons, so detection would pick the comma.
        let csv = "ticket_id;customer_id;opened_at;category\nT1;C1;2026-01-05;a,b,c,d\n"
        let result = TicketLoader(config: config, zone: TicketLoaderTests.warsaw).load(bytes: Array(csv.utf8),
                                                                                         displayPath: "t.csv")
        #expect(result.log.lines == [])
        #expect(result.tickets.first?.category == "a,b,c,d")
    }
}
