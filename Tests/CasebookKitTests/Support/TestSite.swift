import Foundation
@testable import CasebookKit

/// A throwaway site folder written from Hugo-style inline text: `-- path --` lines start files.
struct TestSite {
    let root: String

    init(_ spec: String) throws {
        root = NSTemporaryDirectory() + "casebook-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            try write(path, lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
        }
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --") {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    func write(_ relative: String, _ text: String) throws {
        let full = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Build options pointing at this site's Content/, Templates/ and Site/.
    var options: BuildOptions {
        var options = BuildOptions()
        options.contentDirectory = path("Content")
        if FileManager.default.fileExists(atPath: path("Templates")) { options.templatesDirectory = path("Templates") }
        options.outputDirectory = path("Site")
        return options
    }

    /// Diagnostic lines with the temporary root removed, so tests can compare exact text.
    func lines(_ log: DiagnosticLog) -> [String] {
        log.lines.map { $0.replacingOccurrences(of: root + "/", with: "") }
    }

    /// Every file under `relative`, path → bytes, for whole-tree comparisons.
    func tree(_ relative: String) -> [String: [UInt8]] {
        let base = path(relative)
        var files: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[item] = [UInt8](FileManager.default.contents(atPath: base + "/" + item) ?? Data())
            }
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
