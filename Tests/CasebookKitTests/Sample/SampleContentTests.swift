import Foundation
import Testing
@testable import CasebookKit

@Suite struct SampleContentTests {
    @Test func everyCaseCitesExistingTicketsOfItsCustomer() throws {
        let files = SampleFixture.files(SampleParameters(tickets: 600, cases: 40, seed: 11))
        let tickets = Dictionary(uniqueKeysWithValues: SampleFixture.tickets(files).tickets.map { ($0.id, $0) })
        let cases = files.filter { $0.key.hasPrefix("cases/") }
        #expect(cases.count == 40)
        for (path, bytes) in cases {
            let text = String(decoding: bytes, as: UTF8.self)
            let cited = try #require(SampleFixture.frontMatter("tickets", in: text), "\(path)")
            let customer = try #require(SampleFixture.frontMatter("customer", in: text)?.first, "\(path)")
            #expect(!cited.isEmpty)
            for id in cited {
                let ticket = try #require(tickets[id], "\(path) cites \(id)")
                #expect(ticket.customerId == customer, "\(path)")
            }
            #expect((2048...4096).contains(bytes.count), "\(path) is \(bytes.count) bytes")
        }
        // Different cases read differently: no two bodies are the same.
        let bodies = cases.values.map { String(decoding: $0, as: UTF8.self).components(separatedBy: "\n---\n").last ?? "" }
        #expect(Set(bodies).count == cases.count)
    }

    @Test func aSampleWithCasesBuildsWithoutAnyDiagnostic() throws {
        let root = SampleFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SampleGenerator.write(SampleParameters(tickets: 1200, cases: 25, seed: 13), to: root + "/Content")
        var options = BuildOptions()
        options.contentDirectory = root + "/Content"
        options.outputDirectory = root + "/Site"
        let report = Build.run(options)
        #expect(report.log.lines == [])
        #expect(report.succeeded)
        #expect(FileManager.default.fileExists(atPath: root + "/Site/metrics.json"))
    }
}
