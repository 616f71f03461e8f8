import Foundation
import Mustache

// MARK: - Reading and checking template files

extension TemplateSet {
    /// Every regular, non-hidden file under `directory`, in path order.
    static func readFolder(_ directory: String, displayPath: String, log: inout DiagnosticLog) -> [File] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            log.error("templates folder not found", at: SourceLocation(file: displayPath))
            return []
        }
        guard let paths = try? manager.subpathsOfDirectory(atPath: directory) else {
            log.error("cannot read the templates folder", at: SourceLocation(file: displayPath))
            return []
        }
        var files: [File] = []
        for path in paths.sorted() where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let full = directory + "/" + path
            var isSubfolder: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue else { continue }
            let shown = (displayPath.hasSuffix("/") ? displayPath : displayPath + "/") + path
            guard let data = manager.contents(atPath: full) else {
                log.error("cannot read the file", at: SourceLocation(file: shown))
                continue
            }
            files.append(File(path: path, displayPath: shown, bytes: Array(data)))
        }
        return files
    }

    /// The parsed template, or `nil` after reporting where and why it does not parse.
    static func parse(_ file: File, log: inout DiagnosticLog) -> MustacheTemplate? {
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            log.error("the template is not valid UTF-8", at: SourceLocation(file: file.displayPath))
            return nil
        }
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            log.error(describe(error.error), at: SourceLocation(file: file.displayPath,
                                                                line: error.context.lineNumber,
                                                                column: error.context.columnNumber))
        } catch {
            log.error("cannot parse the template: \(error)", at: SourceLocation(file: file.displayPath))
        }
        return nil
    }

    /// Reports `{{>name}}` and `{{<name}}` that name no template: Mustache would render them as
    /// nothing, which would leave a page silently incomplete.
    func checkPartials(in file: File, log: inout DiagnosticLog) {
        let text = String(decoding: file.bytes, as: UTF8.self)
        for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = content[...]
            while let open = rest.range(of: "{{") {
                let column = content.distance(from: content.startIndex, to: open.lowerBound) + 1
                var tag = rest[open.upperBound...].drop { $0 == " " }
                guard let sigil = tag.first, sigil == ">" || sigil == "<" else { rest = rest[open.upperBound...]; continue }
                tag = tag.dropFirst().drop { $0 == " " }
                let name = String(tag.prefix { !$0.isWhitespace && $0 != "}" })
                rest = rest[open.upperBound...]
                guard !name.isEmpty, !name.hasPrefix("*"), !hasTemplate(named: name) else { continue }
                log.error("template '\(name)' not found", at: SourceLocation(file: file.displayPath, line: line + 1, column: column),
                          hint: Suggestion.hint(for: name, in: templateFiles.keys.sorted()))
            }
        }
    }

    /// Words for swift-mustache's parser errors.
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "cannot parse the template: \(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "the closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag: expected a name followed by '}}'"
        case .expectedSectionEnd: return "a section is never closed: expected '{{/name}}'"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance block"
        case .illegalTokenInsideInheritSection: return "only '{{$block}}' definitions may appear inside '{{<parent}}'"
        case .textInsideInheritSection: return "text is not allowed inside '{{<parent}}' outside a block"
        case .invalidConfigVariableSyntax: return "malformed '{{% … }}' pragma"
        case .unrecognisedConfigVariable: return "unknown '{{% … }}' pragma"
        }
    }
}
