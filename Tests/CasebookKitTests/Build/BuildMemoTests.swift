import Foundation
import Testing
@testable import CasebookKit

/// `casebook watch` builds again and again with one `BuildMemo`. A memoised build may only save
/// time: it writes exactly the bytes of a clean build of the same content, whatever changed.
@Suite struct BuildMemoTests {
    func build(_ site: TestSite, memo: BuildMemo?, output: String = "Site", drafts: Bool = false) -> BuildReport {
        var options = site.options
        options.outputDirectory = site.path(output)
        options.drafts = drafts
        return Build.run(options, memo: memo)
    }

    /// A clean build of the content as it is now gives the tree the memoised build wrote.
    func expectSameAsClean(_ site: TestSite, drafts: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let clean = build(site, memo: nil, output: "Clean", drafts: drafts)
        #expect(clean.succeeded, sourceLocation: sourceLocation)
        #expect(!site.tree("Site").isEmpty, sourceLocation: sourceLocation)
        #expect(site.tree("Site") == site.tree("Clean"), sourceLocation: sourceLocation)
    }

    func edit(_ site: TestSite, _ file: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: site.path(file), encoding: .utf8)
        try site.write(file, change(text))
    }

    func metrics(_ site: TestSite) -> String { String(decoding: site.tree("Site")["metrics.json"] ?? [], as: UTF8.self) }

    @Test func anEditedCaseIsParsedAgainAndEverythingElseIsReused() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        let first = build(site, memo: memo)
        #expect(first.succeeded)
        #expect(first.reused == BuildMemo.Reuse())
        try edit(site, "Content/cases/spozniona-paczka.md") { $0.replacingOccurrences(of: "później", with: "po tygodniu") }
        let second = build(site, memo: memo)
        #expect(second.succeeded)
        // Three source files: the edited case is parsed again, the draft and the playbook are not.
        #expect(second.reused == BuildMemo.Reuse(files: 2, data: true, figures: true))
        #expect(String(decoding: site.tree("Site")["cases/spozniona-paczka/index.html"] ?? [], as: UTF8.self).contains("po tygodniu"))
        expectSameAsClean(site)
    }

    @Test func nothingChangedReusesEverythingAndWritesTheSameSite() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        let before = site.tree("Site")
        let again = build(site, memo: memo)
        #expect(again.reused == BuildMemo.Reuse(files: 3, data: true, figures: true))
        #expect(site.tree("Site") == before)
    }

    @Test func anEditedExportIsLoadedAndCountedAgain() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        #expect(metrics(site).contains("\"tickets\": 2,"))
        try edit(site, "Content/data/tickets.csv") { $0 + "ZG-3,KL-3,2026-03-11T08:00:00Z,,,,\n" }
        let second = build(site, memo: memo)
        #expect(second.reused == BuildMemo.Reuse(files: 3, data: false, figures: false))
        #expect(metrics(site).contains("\"tickets\": 3,"))
        expectSameAsClean(site)
    }

    @Test func aChangedOrdersFileIsLoadedAgainToo() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        try edit(site, "Content/data/orders.csv") { $0 + "ZAM-2,KL-1,2026-03-20,250.00\n" }
        let second = build(site, memo: memo)
        #expect(second.reused?.data == false)
        #expect(second.reused?.figures == false)
        expectSameAsClean(site)
    }

    @Test func changedSettingsStartAfresh() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        try edit(site, "Content/site.yml") { $0.replacingOccurrences(of: "as_of: 2026-03-31", with: "as_of: 2026-04-30") }
        let second = build(site, memo: memo)
        #expect(second.reused == BuildMemo.Reuse())
        #expect(metrics(site).contains("\"as_of\": \"2026-04-30\""))
        expectSameAsClean(site)
        // Options count as settings: --drafts changes which cases are built and counted.
        let drafts = build(site, memo: memo, drafts: true)
        #expect(drafts.reused == BuildMemo.Reuse())
        #expect(site.tree("Site")["cases/szkic/index.html"] != nil)
        expectSameAsClean(site, drafts: true)
    }

    /// The figures kept for the same data still count this build's cases and playbooks.
    @Test func reusedFiguresCountTheCasesOfThisBuild() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        #expect(metrics(site).contains("\"cases\": 1,"))
        try site.write("Content/cases/druga.md", """
            ---
            title: Druga sprawa
            date: 2026-03-12
            customer: KL-2
            tickets: [ZG-2]
            playbooks: [cztery-kroki]
            retained: true
            ---
            Klient wrócił.
            """)
        let second = build(site, memo: memo)
        #expect(second.reused == BuildMemo.Reuse(files: 3, data: true, figures: true))
        #expect(metrics(site).contains("\"cases\": 2,"))
        expectSameAsClean(site)
        try FileManager.default.removeItem(atPath: site.path("Content/cases/spozniona-paczka.md"))
        try FileManager.default.removeItem(atPath: site.path("Content/playbooks/cztery-kroki.md"))
        try edit(site, "Content/cases/druga.md") { $0.replacingOccurrences(of: "playbooks: [cztery-kroki]\n", with: "") }
        let third = build(site, memo: memo)
        #expect(third.succeeded, "\(site.lines(third.log))")
        #expect(third.reused?.figures == true)
        #expect(metrics(site).contains("\"playbooks\": 0,"))
        expectSameAsClean(site)
    }

    @Test func aFailedBuildLeavesTheSiteAndTheNextBuildRecovers() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        let before = site.tree("Site")
        try edit(site, "Content/cases/spozniona-paczka.md") { $0.replacingOccurrences(of: "date: 2026-03-02", with: "date: 2026-02-30") }
        let broken = build(site, memo: memo)
        #expect(!broken.succeeded)
        #expect(site.lines(broken.log).contains { $0.contains("spozniona-paczka.md:3:7: error:") })
        #expect(site.tree("Site") == before)
        // The broken parse was kept with its diagnostics: the same bytes fail the same way.
        let stillBroken = build(site, memo: memo)
        #expect(site.lines(stillBroken.log) == site.lines(broken.log))
        try edit(site, "Content/cases/spozniona-paczka.md") { $0.replacingOccurrences(of: "date: 2026-02-30", with: "date: 2026-03-03") }
        #expect(build(site, memo: memo).succeeded)
        expectSameAsClean(site)
    }

    @Test func aChangedTemplateIsDrawnAgain() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        #expect(build(site, memo: memo).succeeded)
        let layout = String(decoding: TemplateSet.defaults.templateFiles["layout"]!.bytes, as: UTF8.self)
        try site.write("Templates/layout.mustache", layout.replacingOccurrences(of: "</body>", with: "<!-- nowy -->\n</body>"))
        let second = build(site, memo: memo)
        #expect(second.succeeded)
        #expect(second.cachedPages == 0)
        #expect(String(decoding: site.tree("Site")["index.html"] ?? [], as: UTF8.self).contains("<!-- nowy -->"))
        expectSameAsClean(site)
    }

    @Test func unchangedPagesComeFromMemory() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let memo = BuildMemo()
        let first = build(site, memo: memo)
        #expect(first.cachedPages == 0)
        #expect(first.renderedPages > 0)
        try edit(site, "Content/cases/spozniona-paczka.md") { $0.replacingOccurrences(of: "później", with: "po tygodniu") }
        let second = build(site, memo: memo)
        #expect(second.renderedPages >= 1)
        #expect(second.cachedPages > 0)
        #expect(second.renderedPages + second.cachedPages == first.renderedPages)
        expectSameAsClean(site)
    }
}

/// The watch's trigger: two looks at an unchanged tree agree, and any change a build could
/// care about makes them differ.
@Suite struct SourceSnapshotTests {
    @Test func seesEditsAdditionsRemovalsAndMoves() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let roots = [site.path("Content")]
        let first = SourceSnapshot(roots: roots)
        #expect(first.entries >= 8)
        #expect(SourceSnapshot(roots: roots) == first)

        try site.write("Content/cases/nowa.md", "---\ntitle: Nowa\ndate: 2026-03-01\n---\n")
        let added = SourceSnapshot(roots: roots)
        #expect(added != first)

        // Same size, new bytes: the modification time tells.
        let path = site.path("Content/cases/nowa.md")
        try site.write("Content/cases/nowa.md", "---\ntitle: Nowy\ndate: 2026-03-01\n---\n")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        let edited = SourceSnapshot(roots: roots)
        #expect(edited != added)

        try FileManager.default.createDirectory(atPath: site.path("Content/cases/2026"), withIntermediateDirectories: true)
        let withFolder = SourceSnapshot(roots: roots)
        try FileManager.default.moveItem(atPath: path, toPath: site.path("Content/cases/2026/nowa.md"))
        #expect(SourceSnapshot(roots: roots) != withFolder)

        try FileManager.default.removeItem(atPath: site.path("Content/cases/2026"))
        #expect(SourceSnapshot(roots: roots) != withFolder)
        #expect(SourceSnapshot(roots: [site.path("nowhere")]) == SourceSnapshot(roots: [site.path("nowhere")]))
    }
}

/// The exports are keyed by their bytes; their stamps only spare reading an untouched file again.
@Suite struct FileDigestsTests {
    @Test func anUntouchedSettledFileIsNotReadAgain() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let path = site.path("Content/data/tickets.csv")
        // Settled even a second ahead of `time()`: the kernel may stamp a file from its fine clock
        // while `time()` reads the coarse one, a tick behind, and with no settling time at all a
        // file written just across a second's edge then counted as fresh (seen once, under the
        // load of the whole suite).
        let files = FileDigests(settleSeconds: -1)
        let first = files.digest(of: path)
        #expect(first != nil)
        #expect(files.digest(of: path) == first)
        #expect(files.reads == 1)
        #expect(first == FileDigests.read(path))
    }

    @Test func aChangedFileIsReadAgainEvenWithTheSameSizeAndTime() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let path = site.path("Content/data/tickets.csv")
        let files = FileDigests(settleSeconds: 0)
        let first = files.digest(of: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        // Past the file system's clock tick, which the settling time covers outside this test.
        Thread.sleep(forTimeInterval: 0.05)
        try site.write("Content/data/tickets.csv", text.replacingOccurrences(of: "ZG-2", with: "ZG-9"))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let second = files.digest(of: path)
        #expect(second != first)
        #expect(second == FileDigests.read(path))
    }

    /// A file written moments ago could change again within the same clock tick unseen by its
    /// stamp, so its digest is not remembered.
    @Test func aFreshlyWrittenFileIsReadEveryTime() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let path = site.path("Content/data/tickets.csv")
        let files = FileDigests()
        _ = files.digest(of: path)
        _ = files.digest(of: path)
        #expect(files.reads == 2)
        #expect(files.digest(of: site.path("Content/data/none.csv")) == nil)
    }
}

/// The watch wakes for a change, also in a folder made after it started, and sleeps otherwise.
@Suite struct SourceWatcherTests {
    @Test func wakesForChangesAndOnlyForThem() throws {
        let site = try TestSite(BuildTests.miniSite)
        defer { site.remove() }
        let watcher = SourceWatcher(roots: [site.path("Content"), site.path("Templates")], intervalMilliseconds: 20)
        #expect(watcher.entries >= 8)
        #expect(!watcher.waitForChange(timeoutMilliseconds: 100))
        try site.write("Content/cases/nowa.md", "---\ntitle: Nowa\ndate: 2026-03-01\n---\n")
        #expect(watcher.waitForChange(timeoutMilliseconds: 5000))
        #expect(!watcher.waitForChange(timeoutMilliseconds: 100))
        try FileManager.default.createDirectory(atPath: site.path("Content/cases/2026"), withIntermediateDirectories: true)
        #expect(watcher.waitForChange(timeoutMilliseconds: 5000))
        try site.write("Content/cases/2026/inna.md", "---\ntitle: Inna\ndate: 2026-03-01\n---\n")
        #expect(watcher.waitForChange(timeoutMilliseconds: 5000))
        try FileManager.default.removeItem(atPath: site.path("Content/data/orders.csv"))
        #expect(watcher.waitForChange(timeoutMilliseconds: 5000))
        #expect(!watcher.waitForChange(timeoutMilliseconds: 100))
    }
}
