import Foundation

/// The files of `Content/static/`, copied through to the site as they are.
enum StaticFiles {
    struct File: Sendable, Equatable {
        /// Path on disk.
        var source: String
        /// Path inside the site.
        var path: String
    }

    /// Every regular file below `directory`, sorted; symbolic links are refused, because one could
    /// publish a file from outside the content folder.
    static func list(under directory: String) -> (files: [File], log: DiagnosticLog) {
        var log = DiagnosticLog()
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return ([], log) }
        var files: [File] = []
        while let relative = enumerator.nextObject() as? String {
            let source = directory + "/" + relative
            let attributes = try? FileManager.default.attributesOfItem(atPath: source)
            switch attributes?[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                log.error("symbolic links are not copied into the site", at: SourceLocation(file: source))
            case .typeRegular?:
                files.append(File(source: source, path: relative))
            default:
                continue
            }
        }
        files.sort { $0.path < $1.path }
        log.append(contentsOf: lookAlikes(files))
        return (files, log)
    }

    /// Names that are one file on a case-insensitive or normalising file system (the usual
    /// macOS and Windows ones, and what a browser shows): "Logo.png" and "logo.png", or "é"
    /// composed and decomposed. Each pair is named, so the one meant can be kept.
    static func lookAlikes(_ files: [File]) -> [Diagnostic] {
        var first: [String: File] = [:]
        var problems: [Diagnostic] = []
        for file in files {
            let key = file.path.decomposedStringWithCompatibilityMapping.lowercased()
            guard let earlier = first[key] else { first[key] = file; continue }
            problems.append(.error("static file '\(file.path)' has the same name as '\(earlier.path)' once case and Unicode forms are ignored",
                                   at: SourceLocation(file: file.source), notes: [.note("the other file", at: SourceLocation(file: earlier.source))]))
        }
        return problems
    }

    /// A static file may not replace a page the build generates.
    static func collisions(_ files: [File], with generated: [String]) -> [Diagnostic] {
        let paths = Set(generated)
        return files.filter { paths.contains($0.path) }.map {
            .error("static file would overwrite the generated '\($0.path)'; rename or remove it", at: SourceLocation(file: $0.source))
        }
    }
}
