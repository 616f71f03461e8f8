import ArgumentParser
import CasebookKit
import Foundation

/// `casebook watch`: build, then build again whenever the content or the templates change,
/// reusing whatever an edit left as it was (`BuildMemo`), until interrupted.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build the site, then rebuild it whenever the content or the templates change.",
        discussion: """
            Each build is a full build with the same checks and the same output as `casebook build`; \
            what did not change since the previous build (a case file's parse, the CSV exports, \
            the figures) is taken from memory, keyed by the files' bytes. A build with errors \
            publishes nothing and leaves the output as it was. Stop with Ctrl-C.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced whole by every build that succeeds.")
    var output = "Site"

    @Option(help: "How long the files must stay still after a change before a build starts, in milliseconds (also how often they are looked at where inotify is missing).")
    var interval = 250

    @Flag(help: "Print how long each stage of each build took.")
    var timings = false

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be a positive number of milliseconds") }
    }

    func run() throws {
        let options = try site.buildOptions(writingTo: output)
        let roots = [options.contentDirectory] + (options.templatesDirectory.map { [$0] } ?? [])
        let memo = BuildMemo()
        let watcher = SourceWatcher(roots: roots, intervalMilliseconds: interval)
        var builds = 0
        while true {
            let started = ContinuousClock.now
            let report = Build.run(options, memo: memo)
            let took = ContinuousClock.now - started
            builds += 1
            Reporter.print(report, timings: timings)
            Reporter.say(Self.summary(report, seconds: Double(took.components.attoseconds) / 1e18 + Double(took.components.seconds),
                                      first: builds == 1, output: output))
            // The build said the folder is missing; there is nothing to watch until it exists.
            if !FileManager.default.fileExists(atPath: options.contentDirectory) { throw ExitCode(1) }
            if builds == 1 { Reporter.say("casebook: watching \(roots.joined(separator: " and ")) (\(watcher.entries) entries); Ctrl-C stops") }
            watcher.waitForChange()
        }
    }

    /// One line per build, the form Scripts/bench reads: `casebook: built in 1.234 s …`.
    static func summary(_ report: BuildReport, seconds: Double, first: Bool, output: String) -> String {
        let time = String(format: "%.3f", seconds)
        guard report.succeeded else { return "casebook: build failed in \(time) s; \(output)/ was left as it was" }
        var line = "casebook: \(first ? "built" : "rebuilt") in \(time) s: \(report.pagesWritten) pages (\(report.filesWritten) files) to \(output)/"
        if let reused = report.reused, !first {
            var parts = ["\(reused.files) source files"]
            if reused.data { parts.append("the CSV exports") }
            if reused.figures { parts.append("the figures") }
            parts.append("\(report.cachedPages) drawn pages")
            line += "; unchanged, so reused: " + parts.joined(separator: ", ")
        }
        return line
    }
}
