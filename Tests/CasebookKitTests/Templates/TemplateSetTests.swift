import Foundation
import Testing
@testable import CasebookKit

@Suite struct TemplateSetTests {
    /// A fresh folder with the given files, removed when the test ends.
    private final class Folder {
        let path: String
        init(_ files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-templates-\(UUID().uuidString)").path
            for (name, text) in files {
                let url = URL(fileURLWithPath: path + "/" + name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    private func render(_ templates: TemplateSet) -> (files: [String: String], log: DiagnosticLog) {
        let (files, log) = SiteRenderer(library: RenderFixture.library(), templates: templates).render()
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }), log)
    }

    @Test func aSiteWithoutATemplatesFolderUsesTheBuiltInDefaults() {
        let (templates, log) = TemplateSet.load(directory: nil, displayPath: "Templates")
        #expect(log.isEmpty)
        let (files, renderLog) = render(templates)
        #expect(renderLog.isEmpty)
        #expect(files["cases/late-parcel/index.html"]?.contains("<h1>Paczka spóźniona o tydzień przed świętami</h1>") == true)
        #expect(files["assets/casebook.css"]?.contains("prefers-color-scheme: dark") == true)
    }

    @Test func aSiteTemplateReplacesOneDefaultAndTheOthersFallBack() throws {
        let folder = try Folder([
            "tag.mustache": "{{<layout}}{{$content}}<p class=\"custom\">{{page.name}}</p>{{/content}}{{/layout}}",
            "assets/casebook.css": "body { color: red; }\n",
            "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        let (templates, log) = TemplateSet.load(directory: folder.path, displayPath: "Templates")
        #expect(log.isEmpty)
        let (files, _) = render(templates)
        let tag = try #require(files["tags/meble/index.html"])
        #expect(tag.contains("<p class=\"custom\">Meble</p>"))
        #expect(tag.contains("<nav class=\"site-nav\""))  // the default layout still wraps it
        #expect(files["cases/index.html"] == render(.defaults).files["cases/index.html"])
        #expect(files["assets/casebook.css"] == "body { color: red; }\n")
        #expect(files["assets/logo.svg"] != nil)
    }

    @Test func aParseErrorNamesTheFileLineAndColumn() throws {
        let folder = try Folder(["partials/tags.mustache": "<ul>\n{{#tags}}\n<li>{{name}</li>\n{{/tags}}\n</ul>\n"])
        let (templates, log) = TemplateSet.load(directory: folder.path, displayPath: "Templates")
        #expect(log.lines == ["Templates/partials/tags.mustache:3:11: error: unfinished tag: expected a name followed by '}}'"])
        #expect(templates.brokenTemplates == ["partials/tags"])
    }

    @Test func anUnclosedSectionIsReportedWhereTheFileEnds() throws {
        let folder = try Folder(["home.mustache": "{{<layout}}\n{{$content}}\n{{#page}}\n{{/content}}\n{{/layout}}\n"])
        let (_, log) = TemplateSet.load(directory: folder.path, displayPath: "site/Templates")
        #expect(log.errors.count == 1)
        #expect(log.errors[0].location?.file == "site/Templates/home.mustache")
        #expect(log.errors[0].location?.line == 4)
        #expect(log.errors[0].message == "the closing tag does not match the open section")
    }

    @Test func aMissingTemplateIsADiagnosticNotAnEmptyPage() {
        var log = DiagnosticLog()
        let files = TemplateSet.builtInFiles.filter { $0.path != "case.mustache" }
        let templates = TemplateSet(files: files, log: &log)
        #expect(log.isEmpty)
        let (rendered, renderLog) = render(templates)
        #expect(renderLog.lines == [
            "<built-in>/case.mustache: error: template 'case' not found; it is needed for cases/court-threat/index.html and 2 more",
        ])
        #expect(rendered["cases/late-parcel/index.html"] == nil)
    }

    @Test func aPartialThatDoesNotExistIsReportedWhereItIsUsed() throws {
        let folder = try Folder(["tag.mustache": "{{<layout}}{{$content}}\n  {{>partials/case-tabel}}{{/content}}{{/layout}}\n"])
        let (_, log) = TemplateSet.load(directory: folder.path, displayPath: "Templates")
        #expect(log.lines == [
            "Templates/tag.mustache:2:3: error: template 'partials/case-tabel' not found; did you mean 'partials/case-table'?",
        ])
    }

    @Test func aTemplatesFolderThatWasGivenMustExist() {
        let (_, log) = TemplateSet.load(directory: "/nonexistent/casebook/Templates", displayPath: "Templates")
        #expect(log.lines == ["Templates: error: templates folder not found"])
    }

    @Test func otherFilesAreIgnoredWithAWarning() throws {
        let folder = try Folder(["notes.txt": "todo", ".DS_Store": "x"])
        let (_, log) = TemplateSet.load(directory: folder.path, displayPath: "Templates")
        #expect(log.lines == ["Templates/notes.txt: warning: ignored: not a template (*.mustache) nor an asset under assets/"])
    }
}
