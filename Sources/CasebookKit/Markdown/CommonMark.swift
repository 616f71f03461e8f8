import CCmark
import Foundation

/// Markdown → safe HTML through the system libcmark; with PipeTable.swift, the only file that imports CCmark.
///
/// cmark's default (safe) mode already drops raw HTML and `javascript:`/`vbscript:`/`file:` URLs.
/// We walk the tree before rendering as well, so that every dropped thing is reported with its
/// line, and so that only http(s), mailto, fragment and relative URLs survive (cmark lets
/// `data:image/…` through, which a strict Content-Security-Policy would block anyway).
public enum CommonMark {
    /// The rendered body plus what a page needs from it and what was removed.
    public struct Document: Sendable {
        public var html: String
        /// Plain text of the first paragraph, for summaries.
        public var firstParagraph: String
        /// Problems, already located in the original file.
        public var diagnostics: [Diagnostic]
    }

    /// Renders `markdown`, whose first line is line `firstLine` of `file`.
    ///
    /// Input past `MarkdownLimits` is refused with an error before cmark sees it, so no body can
    /// make the build hang, and nothing of a refused body reaches the site.
    public static func render(_ markdown: String, file: String, firstLine: Int) -> Document {
        if let problem = MarkdownLimits.check(markdown, file: file, firstLine: firstLine) {
            return Document(html: "", firstParagraph: "", diagnostics: [problem])
        }
        var diagnostics: [Diagnostic] = []
        var firstParagraph: String?
        var depth = 0, tooDeep = false
        let html: String = markdown.withCString { pointer in
            guard let root = cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_DEFAULT) else { return "" }
            defer { cmark_node_free(root) }
            diagnostics += replacePipeTables(in: root, source: markdown, file: file, firstLine: firstLine)
            guard let iterator = cmark_iter_new(root) else { return "" }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                // Leaves get an ENTER and no EXIT, so only containers count towards the depth.
                if event == CMARK_EVENT_EXIT { depth -= 1; continue }
                if isContainer(cmark_node_get_type(node)) { depth += 1 }
                let line = Int(cmark_node_get_start_line(node)), byteColumn = Int(cmark_node_get_start_column(node))
                // Worked out only for the rare node that gets a diagnostic.
                var location: SourceLocation {
                    SourceLocation(file: file, line: firstLine + line - 1,
                                   column: scalarColumn(line: line, byteColumn: byteColumn, in: markdown))
                }
                if depth > MarkdownLimits.maxDepth {
                    if !tooDeep {
                        diagnostics.append(.error("the Markdown is nested more than \(MarkdownLimits.maxDepth) levels deep (quotes, lists, emphasis)",
                                                  at: location, hint: "flatten the structure"))
                    }
                    tooDeep = true
                    continue
                }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HTML_BLOCK where !isAllowMarker(node), CMARK_NODE_HTML_INLINE where !isAllowMarker(node):
                    diagnostics.append(.warning("raw HTML is not rendered", at: location,
                                                hint: "write it in Markdown instead"))
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    if !isAllowed(url: url) {
                        diagnostics.append(.warning("link to '\(url.prefix(40))' removed: only http, https, mailto and relative links are allowed", at: location))
                        cmark_node_set_url(node, "")
                    }
                case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                    firstParagraph = plainText(of: node)
                default:
                    break
                }
            }
            guard !tooDeep, let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        return Document(html: html, firstParagraph: firstParagraph ?? "", diagnostics: diagnostics)
    }

    /// cmark counts columns in bytes, a `SourceLocation` in Unicode scalars: without this, every
    /// Polish letter earlier on the line would push a reported column one or two places right.
    static func scalarColumn(line: Int, byteColumn: Int, in markdown: String) -> Int {
        let bytes = markdown.utf8
        var start = bytes.startIndex, current = 1
        while current < line, let newline = bytes[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            start = bytes.index(after: newline)
            // A CR LF pair is one line end.
            if bytes[newline] == 0x0D, start < bytes.endIndex, bytes[start] == 0x0A { start = bytes.index(after: start) }
            current += 1
        }
        let end = bytes.index(start, offsetBy: max(0, byteColumn - 1), limitedBy: bytes.endIndex) ?? bytes.endIndex
        return bytes[start..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// `<!-- casebook:allow-pii -->`, the one HTML comment casebook reads (and drops without a warning).
    /// Every raw HTML block is asked; one without the marker's words is answered by `strstr`
    /// before Foundation's trimming, which costs some 20,000 instructions a call.
    private static func isAllowMarker(_ node: OpaquePointer) -> Bool {
        guard let literal = cmark_node_get_literal(node), strstr(literal, PersonalDataScanner.allowMarker) != nil else { return false }
        return String(cString: literal).trimmingCharacters(in: .whitespacesAndNewlines) == "<!-- \(PersonalDataScanner.allowMarker) -->"
    }

    /// Node types cmark walks with ENTER and EXIT events even when they are empty.
    private static func isContainer(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            return false
        default:
            return true
        }
    }

    /// True for URLs a reader can follow safely on an intranet page.
    static func isAllowed(url: String) -> Bool {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so we do too.
        let compact = String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let scheme = compact[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }  // colon after the path: relative
        return ["http", "https", "mailto"].contains(String(scheme))
    }

    /// The concatenated text of a node's inline descendants.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
