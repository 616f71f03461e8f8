import Foundation
import Testing
@testable import CasebookKit

/// Issue 3's "done when": a messy export of the same data gives the same metrics.json as the plain
/// one, through the whole build (site.yml mapping, detection, parsing, metrics, JSON).
///
/// Fixtures/Messy/plain was written by Scripts/crosscheck/make_plain.py (150 tickets, 200 orders,
/// seed 11), Fixtures/Messy/messy from it by make_messy.py (BOM, CRLF, `;` and TAB, decimal commas,
/// quoted line breaks and delimiters, mapped and re-cased headers, shuffled and extra columns,
/// tak/nie/TRUE/0, `Z` and `±HH:MM` instants, fractions of a second), and reference.json by the independent Python
/// reference (Scripts/crosscheck/reference_metrics.py) from the plain folder.
@Suite struct MessyExportFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Messy")

    /// Builds one fixture folder into a temporary Site/ and returns its metrics.json text.
    static func metricsText(_ folder: String) throws -> String {
        let output = NSTemporaryDirectory() + "casebook-messy-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        var options = BuildOptions()
        options.contentDirectory = fixtures.appendingPathComponent(folder).path
        options.outputDirectory = output
        let report = Build.run(options)
        #expect(report.log.lines == [], "\(folder) should build without problems")
        return try String(contentsOfFile: output + "/metrics.json", encoding: .utf8)
    }

    @Test func messyExportGivesTheSameMetricsTextAsThePlainOne() throws {
        let plain = try Self.metricsText("plain")
        let messy = try Self.metricsText("messy")
        // Not two empty results: the fixture really holds its 150 tickets and 200 orders.
        #expect(plain.contains("\"tickets\": 150,"))
        #expect(plain.contains("\"orders\": 200,"))
        #expect(messy == plain)
    }

    @Test func plainFixtureAgreesWithTheIndependentReference() throws {
        let ours = try JSONSerialization.jsonObject(with: Data(Self.metricsText("plain").utf8))
        let reference = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixtures.appendingPathComponent("reference.json")))
        var differences: [String] = []
        Self.compare(reference, ours, path: "$", into: &differences)
        #expect(differences == [])
    }

    /// The rule of Scripts/crosscheck/compare.py: numbers to 1e-9 relative, everything else equal.
    static func compare(_ expected: Any, _ actual: Any, path: String, into differences: inout [String]) {
        switch (expected, actual) {
        case let (a as [String: Any], b as [String: Any]):
            if Set(a.keys) != Set(b.keys) { differences.append("\(path): keys \(a.keys.sorted()) != \(b.keys.sorted())") }
            for (key, value) in a { if let other = b[key] { compare(value, other, path: "\(path).\(key)", into: &differences) } }
        case let (a as [Any], b as [Any]):
            if a.count != b.count { differences.append("\(path): \(a.count) items != \(b.count)") }
            for (index, (x, y)) in zip(a, b).enumerated() { compare(x, y, path: "\(path)[\(index)]", into: &differences) }
        case let (a as String, b as String):
            if a != b { differences.append("\(path): \(a) != \(b)") }
        case (is NSNull, is NSNull):
            break
        case let (a as NSNumber, b as NSNumber):
            let x = a.doubleValue, y = b.doubleValue
            if abs(x - y) > 1e-9 * max(abs(x), abs(y)) { differences.append("\(path): \(x) != \(y)") }
        default:
            differences.append("\(path): \(expected) != \(actual)")
        }
    }
}
