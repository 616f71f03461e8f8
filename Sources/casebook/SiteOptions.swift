import ArgumentParser
import CasebookKit
import Foundation

/// The options `build` and `check` share.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder (site.yml, cases/, playbooks/, data/, static/).")
    var content = "Content"

    @Option(help: "Templates that override the built-in ones, file by file (default: Templates, when it exists).")
    var templates: String?

    @Option(help: "The date the report is made for (YYYY-MM-DD); site.yml's as_of wins over it.")
    var asOf: String?

    @Flag(help: "Include cases marked draft: true.")
    var drafts = false

    @Flag(help: "Skip bad CSV rows with a warning instead of failing; the site shows how many were skipped.")
    var lenient = false

    func validate() throws {
        if let asOf, LocalDate(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date that exists, written YYYY-MM-DD, not '\(asOf)'")
        }
    }

    var buildOptions: BuildOptions {
        var options = BuildOptions()
        options.contentDirectory = content
        // The default folder is optional; one named on the command line must exist.
        options.templatesDirectory = templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
        options.asOf = asOf.flatMap { LocalDate(iso: $0) }
        options.drafts = drafts
        options.lenient = lenient
        return options
    }

    /// The options of a build that writes into `output`; exits with status 1, saying why, when
    /// that folder could hold the sources (replacing it would delete them).
    func buildOptions(writingTo output: String) throws -> BuildOptions {
        var options = buildOptions
        options.outputDirectory = output
        if let refusal = OutputFolderGuard.refusal(output: output, content: options.contentDirectory, templates: options.templatesDirectory) {
            FileHandle.standardError.write(Data("\(refusal)\n".utf8))
            throw ExitCode(1)
        }
        return options
    }
}
