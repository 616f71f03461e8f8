/// Splits a Markdown file into its YAML front matter and body.
///
/// `yamlLine` and `bodyLine` are the 1-based file lines where each part starts, so YAML and
/// cmark positions can be reported against the file.
struct FrontMatter: Equatable {
    var yaml: String
    var yamlLine: Int
    var body: String
    var bodyLine: Int

    /// `nil` plus a diagnostic when the file does not open with a closed `---` block.
    static func split(_ text: String, file: String) -> (FrontMatter?, Diagnostic?) {
        // "\r\n" is one Character in Swift, so every line end must be named; a lone CR ends a line
        // in YAML and CommonMark too, and counting it keeps reported lines in step with theirs.
        var lines = text.split(omittingEmptySubsequences: false,
                               whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })[...]
        func trimmed(_ line: Substring) -> Substring {
            var line = line
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return line
        }
        guard let first = lines.first, trimmed(first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first) == "---" else {
            return (nil, .error("missing front matter: the file must start with a line '---', the YAML keys, and another '---'",
                                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { let t = trimmed($0); return t == "---" || t == "..." }) else {
            return (nil, .error("front matter opened here is never closed with a '---' line",
                                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        let yaml = lines[lines.startIndex..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        // `close` indexes the split array, whose element 0 is file line 1.
        return (FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2), nil)
    }
}
