import Foundation
import Testing
@testable import CasebookKit

/// The example data must tell a believable story on the dashboards: these ranges are what a
/// well-run Polish shop shows, and a change to the generator that leaves them fails here.
@Suite struct SamplePlausibilityTests {
    @Test func theExampleFiguresArePlausible() throws {
        let root = SampleFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SampleGenerator.write(SampleParameters(tickets: 4000, customers: 1800, seed: 1), to: root + "/Content")
        var options = BuildOptions()
        options.contentDirectory = root + "/Content"
        options.outputDirectory = root + "/Site"
        let report = Build.run(options)
        #expect(report.log.lines == [])
        let data = try #require(FileManager.default.contents(atPath: root + "/Site/metrics.json"))
        let metrics = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func rate(_ path: String...) -> Double {
            var node: Any? = metrics
            for key in path { node = (node as? [String: Any])?[key] }
            return ((node as? [String: Any])?["rate"] as? Double) ?? -1
        }
        #expect(metrics["as_of"] as? String == "2026-06-30")
        #expect((0.85...0.95).contains(rate("within_promise")))
        #expect((0.97..<1.0).contains(rate("within_statutory")))
        #expect((0.75...0.86).contains(rate("retention", "well_handled")))
        #expect(rate("retention", "not_well_handled") < rate("retention", "well_handled") - 0.15)
        let costs = try #require(metrics["costs"] as? [String: Any])
        #expect((0.02...0.05).contains(try #require(costs["share"] as? Double)))
        let overdue = try #require(metrics["overdue"] as? [String: [String]])
        #expect(!(overdue["promise"] ?? []).isEmpty && !(overdue["statutory"] ?? []).isEmpty)
        let refunds = try #require(metrics["refunds"] as? [String: Any])
        let exceptions = try #require(refunds["exceptions"] as? [String]), violations = try #require(refunds["violations"] as? [String])
        #expect((1...40).contains(exceptions.count) && (1...40).contains(violations.count))
        let monthly = try #require(metrics["monthly"] as? [[String: Any]])
        #expect(monthly.count == 18)
        // The December peak: more tickets than in any summer month.
        let opened = Dictionary(uniqueKeysWithValues: monthly.map { ($0["month"] as? String ?? "", $0["opened"] as? Int ?? 0) })
        #expect((opened["2025-12"] ?? 0) > (opened["2025-07"] ?? 0) * 3 / 2)
    }
}
