import Foundation
import Testing
@testable import CasebookKit

/// The published site is never damaged: whatever stops a build, the previous `Site/` stays
/// byte for byte, the exit status says so, and the next run cleans up.
@Suite(.serialized) struct PublishSafetyTests {
    // MARK: - In process

    @Test func aSiteLeftUnderTheRetiredNameIsPutBackEvenIfTheNextBuildFails() throws {
        // As a run killed between the two renames of the fallback swap leaves it.
        let site = try TestSite("-- .Site.casebook-old/index.html --\nold")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        let problems = writer.write([OutputFile(path: "a", text: "file"), OutputFile(path: "a/index.html", text: "page")], staticFiles: [])
        #expect(problems.count == 1)
        #expect(site.tree("Site") == ["index.html": Array("old\n".utf8)])
        #expect(!FileManager.default.fileExists(atPath: writer.retiredPath))
    }

    @Test func aFileWhereTheStagingFolderGoesIsCleared() throws {
        let site = try TestSite("-- Site/index.html --\nold\n-- .Site.casebook-staging --\nnot a folder")
        defer { site.remove() }
        let writer = SiteWriter(output: site.path("Site"))
        #expect(writer.write([OutputFile(path: "index.html", text: "new")], staticFiles: []).isEmpty)
        #expect(site.tree("Site") == ["index.html": Array("new".utf8)])
    }

    @Test func anOutputUnderAFileFailsAndTouchesNothing() throws {
        let site = try TestSite("-- blocker --\nI am a file")
        defer { site.remove() }
        let problems = SiteWriter(output: site.path("blocker/Site")).write([OutputFile(path: "index.html", text: "new")], staticFiles: [])
        #expect(problems.count == 1)
        #expect(try String(contentsOfFile: site.path("blocker"), encoding: .utf8) == "I am a file\n")
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only folders anyway"))
    func aReadOnlyParentFailsAndKeepsTheSite() throws {
        let site = try TestSite("-- out/Site/index.html --\nold")
        defer { chmod(site.path("out"), 0o755); site.remove() }
        chmod(site.path("out"), 0o555)
        let problems = SiteWriter(output: site.path("out/Site")).write([OutputFile(path: "index.html", text: "new")], staticFiles: [])
        #expect(problems.count == 1)
        #expect(site.tree("out/Site") == ["index.html": Array("old\n".utf8)])
    }

    @Test func theGuardRefusesFoldersABuildMustNotReplace() throws {
        let site = try TestSite("-- Content/site.yml --\ntitle: X\n-- other/notes.txt --\nmine")
        defer { site.remove() }
        try site.write("Site/README.md", SiteReadme.text)
        func refused(_ output: String) -> Bool {
            OutputFolderGuard.refusal(output: site.path(output), content: site.path("Content"), templates: nil) != nil
        }
        #expect(refused("Content"))
        #expect(refused("Content/static/out"))
        #expect(refused("."))
        #expect(refused("other"))
        #expect(refused("other/notes.txt"))
        #expect(!refused("Site"))
        #expect(!refused("new-site"))
    }

    /// Pages are written into the staging tree while they are drawn; a build that then fails (here
    /// a template naming an unknown value, found after every page was drawn) must leave no trace.
    @Test func aBuildFailingAfterItsPagesWereStagedKeepsTheSiteAndLeavesNoStaging() throws {
        let site = try Self.largeSite(cases: 20)
        defer { site.remove() }
        let first = Build.run(site.options)
        #expect(!first.log.hasErrors)
        let published = site.tree("Site")
        #expect(published.count > 20)
        try site.write("Content/static/cases/sprawa-3/index.html", "a static file where a page goes")
        let failed = Build.run(site.options)
        #expect(site.lines(failed.log).contains { $0.contains("static file would overwrite the generated 'cases/sprawa-3/index.html'") })
        #expect(site.tree("Site") == published)
        #expect(!FileManager.default.fileExists(atPath: SiteWriter(output: site.path("Site")).stagingPath))
    }

    @Test func aStreamedBuildWritesEveryPageAndTheRest() throws {
        let site = try Self.largeSite(cases: 20)
        defer { site.remove() }
        #expect(!Build.run(site.options).log.hasErrors)
        let written = site.tree("Site")
        #expect(written.keys.filter { $0.hasPrefix("cases/sprawa-") }.count == 20)
        #expect(written["cases/sprawa-7/index.html"].map { String(decoding: $0, as: UTF8.self).contains("Sprawa 7") } == true)
        #expect(written["metrics.json"] != nil && written["README.md"] != nil && written["assets/casebook.css"] != nil)
    }

    /// `--output S` used to crash inside Foundation (NSString.deletingLastPathComponent traps on "S").
    @Test(arguments: [("S", ".S.casebook-staging"), ("S/", ".S.casebook-staging"), ("/S", "/.S.casebook-staging"),
                      ("out/Site/", "out/.Site.casebook-staging"), ("a/b/c", "a/b/.c.casebook-staging")])
    func stagingSitsNextToAnyOutputName(_ output: String, _ staging: String) {
        #expect(SiteWriter(output: output).stagingPath == staging)
    }

    // MARK: - A real process, stopped from outside

    static let binary: String? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [".build/debug/casebook", ".build/release/casebook"].map { repo.appendingPathComponent($0).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A site large enough that writing it takes a while: many cases, each its own page.
    static func largeSite(cases: Int) throws -> TestSite {
        var spec = "-- Content/site.yml --\ntitle: Duża\nas_of: 2026-06-30\n"
        for n in 0..<cases {
            spec += "-- Content/cases/sprawa-\(n).md --\n---\ntitle: Sprawa \(n)\ndate: 2026-03-\(String(format: "%02d", n % 28 + 1))\ntags: [t\(n % 50)]\n---\n"
            spec += String(repeating: "Klient czekał na odpowiedź w sprawie numer \(n). ", count: 40) + "\n"
        }
        return try TestSite(spec)
    }

    static func run(_ arguments: [String], shell: String? = nil) throws -> Process {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell + " exec \"$0\" \"$@\"", binary!] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary!)
            process.arguments = arguments
        }
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.enabled(if: binary != nil, "needs the casebook executable (swift build)"), .timeLimit(.minutes(3)))
    func aBuildKilledAtAnyMomentLeavesThePreviousSiteWhole() throws {
        let site = try Self.largeSite(cases: 300)
        defer { site.remove() }
        let build = ["build", "--content", site.path("Content"), "--output", site.path("Site")]
        let first = try Self.run(build)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let published = site.tree("Site")
        #expect(published.count > 300)
        // Change every page, so a half-published site would show.
        try site.write("Content/site.yml", "title: Zmieniona\nas_of: 2026-06-30\n")
        // A build still running may have published already: Site/ is then the whole new site.
        let reference = try Self.run(["build", "--content", site.path("Content"), "--output", site.path("Expected")])
        reference.waitUntilExit()
        let updated = site.tree("Expected")
        #expect(updated != published)
        var delays = [0.01, 0.03, 0.08, 0.15, 0.3, 0.5, 0.8, 1.2]
        var killedMidway = 0
        while let delay = delays.first {
            delays.removeFirst()
            let process = try Self.run(build)
            Thread.sleep(forTimeInterval: delay)
            guard process.isRunning else { process.waitUntilExit(); break }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // It may have finished between the check and the kill; then it was not killed midway.
            guard process.terminationReason == .uncaughtSignal else { #expect(process.terminationStatus == 0); break }
            killedMidway += 1
            let now = site.tree("Site")
            let isWhole = now == published || now == updated  // a Bool, so a failure does not print both trees
            #expect(isWhole, "killed after \(delay) s: Site/ is neither the old site nor the new one")
        }
        #expect(killedMidway >= 2, "the build finished too fast to be interrupted")
        // The next run cleans up what the killed ones left and publishes.
        let last = try Self.run(build)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        let isUpdated = site.tree("Site") == updated
        #expect(isUpdated)
        #expect(!FileManager.default.fileExists(atPath: site.path(".Site.casebook-staging")))
        #expect(!FileManager.default.fileExists(atPath: site.path(".Site.casebook-old")))
    }

    /// A file-size limit stands in for a full disk: writes fail (EFBIG, with SIGXFSZ ignored)
    /// or the process is stopped by SIGXFSZ midway, and either way the site stays.
    @Test(.enabled(if: binary != nil, "needs the casebook executable (swift build)"), .timeLimit(.minutes(2)),
          arguments: ["trap '' XFSZ;", ""])
    func aBuildThatCannotWriteLeavesThePreviousSiteWhole(_ signalHandling: String) throws {
        let site = try Self.largeSite(cases: 60)
        defer { site.remove() }
        let build = ["build", "--content", site.path("Content"), "--output", site.path("Site")]
        let first = try Self.run(build)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let published = site.tree("Site")
        try site.write("Content/site.yml", "title: Zmieniona\nas_of: 2026-06-30\n")
        // 16 blocks of 512 bytes: every case page fits, the case list does not.
        let limited = try Self.run(build, shell: signalHandling + " ulimit -f 16;")
        limited.waitUntilExit()
        #expect(limited.terminationStatus != 0)
        #expect(site.tree("Site") == published)
        let next = try Self.run(build)
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: site.path(".Site.casebook-staging")))
    }
}
