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

    @Test func minutesTakeThePolishPlural() {
        #expect([1, 2, 4, 5, 12, 14, 22, 25, 104, 112].map(CaseFragments.minutes) == [
            "1 minutę", "2 minuty", "4 minuty", "5 minut", "12 minut", "14 minut", "22 minuty", "25 minut",
            "104 minuty", "112 minut",
        ])
    }

    @Test func theFolderAndTheMemoryGiveTheSameFiles() throws {
        let parameters = SampleParameters(tickets: 400, cases: 5, seed: 17)
        let root = SampleFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SampleGenerator.write(parameters, to: root)
        let memory = try SampleGenerator.files(parameters)
        #expect(memory.count == 2 + 1 + SamplePlaybooks.all.count + 5)
        for (path, bytes) in memory {
            #expect(FileManager.default.contents(atPath: root + "/" + path).map { [UInt8]($0) } == bytes, "\(path)")
        }
    }
}
