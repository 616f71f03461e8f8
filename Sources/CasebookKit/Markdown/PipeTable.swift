import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A GFM pipe table (header row, delimiter row, body rows) recognised in the raw lines of one
/// paragraph, which plain CommonMark renders as text full of `|`.
///
/// Why the table is found in cmark's tree rather than by a line pre-pass over the source: cmark
/// has already decided where every block starts and ends, so "not inside fenced or indented code
/// or an HTML block", "starts a block (after a blank line, a heading, …), never interrupts a
/// paragraph" and "ends at a blank line or at the start of another block" are exactly the top-level
/// paragraphs whose first line is a header row and whose second is a delimiter row. A pre-pass
/// would need a second block parser that must agree with cmark's, a placeholder token that user
/// text might contain, and care to keep line numbers; here the source is never rewritten.
/// The paragraph is swapped for a CUSTOM_BLOCK node holding the table's markup (cmark's HTML
/// renderer writes custom blocks verbatim). Only top-level paragraphs are looked at: cmark does
/// not expose the raw lines of a paragraph inside a list item or quote, so a table there stays text.
struct PipeTable: Equatable {
    enum Alignment: Equatable {
        case none, left, center, right

        /// The class of the cells of such a column; a class, not `style=`, for the strict CSP.
        var className: String? {
            switch self {
            case .none: nil
            case .left: "align-left"
            case .center: "align-center"
            case .right: "align-right"
            }
        }
    }

    /// One cell's Markdown, trimmed and with `\|` unescaped, and where each of its bytes came from.
    struct Cell: Equatable {
        var markdown: String
        /// For each UTF-8 byte of `markdown`, the 1-based column (in Unicode scalars) in its source line.
        var columns: [Int]

        static let empty = Cell(markdown: "", columns: [])
    }

    var alignments: [Alignment]
    var header: [Cell]
    /// Each exactly as many cells as the header: short rows padded, long ones cut (GFM).
    var body: [[Cell]]

    /// The table in `lines`, the raw lines (without line endings) of one paragraph, or `nil` when
    /// the second line is not a delimiter row with as many cells as the first.
    init?<Lines: Collection>(lines: Lines) where Lines.Element == ArraySlice<UInt8> {
        guard lines.count >= 2, Self.couldBeDelimiterRow(lines[lines.index(after: lines.startIndex)]) else { return nil }
        let header = Self.cells(of: lines[lines.startIndex])
        guard let alignments = Self.alignments(of: Self.cells(of: lines[lines.index(after: lines.startIndex)])),
              alignments.count == header.count else { return nil }
        self.alignments = alignments
        self.header = header
        self.body = lines.dropFirst(2).map { line in
            let cells = Self.cells(of: line).prefix(header.count)
            return Array(cells) + Array(repeating: .empty, count: header.count - cells.count)
        }
    }

    /// The table's markup. `renderCell` turns a cell into HTML; its second argument is the cell's
    /// line, counted from the header row (0), so the delimiter row is 1 and the first body row 2.
    func html(renderCell: (Cell, Int) -> String) -> String {
        // Written as bytes: appending to a String cost ~400 instructions per piece, a dozen per cell.
        var html: [UInt8] = []
        html.reserveCapacity(256 + 32 * header.count * (body.count + 1))
        html += "<div class=\"table-wrap\"><table>\n<thead>\n".utf8
        appendRow(header, tag: "th", line: 0, to: &html, renderCell: renderCell)
        html += "</thead>\n".utf8
        if !body.isEmpty {
            html += "<tbody>\n".utf8
            for (index, row) in body.enumerated() {
                appendRow(row, tag: "td", line: index + 2, to: &html, renderCell: renderCell)
            }
            html += "</tbody>\n".utf8
        }
        html += "</table></div>".utf8
        return String(decoding: html, as: UTF8.self)
    }

    private func appendRow(_ row: [Cell], tag: StaticString, line: Int, to html: inout [UInt8],
                           renderCell: (Cell, Int) -> String) {
        // From StaticStrings and each String's own bytes: appending a String's `utf8` view cost
        // about 190 instructions a piece.
        func append(_ text: StaticString) {
            html.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        append("<tr>\n")
        for (cell, alignment) in zip(row, alignments) {
            append("<")
            append(tag)
            if var className = alignment.className {
                append(" class=\"")
                className.withUTF8 { html.append(contentsOf: $0) }
                append("\"")
            }
            append(">")
            if !cell.markdown.isEmpty {
                var rendered = renderCell(cell, line)
                rendered.withUTF8 { html.append(contentsOf: $0) }
            }
            append("</")
            append(tag)
            append(">\n")
        }
        append("</tr>\n")
    }

    /// The alignments of a delimiter row (`:--`, `:-:`, `--:`, `---`), or `nil` if it is not one.
    static func alignments(of cells: [Cell]) -> [Alignment]? {
        var alignments: [Alignment] = []
        for cell in cells {
            var marker = Substring(cell.markdown)
            let left = marker.first == ":", right = marker.count > 1 && marker.last == ":"
            if left { marker = marker.dropFirst() }
            if right { marker = marker.dropLast() }
            guard !marker.isEmpty, marker.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    /// Whether `line` has only the bytes a delimiter row can have (`|`, `:`, `-`, blanks) and a
    /// `-`: most paragraphs of two lines or more are prose, and splitting their first two lines
    /// into cells only to find no delimiter row cost more than cmark's parse of the body.
    static func couldBeDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var dashes = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): dashes = true
            case pipe, UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: return false
            }
        }
        return dashes
    }

    /// The cells of one row: split at every `|` not preceded by a backslash (as cmark-gfm does),
    /// with one leading and one trailing pipe optional, each cell trimmed and its `\|` unescaped.
    ///
    /// On the row's bytes in place, columns counted as the cells are cut, and a cell without
    /// `\|` made into its String straight from the row: a copy of the row, a column array for it
    /// and two arrays per cell cost 5,000 instructions a row (callgrind, 10,000 cases).
    static func cells(of line: ArraySlice<UInt8>) -> [Cell] {
        line.withUnsafeBufferPointer { bytes in
            func isEscapedPipe(_ index: Int) -> Bool { index > 0 && bytes[index - 1] == backslash }
            var start = 0, end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            if start < end, bytes[start] == pipe { start += 1 }
            if end > start, bytes[end - 1] == pipe, !isEscapedPipe(end - 1) { end -= 1 }

            var cells: [Cell] = []
            cells.reserveCapacity(UnsafeBufferPointer(rebasing: bytes[start..<end]).count { $0 == pipe } + 1)
            // The 1-based column (in scalars) of the byte at `counted`, moved forward only.
            var counted = 0, scalars = 0
            func column(at position: Int) -> Int {
                while counted <= position {
                    if bytes[counted] & 0xC0 != 0x80 { scalars += 1 }  // a byte that starts a scalar
                    counted += 1
                }
                return scalars
            }
            var cellStart = start
            for index in start...end where index == end || (bytes[index] == pipe && !isEscapedPipe(index)) {
                var low = cellStart, high = index
                while low < high, isBlank(bytes[low]) { low += 1 }
                while high > low, isBlank(bytes[high - 1]) { high -= 1 }
                var origins: [Int] = []
                origins.reserveCapacity(high - low)
                var escapes = 0
                for position in low..<high {
                    if bytes[position] == backslash && position + 1 < high && bytes[position + 1] == pipe {
                        escapes += 1
                        _ = column(at: position)
                    } else {
                        origins.append(column(at: position))
                    }
                }
                let markdown: String
                if escapes == 0 {
                    markdown = String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)
                } else {
                    var kept: [UInt8] = []
                    kept.reserveCapacity(high - low - escapes)
                    for position in low..<high where !(bytes[position] == backslash && position + 1 < high && bytes[position + 1] == pipe) {
                        kept.append(bytes[position])
                    }
                    markdown = String(decoding: kept, as: UTF8.self)
                }
                cells.append(Cell(markdown: markdown, columns: origins))
                cellStart = index + 1
            }
            return cells
        }
    }

    /// Where each line of `source` is, split as cmark splits them (at `\n`, `\r\n` or `\r`, the
    /// ending left out), so index `n` is cmark's line `n + 1`. Ranges rather than slices: finding
    /// them is a loop over the bytes with no reference counting per line.
    static func lineRanges(of source: [UInt8]) -> [Range<Int>] {
        source.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            guard let base = bytes.baseAddress else { return [0..<0] }
            var start = 0
            // Without a CR every line ends at a `\n`, found by memchr (a byte loop was 25,000
            // instructions for a write-up of 3 KB).
            if memchr(base, 0x0D, bytes.count) == nil {
                while let found = memchr(base + start, 0x0A, bytes.count - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    ranges.append(start..<index)
                    start = index + 1
                }
                ranges.append(start..<bytes.count)
                return ranges
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    ranges.append(start..<index)
                    if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            ranges.append(start..<bytes.count)
            return ranges
        }
    }

    private static let pipe = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}

extension CommonMark {
    /// Swaps every top-level paragraph of `root` that is a pipe table for a custom block with the
    /// table's markup, and returns what rendering its cells reported. `source` is what `root` was
    /// parsed from; its first line is line `firstLine` of `file`.
    static func replacePipeTables(in root: OpaquePointer, source: String, file: String, firstLine: Int) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lines: (bytes: [UInt8], ranges: [Range<Int>])?
        var next = cmark_node_first_child(root)
        while let node = next {
            next = cmark_node_next(node)
            let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
            guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, start >= 1, end > start else { continue }
            if lines == nil {
                let bytes = Array(source.utf8)
                lines = (bytes, PipeTable.lineRanges(of: bytes))
            }
            guard let (bytes, ranges) = lines, end <= ranges.count,
                  let table = PipeTable(lines: ranges[(start - 1)..<end].lazy.map { bytes[$0] }),
                  let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let html = table.html { cell, line in
                let rendered = renderCell(cell, file: file, line: firstLine + start - 1 + line)
                diagnostics += rendered.diagnostics
                return rendered.html
            }
            cmark_node_set_on_enter(block, html)
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }
        return diagnostics
    }

    /// A cell's inline content through the same safe path as a whole body, so its links are
    /// checked and its raw HTML dropped, with problems located at the cell's place in the file.
    ///
    /// GFM parses a cell as inlines only; the leading no-break space keeps cmark from reading
    /// `# x`, `- x`, `1. x`, `> x` or `[a]: b` in a cell as a block, and counts as whitespace for
    /// emphasis just as the start of a line does. It is cut off again with the `<p>`.
    private static func renderCell(_ cell: PipeTable.Cell, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic]) {
        if let html = plainCellHTML(cell.markdown) { return (html, []) }
        return renderCellWithCmark(cell, file: file, line: line)
    }

    /// The HTML of a cell with no byte that could start inline Markdown, an entity or a tag, as
    /// cmark writes such text (only `"` needs escaping then); `nil` for any other cell.
    ///
    /// Most cells are plain words, dates and numbers, and a cmark document per cell was most of
    /// the cost of a case with a table (a dozen cells: three times the parse of the whole body).
    /// The guard already keeps a cell from being read as a block, and a cell is one trimmed line.
    static func plainCellHTML(_ markdown: String) -> String? {
        var markdown = markdown
        return markdown.withUTF8 { bytes -> String? in
            var quotes = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                     UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                     0x00..<0x20, 0x7F:
                    return nil
                case UInt8(ascii: "\""):
                    quotes += 1
                default:
                    continue
                }
            }
            guard quotes > 0 else { return String(decoding: bytes, as: UTF8.self) }
            // On bytes: a combining mark after `"` would make one Character of the two.
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 5 * quotes)
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { escaped += Array("&quot;".utf8) } else { escaped.append(byte) }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    /// One cell through cmark, as a document of its own.
    static func renderCellWithCmark(_ cell: PipeTable.Cell, file: String, line: Int) -> (html: String, diagnostics: [Diagnostic]) {
        let guardPrefix = "\u{A0}"
        let guarded = guardPrefix + cell.markdown
        let document = render(guarded, file: file, firstLine: line)
        // Compared as bytes: a combining mark in the cell would merge with the guard into one Character.
        var html = Array(document.html.utf8)[...]
        let opening = Array(("<p>" + guardPrefix).utf8), closing = Array("</p>\n".utf8)
        if html.starts(with: opening) { html = html.dropFirst(opening.count) }
        if html.reversed().starts(with: closing.reversed()) { html = html.dropLast(closing.count) }
        let diagnostics = document.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let column = diagnostic.location?.column, let last = cell.columns.last {
                // `render` counts columns in scalars of the guarded cell: find that scalar's byte in
                // the cell, then map it back to the line.
                let scalars = guarded.unicodeScalars
                let at = scalars.index(scalars.startIndex, offsetBy: column - 1, limitedBy: scalars.endIndex) ?? scalars.endIndex
                let byte = guarded.utf8.distance(from: guarded.utf8.startIndex, to: at) - guardPrefix.utf8.count
                diagnostic.location?.column = byte < 0 ? cell.columns[0] : byte < cell.columns.count ? cell.columns[byte] : last + 1
            }
            return diagnostic
        }
        return (String(decoding: html, as: UTF8.self), diagnostics)
    }
}
