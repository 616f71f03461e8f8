import Foundation
import Testing
@testable import CasebookKit

/// Every folder under Fixtures/Invalid is a content folder with one kind of bad input, and
/// `expected-diagnostics.txt` beside it lists the exact lines `casebook check` must print
/// (paths relative to the fixture). A `templates/` subfolder, when present, is the site's
/// templates folder. Each must fail, and none may crash or hang.
@Suite struct InvalidFixtureTests {
    static let root: String = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return here.appendingPathComponent("Fixtures/Invalid").path
    }()

    static let names: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreAtLeastThirtyFixtures() {
        #expect(Self.names.count >= 30, "\(Self.names.count) fixtures")
    }

    @Test(.timeLimit(.minutes(1)), arguments: names)
    func fixtureGivesExactlyItsExpectedDiagnostics(_ name: String) throws {
        let folder = Self.root + "/" + name
        let expected = try String(contentsOfFile: folder + "/expected-diagnostics.txt", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var options = BuildOptions()
        options.contentDirectory = folder
        options.asOf = LocalDate(iso: "2026-06-30")
        if FileManager.default.fileExists(atPath: folder + "/templates") { options.templatesDirectory = folder + "/templates" }
        options.write = false
        let started = ContinuousClock.now
        let report = Build.run(options)
        let lines = report.log.lines.map { $0.replacingOccurrences(of: folder + "/", with: "") }
        #expect(!report.succeeded, "\(name) must fail the build")
        #expect(lines == expected)
        #expect(ContinuousClock.now - started < .seconds(5), "\(name) took too long")
    }
}
