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
    ///
    /// Every line end becomes "\n" first: a lone CR ends a line in YAML and CommonMark too, so
    /// counting it keeps reported lines in step with theirs, and both parts are handed on with
    /// "\n" only. The split itself is made on bytes: a line is only ever compared with "---" and
    /// "...", and only those followed by spaces and tabs can match.
    static func split(_ text: String, file: String) -> (FrontMatter?, Diagnostic?) {
        var text = text
        if text.withUTF8(hasCR) { text = withNewlines(text) }
        switch text.withUTF8(cut) {
        case let .split(yaml, body, yamlLines):
            // Taken from the text as substrings: their bytes are copied without being checked as
            // UTF-8 again, which decoding a buffer's bytes into a new string did.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return (FrontMatter(yaml: String(text[index(yaml.lowerBound)..<index(yaml.upperBound)]), yamlLine: 2,
                                body: String(text[index(body)...]), bodyLine: yamlLines + 3), nil)
        case .notOpened:
            return (nil, .error("missing front matter: the file must start with a line '---', the YAML keys, and another '---'",
                                at: SourceLocation(file: file, line: 1, column: 1)))
        case .notClosed:
            return (nil, .error("front matter opened here is never closed with a '---' line",
                                at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    private enum Cut {
        /// Byte ranges of the YAML and the start of the body, and how many lines the YAML has.
        case split(yaml: Range<Int>, body: Int, yamlLines: Int)
        case notOpened, notClosed
    }

    /// Where the parts of `bytes` are, which have "\n" as their only line end.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> Cut {
        // Plain loops: `firstIndex(of:)` on the buffer's slices went through generic code at
        // several instructions a byte.
        func lineEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            return end
        }
        /// Whether the line is "---" (or "..." when `orDots`) followed by nothing but spaces and tabs.
        func isMarker(_ start: Int, _ end: Int, orDots: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            guard end - start == 3 else { return false }
            let line = bytes[start..<end]
            return line.elementsEqual("---".utf8) || (orDots && line.elementsEqual("...".utf8))
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0  // a byte-order mark
        let firstEnd = lineEnd(from: start)
        guard isMarker(start, firstEnd, orDots: false) else { return .notOpened }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart, yamlLines = 0
        while lineStart <= bytes.count {
            let end = lineEnd(from: lineStart)
            if isMarker(lineStart, end, orDots: true) {
                return .split(yaml: yamlStart..<max(yamlStart, lineStart - 1), body: min(end + 1, bytes.count), yamlLines: yamlLines)
            }
            yamlLines += 1
            lineStart = end + 1
        }
        return .notClosed
    }

    /// A plain loop on the bytes: `contains` on the string's UTF-8 view took some 25 instructions a byte.
    private static func hasCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "\r") { index += 1 }
        return index < bytes.count
    }

    /// `text` with each "\r\n" and each lone "\r" written as "\n".
    private static func withNewlines(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            defer { afterCR = byte == UInt8(ascii: "\r") }
            if byte == UInt8(ascii: "\n"), afterCR { continue }
            bytes.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
