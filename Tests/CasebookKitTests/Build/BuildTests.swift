import Foundation
import Testing
@testable import CasebookKit

/// End to end: a fixture content folder through every stage to files on disk.
@Suite struct BuildTests {
    static let miniSite = """
        -- Content/site.yml --
        title: Mini
        as_of: 2026-03-31
        -- Content/playbooks/cztery-kroki.md --
        ---
        title: Cztery kroki
        order: 1
        steps:
          - { key: przeprosiny, label: Przeproś }
          - { key: termin, label: Podaj termin }
        ---
        Najpierw przeproś.
        -- Content/cases/spozniona-paczka.md --
        ---
        title: Spóźniona paczka
        date: 2026-03-02
        customer: KL-1
        tickets: [ZG-1]
        playbooks: [cztery-kroki]
        steps: [przeprosiny, termin]
        outcome: accepted
        tags: [dostawa]
        ---
        Paczka przyszła **później**.
        -- Content/cases/szkic.md --
        ---
        title: Szkic
        date: 2026-03-05
        draft: true
        ---
        Jeszcze nie.
        -- Content/data/tickets.csv --
        ticket_id,customer_id,opened_at,answered_at,resolved_at,csat,handling_minutes
        ZG-1,KL-1,2026-03-02 10:00,2026-03-04 12:00,2026-03-05 09:00,5,45
        ZG-2,KL-2,2026-03-10T08:00:00Z,,,,
        -- Content/data/orders.csv --
        order_id,customer_id,ordered_at,amount
        ZAM-1,KL-1,2026-01-10,1000.00
        -- Content/static/robots.txt --
        User-agent: *
        """

    @Test func buildsEveryPageAndMetrics() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(site.lines(report.log) == [])
        let files = site.tree("Site")
        for path in ["index.html", "404.html", "metrics.json", "README.md", "robots.txt", "assets/casebook.css",
                     "cases/index.html", "cases/spozniona-paczka/index.html", "playbooks/index.html",
                     "playbooks/cztery-kroki/index.html", "tags/dostawa/index.html"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(files["cases/szkic/index.html"] == nil, "drafts are left out by default")
        let metrics = String(decoding: files["metrics.json"] ?? [], as: UTF8.self)
        #expect(metrics.contains("\"as_of\": \"2026-03-31\""))
        #expect(metrics.contains("\"cases\": 1"))
    }

    @Test func aMissingContentFolderIsNamed() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        var options = site.options
        options.contentDirectory = site.path("Contnet")
        let report = Build.run(options)
        #expect(site.lines(report.log) == ["Contnet: error: the content folder does not exist; name the folder that holds site.yml, cases/ and data/ with --content"])
        #expect(site.tree("Site").isEmpty)
    }

    @Test func draftsAreBuiltWhenAsked() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        var options = site.options
        options.drafts = true
        #expect(Build.run(options).succeeded)
        #expect(site.tree("Site")["cases/szkic/index.html"] != nil)
    }

    @Test func twoBuildsGiveByteIdenticalTrees() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        #expect(Build.run(site.options).succeeded)
        let first = site.tree("Site")
        #expect(Build.run(site.options).succeeded)
        #expect(site.tree("Site") == first)
    }

    @Test func aBrokenCaseFailsWithItsLocationAndLeavesTheSiteAlone() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        #expect(Build.run(site.options).succeeded)
        let before = site.tree("Site")
        try site.write("Content/cases/zepsuty.md", "---\ntitle: Zepsuty\ndate: 2026-02-30\nplaybooks: [cztery-krok]\n---\nTekst\n")
        try site.write("Content/data/tickets.csv", "ticket_id,customer_id,opened_at\nZG-1,KL-1,2026-03-02\nZG-1,KL-1,2026-03-03\n")
        let report = Build.run(site.options)
        #expect(!report.succeeded)
        let lines = site.lines(report.log)
        #expect(lines.contains("Content/cases/zepsuty.md:3:7: error: date must be a date that exists, written YYYY-MM-DD, not '2026-02-30'"))
        #expect(lines.contains { $0.hasPrefix("Content/data/tickets.csv:3:1: error:") && $0.contains("ZG-1") })
        #expect(site.tree("Site") == before)
    }

    @Test func twoCasesOnOneURLAreAnErrorNamingBoth() throws {
        let site = try TestSite(Self.miniSite + "\n-- Content/cases/inny/spozniona-paczka.md --\n---\ntitle: Kopia\ndate: 2026-03-03\n---\nX\n")
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(!report.succeeded)
        let text = site.lines(report.log).joined(separator: "\n")
        #expect(text.contains("Content/cases/inny/spozniona-paczka.md"))
        #expect(text.contains("Content/cases/spozniona-paczka.md"))
    }

    @Test func siteTemplatesOverrideOneFileAndTheRestFallBack() throws {
        let site = try TestSite(Self.miniSite + "\n-- Templates/404.mustache --\n{{<layout}}{{$content}}<p class=\"custom-404\">Nie ma</p>{{/content}}{{/layout}}\n")
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(site.lines(report.log) == [])
        let files = site.tree("Site")
        #expect(String(decoding: files["404.html"] ?? [], as: UTF8.self).contains("custom-404"))
        #expect(String(decoding: files["index.html"] ?? [], as: UTF8.self).contains("<nav"))
    }

    @Test func aTemplateErrorNamesTheFileAndLine() throws {
        let site = try TestSite(Self.miniSite + "\n-- Templates/case.mustache --\n{{<layout}}\n{{$content}}\n{{#page}}\n{{/content}}{{/layout}}\n")
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(!report.succeeded)
        #expect(site.lines(report.log).contains { $0.hasPrefix("Templates/case.mustache:") || $0.contains("case.mustache:") })
    }

    @Test func aStaticFileMayNotReplaceAPage() throws {
        let site = try TestSite(Self.miniSite + "\n-- Content/static/index.html --\n<p>x</p>\n")
        defer { site.remove() }
        let report = Build.run(site.options)
        #expect(site.lines(report.log) == ["Content/static/index.html: error: static file would overwrite the generated 'index.html'; rename or remove it"])
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite(Self.miniSite)
        defer { site.remove() }
        var options = site.options
        options.write = false
        #expect(Build.run(options).succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.path("Site")))
    }
}
