import Foundation
import Mustache

/// The templates and assets a site is drawn with: the built-in defaults, each replaceable file by
/// file from the site's own templates folder.
///
/// `name.mustache` files become templates named by their path without the extension
/// (`layout`, `partials/case-table`); files under `assets/` are copied to the site as they are.
public struct TemplateSet: Sendable {
    /// One file of the set and where it came from.
    struct File: Sendable {
        /// Relative to the templates folder, `/`-separated.
        let path: String
        /// How diagnostics name the file, e.g. `Templates/case.mustache` or `<built-in>/case.mustache`.
        let displayPath: String
        let bytes: [UInt8]
    }

    /// Parsed templates by name.
    let library: MustacheLibrary
    /// The parsed templates for casebook's own drawing; `nil` for one only swift-mustache can draw.
    let compiled: [String: CompiledTemplate?]
    /// Every template file by name, including those that did not parse.
    let templateFiles: [String: File]
    /// Names of templates that failed to parse (already reported).
    let brokenTemplates: Set<String>
    /// Output path (`assets/casebook.css`) → bytes.
    let assets: [String: [UInt8]]

    /// The built-in templates only.
    public static let defaults: TemplateSet = {
        var log = DiagnosticLog()
        let set = TemplateSet(files: builtInFiles, log: &log)
        precondition(!log.hasErrors, "built-in templates must parse: \(log.lines)")
        return set
    }()

    /// The defaults with a site's templates folder laid over them.
    ///
    /// - Parameters:
    ///   - directory: The folder to read, or `nil` when the site has none (the defaults are used).
    ///     A folder that is given but does not exist is an error.
    ///   - displayPath: How diagnostics name that folder, e.g. `Templates`.
    public static func load(directory: String?, displayPath: String) -> (TemplateSet, DiagnosticLog) {
        var log = DiagnosticLog()
        var files = Dictionary(uniqueKeysWithValues: builtInFiles.map { ($0.path, $0) })
        if let directory {
            for file in readFolder(directory, displayPath: displayPath, log: &log) { files[file.path] = file }
        }
        let set = TemplateSet(files: files.values.sorted { $0.path < $1.path }, log: &log)
        return (set, log)
    }

    /// A set from files in memory (in path order), with parse errors and missing partials reported.
    init(files: [File], log: inout DiagnosticLog) {
        var library = MustacheLibrary()
        var templateFiles: [String: File] = [:]
        var broken = Set<String>()
        var assets: [String: [UInt8]] = [:]
        for file in files {
            if file.path.hasPrefix("assets/") {
                assets[file.path] = file.bytes
            } else if file.path.hasSuffix(".mustache") {
                let name = String(file.path.dropLast(".mustache".count))
                templateFiles[name] = file
                if let template = Self.parse(file, log: &log) {
                    library.register(template, named: name)
                } else {
                    broken.insert(name)
                }
            } else {
                log.warning("ignored: not a template (*.mustache) nor an asset under assets/",
                            at: SourceLocation(file: file.displayPath))
            }
        }
        self.library = library
        var compiled: [String: CompiledTemplate?] = [:]
        for name in templateFiles.keys where !broken.contains(name) {
            compiled.updateValue(library.getTemplate(named: name).flatMap(CompiledTemplate.init), forKey: name)
        }
        self.compiled = compiled
        self.templateFiles = templateFiles
        self.brokenTemplates = broken
        self.assets = assets
        for name in templateFiles.keys.sorted() where !broken.contains(name) {
            checkPartials(in: templateFiles[name]!, log: &log)
        }
    }

    /// Whether a template of this name exists (parsed or not).
    func hasTemplate(named name: String) -> Bool { templateFiles[name] != nil }

    /// How diagnostics name the file a template comes (or would come) from.
    func displayPath(ofTemplate name: String) -> String {
        templateFiles[name]?.displayPath ?? "\(Self.builtInDisplayPath)/\(name).mustache"
    }

    static let builtInDisplayPath = "<built-in>"

    static var builtInFiles: [File] {
        DefaultTemplates.files.map {
            File(path: $0.path, displayPath: "\(builtInDisplayPath)/\($0.path)", bytes: Array($0.text.utf8))
        }
    }
}
