import Foundation
import Synchronization
import Testing
@testable import CasebookKit

/// `casebook watch` as a user runs it: the executable in a process of its own, edits made to the
/// files while it runs, and the site it leaves compared with what `casebook build` makes.
@Suite struct WatchCommandTests {
    /// What a running process has printed so far, read on a thread of its own.
    final class Output: Sendable {
        private let text = Mutex("")

        init(_ pipe: Pipe) {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while case let data = handle.availableData, !data.isEmpty {
                    text.withLock { $0 += String(decoding: data, as: UTF8.self) }
                }
            }
        }

        var all: String { text.withLock { $0 } }

        /// Waits until `needle` has been printed `count` times in all; `false` after `seconds`.
        func waitFor(_ needle: String, count: Int = 1, seconds: Double = 60) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if all.components(separatedBy: needle).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
    }

    static func caseFile(title: String) -> String {
        "---\ntitle: \(title)\ndate: 2026-03-02\ntags: [zwrot]\n---\nKlient czekał na odpowiedź.\n"
    }

    /// Every file under `root`, by relative path, with its bytes.
    static func tree(_ root: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
            if !isFolder.boolValue { files[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)) }
        }
        return files
    }

    @Test(.enabled(if: PublishSafetyTests.binary != nil, "needs the casebook executable (swift build)"), .timeLimit(.minutes(3)))
    func rebuildsOnEditsKeepsTheSiteThroughABrokenOneAndEndsAsACleanBuild() throws {
        let site = try TestSite("-- Content/site.yml --\ntitle: Reklamacje\nas_of: 2026-06-30\n"
            + "-- Content/cases/pierwsza.md --\n" + Self.caseFile(title: "Pierwsza") + "-- Content/cases/druga.md --\n" + Self.caseFile(title: "Druga"))
        let watch = Process()
        watch.executableURL = URL(fileURLWithPath: PublishSafetyTests.binary!)
        watch.arguments = ["watch", "--content", site.path("Content"), "--output", site.path("Out"), "--interval", "50"]
        let pipe = Pipe()
        watch.standardOutput = pipe
        watch.standardError = pipe
        let output = Output(pipe)
        try watch.run()
        // Stopped with SIGKILL: a process started by the test runner inherits a signal mask that
        // blocks SIGINT and SIGTERM (from a shell, Ctrl-C and `timeout` stop the watch as usual).
        func stop() {
            guard watch.isRunning else { return }
            kill(watch.processIdentifier, SIGKILL)
            watch.waitUntilExit()
        }
        defer { stop() }
        let page = site.path("Out/cases/pierwsza/index.html")

        #expect(output.waitFor("casebook: watching"), "\(output.all)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Pierwsza"))

        // An edit is rebuilt, and the other case's parse is reused.
        try site.write("Content/cases/pierwsza.md", Self.caseFile(title: "Poprawiona"))
        #expect(output.waitFor("casebook: rebuilt in"), "\(output.all)")
        #expect(output.all.contains("reused:"), "\(output.all)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Poprawiona"))

        // A broken edit fails the build and leaves the published site as it was.
        try site.write("Content/cases/pierwsza.md", "---\ntitle: [niedomknięte\n---\nTreść.\n")
        #expect(output.waitFor("build failed"), "\(output.all)")
        #expect(output.all.contains("pierwsza.md"), "the error names the file: \(output.all)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Poprawiona"))

        // Fixed again: the watch's site is what a clean build of the same content makes.
        try site.write("Content/cases/pierwsza.md", Self.caseFile(title: "Ostateczna"))
        #expect(output.waitFor("casebook: rebuilt in", count: 2), "\(output.all)")
        stop()

        let build = try PublishSafetyTests.run(["build", "--content", site.path("Content"), "--output", site.path("Clean")])
        build.waitUntilExit()
        #expect(build.terminationStatus == 0)
        let (watched, clean) = (try Self.tree(site.path("Out")), try Self.tree(site.path("Clean")))
        #expect(!watched.isEmpty)
        #expect(watched == clean, "files that differ: \(Set(watched.keys).symmetricDifference(clean.keys).sorted()) \(watched.keys.filter { watched[$0] != clean[$0] }.sorted())")
    }
}
