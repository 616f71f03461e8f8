import Yams

/// Parses YAML text into a Yams node tree, turning Yams errors into located diagnostics.
/// The tree usually comes from `YAMLComposer`, built during the budget's pass over the events;
/// Yams composes what that does not take, and words every syntax error.
///
/// We compose nodes rather than decode Codable types so that every value keeps its line and
/// column, and unknown keys can be reported instead of ignored.
enum YAMLDocument {
    /// `lineOffset` is added to Yams' 1-based lines: 0 for a whole file, `yamlLine - 1` for front matter.
    static func parse(_ text: String, file: String, lineOffset: Int) -> (Node?, [Diagnostic]) {
        var composer = YAMLComposer()
        if let problem = YAMLBudget.check(text, file: file, lineOffset: lineOffset, composer: &composer) { return (nil, [problem]) }
        if let document = composer.document { return (document, []) }
        do {
            // The encoding is named: left to its default, Yams reads the environment on every parse.
            // The basic resolver leaves every scalar a string: the readers judge the text
            // themselves, and Yams' default one ran six regular expressions over each mapping key
            // for its duplicate check (a third of the front-matter time). A key quoted in one
            // place and plain in another is then a duplicate, as it is to casebook's own check.
            return (try Yams.compose(yaml: text, .basic, .default, .utf8), [])
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, file: file, lineOffset: lineOffset)])
        } catch {
            return (nil, [.error("YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1))])
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: lineOffset + mark.line, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return .error("YAML: \(problem)\(detail)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first occurrence of the key.
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("duplicate key \(keys): each key may appear once", at: at(context.mark))
        case let .reader(problem, offset, _, _):
            return .error("YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")", at: SourceLocation(file: file, line: lineOffset + 1))
        default:
            return .error("YAML: \(error)", at: SourceLocation(file: file, line: lineOffset + 1))
        }
    }
}
