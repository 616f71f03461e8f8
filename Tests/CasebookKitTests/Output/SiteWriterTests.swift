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

    /// The replaced site waits as the trash for the next build, which deletes it (and what a
    /// killed run left in the clearing folder) while it works, and leaves its own in its place.
    @Test func theReplacedSiteIsDeletedByTheNextBuild() throws {
        let site = try TestSite("-- .Site.casebook-clearing/3/stale.html --\nstale")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        for version in 1...3 {
            #expect(writer.write([OutputFile(path: "v\(version)/index.html", text: "\(version)")], staticFiles: []).isEmpty)
        }
        #expect(site.tree("Site") == ["v3/index.html": Array("3".utf8)])
        #expect(site.tree(".Site.casebook-trash") == ["v2/index.html": Array("2".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.clearingPath))
        #expect(!FileManager.default.fileExists(atPath: writer.stagingPath))
    }

    /// A failed build deletes the trash too, and leaves the published site alone.
    @Test func aFailedBuildStillDeletesTheTrash() throws {
        let site = try TestSite("-- Site/index.html --\nnow\n-- .Site.casebook-trash/index.html --\nbefore")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        guard case let .success(staging) = writer.stage() else { Issue.record("no staging"); return }
        writer.discard(staging)
        #expect(site.tree("Site") == ["index.html": Array("now\n".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.trashPath))
        #expect(!FileManager.default.fileExists(atPath: writer.clearingPath))
    }

    @Test func committedSiteReadmeMatchesTheGeneratedOne() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: repo.appendingPathComponent("Site/README.md"), encoding: .utf8)
        #expect(committed == SiteReadme.text)
    }
}
