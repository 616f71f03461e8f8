import Foundation
import Testing
@testable import CasebookKit

@Suite struct SiteWriterTests {
    @Test func replacesTheWholeSite() throws {
        let site = try TestSite("-- keep.txt --\nx")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        #expect(writer.write([OutputFile(path: "index.html", text: "v1"), OutputFile(path: "cases/a/index.html", text: "a")], staticFiles: []).isEmpty)
        #expect(writer.write([OutputFile(path: "index.html", text: "v2")], staticFiles: [(site.path("keep.txt"), "static/keep.txt")]).isEmpty)
        #expect(site.tree("Site") == ["index.html": Array("v2".utf8), "static/keep.txt": Array("x\n".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.stagingPath))
        #expect(!FileManager.default.fileExists(atPath: writer.retiredPath))
    }

    @Test func aFailedWriteLeavesThePreviousSiteUntouched() throws {
        let site = try TestSite("")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        #expect(writer.write([OutputFile(path: "index.html", text: "old")], staticFiles: []).isEmpty)
        // A file and a folder of the same name cannot both be written.
        let problems = writer.write([OutputFile(path: "a", text: "file"), OutputFile(path: "a/index.html", text: "page")], staticFiles: [])
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("the previous site is unchanged") == true)
        #expect(site.tree("Site") == ["index.html": Array("old".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.stagingPath))
    }

    @Test func cleansUpWhatAnInterruptedRunLeft() throws {
        let site = try TestSite("-- .Site.casebook-staging/half.html --\nhalf\n-- .Site.casebook-old/old.html --\nold")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        #expect(writer.write([OutputFile(path: "index.html", text: "new")], staticFiles: []).isEmpty)
        #expect(site.tree("Site") == ["index.html": Array("new".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.stagingPath))
        #expect(!FileManager.default.fileExists(atPath: writer.retiredPath))
    }

    @Test func committedSiteReadmeMatchesTheGeneratedOne() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: repo.appendingPathComponent("Site/README.md"), encoding: .utf8)
        #expect(committed == SiteReadme.text)
    }
}
