import ArgumentParser
import CasebookKit
import Foundation

/// `casebook build`: validate everything, then write the site, or write nothing and exit 1.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced whole, and only when the build succeeds.")
    var output = "Site"

    @Flag(help: "Print how long each stage took.")
    var timings = false

    @Option(help: "Keep rendered pages in this folder and reuse them in the next build. Off by default: drawing a page now costs less than reading it back (see the README's Performance section).")
    var cache: String?

    @Flag(help: "Render every page afresh (the default; overrides --cache).")
    var noCache = false

    func run() throws {
        var options = try site.buildOptions(writingTo: output)
        options.cacheDirectory = noCache ? nil : cache
        options.skipsTeardown = true
        let report = Build.run(options)
        Reporter.print(report, timings: timings)
        guard report.succeeded else { throw ExitCode(1) }
        Reporter.say("casebook: wrote \(report.pagesWritten) pages (\(report.filesWritten) files) to \(output)/")
    }
}

/// `casebook check`: every check of `build`, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check the content and data without writing the site.")

    /// How diagnostics are printed: compiler-style lines on standard error, or a JSON array on standard output.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var site: SiteOptions

    @Option(help: "text (file:line:column lines on standard error) or json (an array on standard output, for CI annotations).")
    var format = Format.text

    func run() throws {
        var options = site.buildOptions
        options.write = false
        let report = Build.run(options)
        switch format {
        case .text:
            Reporter.print(report, timings: false)
            guard report.succeeded else { throw ExitCode(1) }
            Reporter.say("casebook: no problems found")
        case .json:
            FileHandle.standardOutput.write(Data(report.log.jsonText().utf8))
            guard report.succeeded else { throw ExitCode(1) }
        }
    }
}

/// Prints diagnostics to standard error in the compiler format editors understand.
enum Reporter {
    static func print(_ report: BuildReport, timings: Bool) {
        var text = report.log.lines.joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        let errors = report.log.errors.count, warnings = report.log.warnings.count
        if errors > 0 {
            text += "casebook: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); nothing was written\n"
        }
        if timings {
            for timing in report.timings { text += "casebook: \(timing.line)\n" }
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
