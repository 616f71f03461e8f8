/// The limits a Markdown body must stay within before cmark parses it.
///
/// The system libcmark (0.30.2 on Debian 12) takes super-linear time on paragraphs full of
/// nested link and image brackets (CVE-2023-22486, `![[]()` repeated; fixed upstream in 0.30.3):
/// measured on this machine, 16 000 repetitions (96 KB) take 2.9 s and 40 000 take 92 s.
/// The cost grows with the number of `[` openers in one paragraph, so casebook caps that number;
/// at the cap a whole file of such paragraphs parses in a fraction of a second.
enum MarkdownLimits {
    /// Bytes of Markdown in one file body; a long case write-up is a few tens of kilobytes.
    static let maxBytes = 512 * 1024
    /// Unescaped `[` in one paragraph (a run of non-blank lines).
    static let maxBracketsPerParagraph = 500
    /// Nested block and inline containers (document, quotes, lists, items, emphasis, links, …).
    static let maxDepth = 32

    /// An error for the first limit `markdown` breaks, located in `file`, or `nil`.
    static func check(_ markdown: String, file: String, firstLine: Int) -> Diagnostic? {
        let bytes = markdown.utf8
        if bytes.count > maxBytes {
            return .error("the Markdown body is \(bytes.count) bytes, more than the limit of \(maxBytes)",
                          at: SourceLocation(file: file, line: firstLine), hint: "split it into several files")
        }
        // Through the contiguous bytes: iterating the UTF-8 view took some 36 instructions a
        // byte (1.8 % of a medium build under callgrind).
        var text = markdown
        return text.withUTF8 { scan($0, file: file, firstLine: firstLine) }
    }

    /// Inside a line's text, eight bytes with no line break, bracket or backslash change nothing
    /// but `escaped` (which a word without a backslash clears), so they are passed over as one
    /// word; the column is counted only for the error (a byte at a time, this was 37,000
    /// instructions a write-up).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) -> Diagnostic? {
        var line = firstLine, lineStart = 0
        var brackets = 0, blank = true, escaped = false
        var index = 0
        while index < bytes.count {
            if !blank, index + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if !ByteWords.contains(word, lfWord) && !ByteWords.contains(word, bracketWord)
                    && !ByteWords.contains(word, backslashWord) {
                    index += 8
                    escaped = false
                    continue
                }
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                if blank { brackets = 0 }
                line += 1
                lineStart = index + 1
                blank = true
                escaped = false
                index += 1
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "["):
                blank = false
                if !escaped { brackets += 1 }
                if brackets > maxBracketsPerParagraph {
                    // Columns count characters, not UTF-8 bytes.
                    let column = UnsafeBufferPointer(rebasing: bytes[lineStart...index]).count { $0 & 0xC0 != 0x80 }
                    return .error("more than \(maxBracketsPerParagraph) '[' in one paragraph: cmark 0.30.2 slows down quadratically on nested brackets (CVE-2023-22486), so casebook refuses it",
                                  at: SourceLocation(file: file, line: line, column: column),
                                  hint: "split the paragraph with blank lines, or write a literal bracket as \\[")
                }
            default:
                blank = false
            }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            index += 1
        }
        return nil
    }

    private static let lfWord = ByteWords.repeated(UInt8(ascii: "\n"))
    private static let bracketWord = ByteWords.repeated(UInt8(ascii: "["))
    private static let backslashWord = ByteWords.repeated(UInt8(ascii: "\\"))
}
