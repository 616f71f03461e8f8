import Foundation
import Testing
@testable import CasebookKit

@Suite struct MetricsJSONTests {
    @Test func stringsAreEscapedPerRFC8259() {
        var out = ""
        JSONValue.appendQuoted("a\"b\\c\nd\te\u{01}f\u{1F}/ł€😀\r\u{08}\u{0C}", to: &out)
        #expect(out == #""a\"b\\c\nd\te\u0001f\u001f/ł€😀\r\b\f""#)
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, -1_234_567_890, Int.max, Int.min])
    func integersPrintAsStringDoes(value: Int) {
        var out: [UInt8] = []
        JSONValue.appendInteger(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }

    @Test func everyControlCharacterIsEscapedAsFourHexDigits() {
        for value in 0..<0x20 where ![0x08, 0x09, 0x0A, 0x0C, 0x0D].contains(value) {
            var out = ""
            JSONValue.appendQuoted(String(UnicodeScalar(UInt8(value))), to: &out)
            let hex = String(value, radix: 16)
            #expect(out == "\"\\u" + String(repeating: "0", count: 4 - hex.count) + hex + "\"")
        }
    }

    @Test(arguments: [(0.0, "0.0"), (2, "2.0"), (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"), (1e-05, "1e-05"),
                      (1e16, "1e+16"), (-2.5, "-2.5"), (123456.789, "123456.789"), (.infinity, "null"), (.nan, "null")])
    func numbersAreShortestRoundTripAndValidJSON(value: Double, expected: String) throws {
        #expect(JSONValue.number(value) == expected)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(expected)]".utf8), options: [])
        if value.isFinite { #expect((parsed as? [Double])?.first == value) }
    }

    @Test func prettyPrintingUsesTwoSpacesAndATrailingNewline() {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.null, .bool(true)])), ("e", .array([])), ("o", .object([]))])
        #expect(value.prettyPrinted() == """
        {
          "b": 1,
          "a": [
            null,
            true
          ],
          "e": [],
          "o": {}
        }

        """)
    }

    @Test func topLevelKeysFollowTheSchema() throws {
        let text = MetricsSnapshot.small().jsonText()
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(keys == ["schema", "as_of", "inputs", "tickets", "first_response_hours", "answer_days", "resolution_days",
                         "within_promise", "within_statutory", "overdue", "outcomes", "justified", "well_handled",
                         "retention", "costs", "refunds", "escalated", "reopened", "public", "client_types", "monthly",
                         "customers", "agents", "playbooks"])
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func smallFixtureMatchesTheGoldenFile() throws {
        let text = MetricsSnapshot.small().jsonText()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots/metrics-small.json")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "metrics.json differs from Snapshots/metrics-small.json; RECORD_SNAPSHOTS=1 re-records")
    }

    @Test func sameInputsGiveIdenticalText() {
        #expect(MetricsSnapshot.small().jsonText() == MetricsSnapshot.small().jsonText())
    }
}

/// The small fixture behind Snapshots/metrics-small.json: a bit of everything.
enum MetricsSnapshot {
    static func small() -> Metrics {
        var config = SiteConfig()
        config.clientTypes = [ClientType(key: "emotional", label: "E"), ClientType(key: "threatening", label: "T")]
        config.policy.repeatComplainantMin = 2
        let tickets = [
            Fixture.ticket("T-001", customer: "C-1", opened: "2026-01-05 09:00", firstResponse: "2026-01-05 13:00",
                           answered: "2026-01-09 12:00", resolved: "2026-01-12 10:00", clientType: "emotional",
                           justified: true, outcome: .accepted, csat: 5, minutes: 45, compensation: 20,
                           refund: .granted, refundAmount: 199.99, purchased: "2025-12-20", agent: "Ewa",
                           escalated: false, reopened: false, isPublic: false),
            Fixture.ticket("T-002", customer: "C-2", opened: "2026-01-20 16:30", firstResponse: "2026-01-21 08:15",
                           resolved: "2026-02-05 11:00", clientType: "threatening", justified: false, outcome: .rejected,
                           minutes: 120, refund: .refused, purchased: "2026-01-15", agent: "Marek \"M\" Nowak",
                           escalated: true, isPublic: true),
            Fixture.ticket("T-003", customer: "C-1", opened: "2026-02-10 10:00", answered: "2026-02-12 10:00",
                           outcome: .partial, minutes: 30, agent: "Ewa", reopened: true),
            Fixture.ticket("T-004", customer: "C-3", opened: "2026-03-28 23:30Z", minutes: 15),
        ]
        let orders = [
            Fixture.order("O-1", customer: "C-1", at: "2025-12-20 12:00", amount: 1_200),
            Fixture.order("O-2", customer: "C-1", at: "2026-03-01 12:00", amount: 350.5),
            Fixture.order("O-3", customer: "C-9", at: "2026-02-14 12:00", amount: 80),
        ]
        let cases = [
            Fixture.writeUp("zly-kurier", tickets: ["T-001"], playbooks: ["deeskalacja"]),
            Fixture.writeUp("grozby", tickets: ["T-002"], playbooks: ["deeskalacja", "urzad"], retained: true),
        ]
        let library = Library(config: config, cases: cases,
                              playbooks: [Fixture.playbook("urzad"), Fixture.playbook("deeskalacja")],
                              tickets: tickets, orders: orders,
                              skippedRows: [SkippedRow(location: SourceLocation(file: "data/tickets.csv", line: 7), reason: "x")])
        return MetricsCalculator(config: config, zone: Fixture.warsaw).compute(for: library, asOf: Fixture.date("2026-05-15"))
    }
}
