import Foundation
import Testing
@testable import CasebookKit

/// The small fixture site rendered with the default templates, compared byte for byte with
/// `Snapshots/site-small/`. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter GoldenSiteTests`.
@Suite struct GoldenSiteTests {
    static let snapshots = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots/site-small")

    static func render(_ library: Library = RenderFixture.library()) -> (files: [OutputFile], log: DiagnosticLog) {
        SiteRenderer(library: library, templates: .defaults).render()
    }

    @Test func matchesTheSnapshots() throws {
        let (files, log) = Self.render()
        #expect(log.isEmpty)
        let folder = Self.snapshots.path
        let manager = FileManager.default
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? manager.removeItem(atPath: folder)
            for file in files {
                let url = Self.snapshots.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        }
        let recorded = try manager.subpathsOfDirectory(atPath: folder).filter { path in
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
        #expect(files.map(\.path) == recorded, "re-record with RECORD_SNAPSHOTS=1")
        for file in files {
            let expected = manager.contents(atPath: folder + "/" + file.path).map { [UInt8]($0) }
            #expect(file.bytes == expected, "\(file.path) differs from its snapshot; re-record with RECORD_SNAPSHOTS=1")
        }
    }

    @Test func theSameLibraryGivesTheSameBytes() {
        #expect(Self.render().files == Self.render().files)
        var shuffled = RenderFixture.library()
        shuffled.cases.reverse()
        shuffled.playbooks.reverse()
        #expect(Self.render(shuffled).files == Self.render().files)
    }

    @Test(arguments: [SiteConfig.Language.pl, .en])
    func everyPageHasTheRequiredFrame(language: SiteConfig.Language) {
        for file in Self.render(RenderFixture.library(language: language)).files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"), "\(file.path)")
            for required in ["<meta charset=\"utf-8\">", "<meta name=\"viewport\"", "<title>", "class=\"skip-link\" href=\"#main\"",
                             "<nav class=\"site-nav\"", "<main id=\"main\"", "<footer"] {
                #expect(html.contains(required), "\(file.path) lacks \(required)")
            }
        }
    }

    /// Nothing a strict CSP (`default-src 'none'; style-src 'self'; img-src 'self'`) would block.
    @Test func pagesNeedNoScriptsInlineStylesOrOtherHosts() throws {
        let handler = try Regex(#"\son[a-z]+\s*="#)
        for file in Self.render().files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(!html.contains("style="), "\(file.path)")
            #expect(!html.contains("<style"), "\(file.path)")
            #expect(!html.contains("<script"), "\(file.path)")
            #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"), "\(file.path)")
            #expect(html.firstMatch(of: handler) == nil, "\(file.path)")
        }
    }

    /// Every relative link resolves to a file of the site; the 404 page's links resolve from the base path.
    @Test func everyInternalLinkResolves() throws {
        let library = RenderFixture.library()
        let files = Self.render(library).files
        let paths = Set(files.map(\.path))
        let hrefPattern = try Regex(#"(?:href|src)="([^"]*)""#)
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let ids = Set(html.matches(of: try Regex(#"id="([^"]*)""#)).compactMap { $0.output[1].substring.map(String.init) })
            for match in html.matches(of: hrefPattern) {
                let href = String(match.output[1].substring!)
                if href.hasPrefix("#") {
                    #expect(ids.contains(String(href.dropFirst())), "\(file.path): \(href)")
                    continue
                }
                let target: String
                if file.path == "404.html" {
                    #expect(href.hasPrefix(library.config.basePath), "\(file.path): \(href)")
                    target = String(href.dropFirst(library.config.basePath.count))
                } else {
                    #expect(!href.hasPrefix("/"), "\(file.path): \(href) is not relative")
                    target = Self.resolve(href, from: file.path)
                }
                #expect(paths.contains(target), "\(file.path): \(href) → \(target) does not exist")
            }
        }
    }

    @Test func textFromContentIsEscapedAndBodiesAreNot() throws {
        let files = Self.render().files
        let page = try #require(files.first { $0.path == "cases/court-threat/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("Klient zagroził sądem i &lt;Rzecznikiem&gt;, gdy odrzuciliśmy reklamację po gwarancji &amp; bez paragonu."))
        #expect(html.contains("<a class=\"tag\" href=\"../../tags/sad-urzad/index.html\">Sąd &amp; urząd</a>"))
        #expect(html.contains("<p>Pralka działała; klient chciał nowej.</p>"))
    }

    @Test func theEnglishSiteUsesEnglishLabelsAndFormats() throws {
        let files = Self.render(RenderFixture.library(language: .en)).files
        let home = String(decoding: try #require(files.first { $0.path == "index.html" }).bytes, as: UTF8.self)
        #expect(home.contains(">Playbooks</a>"))
        #expect(home.contains("July 15, 2026"))
        #expect(home.contains("33.3%"))
        let tag = String(decoding: try #require(files.first { $0.path == "tags/opoznienie/index.html" }).bytes, as: UTF8.self)
        #expect(tag.contains("2 cases"))
    }

    /// `href` resolved against the folder of the page at `path`, without `#fragment`.
    static func resolve(_ href: String, from path: String) -> String {
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for component in href.split(separator: "#")[0].split(separator: "/") {
            if component == ".." { parts.removeLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }
}
