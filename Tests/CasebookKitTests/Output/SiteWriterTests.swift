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

    /// A failed build leaves the published site alone; the tree it wrote over waits as the trash.
    @Test func aFailedBuildKeepsTheSiteAndTheTrash() throws {
        let site = try TestSite("-- Site/index.html --\nnow\n-- .Site.casebook-trash/index.html --\nbefore")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        guard case let .success(staging) = writer.stage() else { Issue.record("no staging"); return }
        staging.add(OutputFile(path: "index.html", text: "half"))
        writer.discard(staging)
        #expect(site.tree("Site") == ["index.html": Array("now\n".utf8)])
        #expect(FileManager.default.fileExists(atPath: writer.trashPath))
        #expect(!FileManager.default.fileExists(atPath: writer.stagingPath))
        #expect(!FileManager.default.fileExists(atPath: writer.clearingPath))
    }

    /// A site written over an older one ends exactly as if written afresh: every stale file and
    /// folder is gone, and a file where a folder now goes (or the reverse) is replaced.
    @Test func aSiteWrittenOverAnOlderOneIsExactlyTheNewSite() throws {
        let site = try TestSite("-- static.txt --\ns")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        let first = ["x": "a1", "y/z": "a2", "p": "a3", "d/e": "a4", "deep/er/f": "a5", "static/s.txt": "old"]
        #expect(writer.write(first.map { OutputFile(path: $0.key, text: $0.value) }, staticFiles: []).isEmpty)
        #expect(writer.write([OutputFile(path: "x", text: "b")], staticFiles: []).isEmpty)
        // The third build writes over the first one's tree.
        let third = ["x": "c", "p/index.html": "c2", "d": "c3", "q/r": "c4"]
        #expect(writer.write(third.map { OutputFile(path: $0.key, text: $0.value) },
                             staticFiles: [(site.path("static.txt"), "static/s.txt")]).isEmpty)
        var expected = third.mapValues { Array($0.utf8) }
        expected["static/s.txt"] = Array("s\n".utf8)
        #expect(site.tree("Site") == expected)
        #expect(!FileManager.default.fileExists(atPath: site.path("Site/deep")))
        #expect(!FileManager.default.fileExists(atPath: site.path("Site/y")))
    }

    /// Writing over an old tree never writes through a symbolic link or into a file that has
    /// another hard link: both are replaced, and what they pointed at stays as it was.
    @Test func writingOverAnOldTreeNeverReachesOutsideIt() throws {
        let site = try TestSite("-- outside/secret --\nsecret\n-- outside/linked --\nlinked\n-- outside/dir/keep --\nkeep\n")
        defer { site.remove() }
        let outside = site.tree("outside")
        let writer = SiteWriter(output: site.path("Site"))
        #expect(writer.write([OutputFile(path: "x", text: "1"), OutputFile(path: "y/z", text: "1")], staticFiles: []).isEmpty)
        #expect(writer.write([OutputFile(path: "x", text: "2")], staticFiles: []).isEmpty)
        // The trash now holds the first site; make it hostile.
        let trash = writer.trashPath
        try FileManager.default.removeItem(atPath: trash + "/x")
        try FileManager.default.createSymbolicLink(atPath: trash + "/x", withDestinationPath: site.path("outside/secret"))
        try FileManager.default.removeItem(atPath: trash + "/y/z")
        try FileManager.default.linkItem(atPath: site.path("outside/linked"), toPath: trash + "/y/z")
        try FileManager.default.createSymbolicLink(atPath: trash + "/w", withDestinationPath: site.path("outside/dir"))
        let files = [OutputFile(path: "x", text: "3"), OutputFile(path: "y/z", text: "3"), OutputFile(path: "w/keep", text: "3")]
        #expect(writer.write(files, staticFiles: []).isEmpty)
        #expect(site.tree("Site") == ["x": Array("3".utf8), "y/z": Array("3".utf8), "w/keep": Array("3".utf8)])
        #expect(site.tree("outside") == outside)
        #expect(outside.count == 3)
    }

    @Test func committedSiteReadmeMatchesTheGeneratedOne() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: repo.appendingPathComponent("Site/README.md"), encoding: .utf8)
        #expect(committed == SiteReadme.text)
    }
}
