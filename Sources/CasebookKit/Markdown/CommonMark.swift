import CCmark
import Foundation

/// Markdown → safe HTML through the system libcmark; the only file that imports CCmark.
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
    public static func render(_ markdown: String, file: String, firstLine: Int) -> Document {
        var diagnostics: [Diagnostic] = []
        var firstParagraph: String?
        let html: String = markdown.withCString { pointer in
            guard let root = cmark_parse_document(pointer, strlen(pointer), CMARK_OPT_DEFAULT) else { return "" }
            defer { cmark_node_free(root) }
            guard let iterator = cmark_iter_new(root) else { return "" }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let location = SourceLocation(file: file, line: firstLine + Int(cmark_node_get_start_line(node)) - 1,
                                              column: Int(cmark_node_get_start_column(node)))
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
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
            guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        return Document(html: html, firstParagraph: firstParagraph ?? "", diagnostics: diagnostics)
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
