import Foundation
import Testing
@testable import CasebookKit

/// `DefaultTemplates.swift` is generated from `Templates/`; this fails while the two differ.
@Suite struct EmbeddedTemplatesTests {
    /// The repository root, found from this file's path: Tests/CasebookKitTests/Templates/<file>.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theEmbeddedDefaultsMatchTemplatesFolder() throws {
        let folder = Self.root.appendingPathComponent("Templates").path
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted().filter { path in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        let embedded = DefaultTemplates.files
        #expect(embedded.map(\.path) == paths, "run Scripts/embed-templates")
        for (path, text) in embedded where paths.contains(path) {
            let onDisk = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            #expect(text == onDisk, "\(path) is stale: run Scripts/embed-templates")
        }
    }

    @Test func theEmbeddedFilesAreSortedByPath() {
        let paths = DefaultTemplates.files.map(\.path)
        #expect(paths == paths.sorted())
    }

    @Test func theBuiltInTemplatesParseWithoutProblems() {
        var log = DiagnosticLog()
        _ = TemplateSet(files: TemplateSet.builtInFiles, log: &log)
        #expect(log.isEmpty)
    }
}

/// UI text lives in `Strings`; the default templates carry markup only.
@Suite struct TemplateTextTests {
    @Test(arguments: DefaultTemplates.files.filter { $0.path.hasSuffix(".mustache") }.map(\.path))
    func templatesHoldNoUIText(path: String) throws {
        var text = DefaultTemplates.files.first { $0.path == path }!.text
        for pattern in [#"\{\{[^}]*\}\}\}?"#, #"<[^>]*>"#] {
            text = text.replacing(try Regex(pattern), with: " ")
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        #expect(letters.isEmpty, "\(path) contains text outside tags: \(text.split(whereSeparator: \.isWhitespace))")
    }
}
