import Foundation
import Testing
@testable import CasebookKit

/// The page cache may only save time: a build that uses it writes exactly the bytes of a clean
/// build, and any change to what a page shows (or to the templates) renders that page again.
@Suite struct PageCacheTests {
    func build(_ site: TestSite, cache: Bool, output: String = "Site") -> BuildReport {
        var options = site.options
        options.outputDirectory = site.path(output)
        options.cacheDirectory = cache ? site.path("cache") : nil
        let report = Build.run(options)
        #expect(!report.log.hasErrors, "\(site.lines(report.log))")
        return report
    }

    @Test func cachedBuildsAreByteIdenticalToCleanOnes() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let first = build(site, cache: true)
        #expect(first.cachedPages == 0)
        #expect(first.renderedPages > 0)
        let second = build(site, cache: true)
        #expect(second.renderedPages == 0)
        #expect(second.cachedPages == first.renderedPages)
        _ = build(site, cache: false, output: "Clean")
        #expect(site.tree("Site") == site.tree("Clean"))
        #expect(!site.tree("Site").isEmpty)
    }

    @Test func anEditedCaseIsRenderedAgainAndTheRestComesFromTheCache() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let first = build(site, cache: true)
        let page = "cases/spozniona-paczka/index.html"
        let before = site.tree("Site")[page]
        let text = try String(contentsOfFile: site.path("Content/cases/spozniona-paczka.md"), encoding: .utf8)
        try site.write("Content/cases/spozniona-paczka.md", text.replacingOccurrences(of: "później", with: "po tygodniu"))
        let second = build(site, cache: true)
        #expect(second.renderedPages >= 1)
        #expect(second.renderedPages < first.renderedPages)
        let after = site.tree("Site")[page]
        #expect(after != before)
        #expect(String(decoding: after ?? [], as: UTF8.self).contains("po tygodniu"))
        _ = build(site, cache: false, output: "Clean")
        #expect(site.tree("Site") == site.tree("Clean"))
    }

    @Test func aChangedTemplateInvalidatesEveryPageThatUsesIt() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        _ = build(site, cache: true)
        let layout = String(decoding: TemplateSet.defaults.templateFiles["layout"]!.bytes, as: UTF8.self)
        try site.write("Templates/layout.mustache", layout.replacingOccurrences(of: "</body>", with: "<!-- nowy -->\n</body>"))
        let second = build(site, cache: true)
        #expect(second.cachedPages == 0)
        #expect(site.tree("Site")["index.html"].map { String(decoding: $0, as: UTF8.self).contains("<!-- nowy -->") } == true)
        _ = build(site, cache: false, output: "Clean")
        #expect(site.tree("Site") == site.tree("Clean"))
    }

    @Test func aDamagedEntryIsIgnoredNotPublished() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        _ = build(site, cache: true)
        let folder = site.path("cache/pages")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            var bytes = [UInt8](FileManager.default.contents(atPath: folder + "/" + name)!)
            bytes[bytes.count - 2] ^= 0x20
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
        }
        let second = build(site, cache: true)
        #expect(second.cachedPages == 0)
        _ = build(site, cache: false, output: "Clean")
        #expect(site.tree("Site") == site.tree("Clean"))
    }

    @Test func entriesTheLatestBuildDidNotUseAreRemoved() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        _ = build(site, cache: true)
        let folder = site.path("cache/pages")
        let count = try FileManager.default.contentsOfDirectory(atPath: folder).count
        let text = try String(contentsOfFile: site.path("Content/cases/spozniona-paczka.md"), encoding: .utf8)
        try site.write("Content/cases/spozniona-paczka.md", text + "\nDopisek.\n")
        _ = build(site, cache: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == count)
    }
}

extension PageCacheTests {
    /// Every page is checked against its template before the cache is asked for it, so a
    /// cached page cannot hide a name the template does not know: the next build, whose pages
    /// all come from the cache, finds the problem again.
    @Test func aFailedKeyCheckFailsAgainFromTheCache() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let template = String(decoding: TemplateSet.defaults.templateFiles["case"]!.bytes, as: UTF8.self)
        try site.write("Templates/case.mustache", template.replacingOccurrences(of: "{{title}}", with: "{{title}}{{noSuchField}}"))
        var options = site.options
        options.cacheDirectory = site.path("cache")
        let first = Build.run(options)
        #expect(first.log.hasErrors)
        let second = Build.run(options)
        #expect(second.log.hasErrors)
        #expect(second.renderedPages == 0 && second.cachedPages > 0)
        #expect(site.lines(second.log) == site.lines(first.log))
    }
}
