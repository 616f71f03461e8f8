import Foundation
import Testing
@testable import CasebookKit

/// A symbolic link in the content folder may not publish a file from elsewhere on the machine;
/// a link that stays inside is followed, and a folder behind a link is not walked.
@Suite struct ContentLinksTests {
    func load(_ site: TestSite) -> ContentLoader.Result {
        ContentLoader(contentDirectory: site.path("Content"), config: SiteConfig()).load()
    }

    @Test func aCaseLinkedFromOutsideIsRefusedWithItsTarget() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        try site.write("outside/sekret.md", "---\ntitle: Sekret\ndate: 2026-03-01\n---\nPoufne.\n")
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/cases/sekret.md"),
                                                   withDestinationPath: site.path("outside/sekret.md"))
        let result = load(site)
        #expect(!result.cases.contains { $0.title == "Sekret" })
        let lines = site.lines(result.log)
        #expect(lines.contains { $0.hasPrefix("Content/cases/sekret.md: error: refused: this is a symbolic link to ") && $0.contains("outside/sekret.md") })
    }

    @Test func aLinkThatStaysInsideIsFollowed() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        try site.write("Content/archive/stara.md", "---\ntitle: Stara sprawa\ndate: 2026-03-01\n---\nDawno.\n")
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/cases/stara.md"), withDestinationPath: "../archive/stara.md")
        let result = load(site)
        #expect(result.cases.contains { $0.title == "Stara sprawa" })
        #expect(site.lines(result.log) == [])
    }

    @Test func aFolderBehindALinkIsNotWalkedAndHiddenFoldersAre() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        try site.write("outside/dir/obca.md", "---\ntitle: Obca\ndate: 2026-03-01\n---\nx\n")
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/cases/obce"), withDestinationPath: site.path("outside/dir"))
        try site.write("Content/cases/.ukryte/jawna.md", "---\ntitle: Jawna\ndate: 2026-03-01\n---\nx\n")
        try site.write("Content/cases/2026/marzec/glebsza.md", "---\ntitle: Głębsza\ndate: 2026-03-01\n---\nx\n")
        try site.write("Content/cases/.ukryta.md", "---\ntitle: Ukryta\ndate: 2026-03-01\n---\nx\n")
        try site.write("Content/cases/README.md", "Notatki.\n")
        let result = load(site)
        let titles = Set(result.cases.map(\.title))
        #expect(titles == ["Spóźniona paczka", "Szkic", "Jawna", "Głębsza"])
        #expect(site.lines(result.log) == [])
    }

    /// A cases folder that is itself a link out of the content folder is refused, not silently empty.
    @Test func aCasesFolderLinkedFromOutsideIsRefused() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        try FileManager.default.moveItem(atPath: site.path("Content/cases"), toPath: site.path("outside-cases"))
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/cases"), withDestinationPath: site.path("outside-cases"))
        let result = load(site)
        #expect(result.cases.isEmpty)
        let lines = site.lines(result.log)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Content/cases: error: refused: this is a symbolic link to ") == true)
    }

    @Test func aCasesFolderLinkedFromInsideIsWalked() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        try FileManager.default.moveItem(atPath: site.path("Content/cases"), toPath: site.path("Content/archiwum"))
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/cases"), withDestinationPath: "archiwum")
        let result = load(site)
        #expect(Set(result.cases.map(\.title)) == ["Spóźniona paczka", "Szkic"])
        #expect(site.lines(result.log) == [])
    }
}
