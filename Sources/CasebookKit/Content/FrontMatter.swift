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
        if case let cut?? = text.utf8.withContiguousStorageIfAvailable(cutWithoutCR) {
            // Taken from the text as substrings: their bytes are copied without being checked as
            // UTF-8 again, which decoding the buffer's bytes did at several instructions a byte.
            let utf8 = text.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            let yaml = cut.yaml.map { String(text[index($0.lowerBound)..<index($0.upperBound)]) } ?? ""
            return (FrontMatter(yaml: yaml, yamlLine: 2, body: String(text[index(cut.body)...]), bodyLine: cut.yamlLines + 3), nil)
        }
        // On bytes, not Characters (which meant grapheme breaking from the end of each line): a
        // line is only ever compared with "---" and "...", and either way only "---" or "..."
        // followed by spaces and tabs trims to one of them.
        func trimmed(_ line: Substring) -> Substring {
            let utf8 = line.utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, case let before = utf8.index(before: end),
                  utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") { end = before }
            return line[..<end]
        }
        var lines = Lines(text)
        guard let first = lines.next(), trimmed(first.hasPrefix("\u{FEFF}") ? first.dropFirst() : first) == "---" else {
            return (nil, .error("missing front matter: the file must start with a line '---', the YAML keys, and another '---'",
                                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        var yamlLines: [Substring] = []
        while let line = lines.next() {
            let t = trimmed(line)
            guard t != "---", t != "..." else {
                // Every line end of the body becomes "\n"; a body without CR already has only those.
                let rest = text[lines.position...]
                // On the contiguous bytes: iterating the UTF-8 view took some 25 instructions a byte.
                let hasCR = rest.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) }
                    ?? rest.utf8.contains(UInt8(ascii: "\r"))
                let body = hasCR ? Lines.joined(rest) : String(rest)
                return (FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlLine: 2, body: body, bodyLine: yamlLines.count + 3), nil)
            }
            yamlLines.append(line)
        }
        return (nil, .error("front matter opened here is never closed with a '---' line",
                            at: SourceLocation(file: file, line: 1, column: 1)))
    }

    /// Where the YAML (`nil` when it has no line) and the body start and end in the bytes of a file
    /// with no CR in it, and how many lines the YAML has: such a file's two parts are runs of its
    /// bytes as they are, with no line to collect and join again (a fifth of the split's cost was
    /// joining the YAML's lines). `nil` for a file with a CR, or one that does not open with a
    /// closed `---` block: `split` reads those line by line, and reports the latter.
    private static func cutWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> (yaml: Range<Int>?, body: Int, yamlLines: Int)? {
        // Plain loops: `contains` and `firstIndex(of:)` on the buffer and its slices went through
        // generic code at several instructions a byte.
        var index = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "\r") { index += 1 }
        guard index == bytes.count else { return nil }
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
        guard firstEnd < bytes.count, isMarker(start, firstEnd, orDots: false) else { return nil }
        let yamlStart = firstEnd + 1
        var lineStart = yamlStart, yamlLines = 0
        while lineStart <= bytes.count {
            let end = lineEnd(from: lineStart)
            if isMarker(lineStart, end, orDots: true) {
                return (yamlLines == 0 ? nil : yamlStart..<(lineStart - 1), min(end + 1, bytes.count), yamlLines)
            }
            yamlLines += 1
            lineStart = end + 1
        }
        return nil
    }

    /// The lines of a text one by one, found on bytes. "\r\n" is one Character in Swift, so every
    /// line end is named: a lone CR ends a line in YAML and CommonMark too, and counting it keeps
    /// reported lines in step with theirs.
    struct Lines {
        private let text: Substring
        /// Where the next line starts; `nil` once the last line has been given.
        private(set) var position: String.Index
        private var done = false

        init(_ text: some StringProtocol) {
            self.text = Substring(text)
            position = self.text.startIndex
        }

        mutating func next() -> Substring? {
            guard !done else { return nil }
            let utf8 = text.utf8
            var index = position
            // On the contiguous bytes where the string has them: stepping through the UTF-8 view
            // cost some 25 instructions a byte.
            if let offset = utf8[position...].withContiguousStorageIfAvailable({ bytes in
                bytes.firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.count
            }) {
                index = utf8.index(position, offsetBy: offset)
            } else {
                while index < utf8.endIndex, utf8[index] != UInt8(ascii: "\n"), utf8[index] != UInt8(ascii: "\r") { index = utf8.index(after: index) }
            }
            let line = text[position..<index]
            if index == utf8.endIndex {
                done = true
                position = index
            } else {
                let isCRLF = utf8[index] == UInt8(ascii: "\r") && utf8.index(after: index) < utf8.endIndex
                    && utf8[utf8.index(after: index)] == UInt8(ascii: "\n")
                position = utf8.index(index, offsetBy: isCRLF ? 2 : 1)
            }
            return line
        }

        /// The lines of `text` joined with "\n".
        static func joined(_ text: Substring) -> String {
            var lines = Lines(text), all: [Substring] = []
            while let line = lines.next() { all.append(line) }
            return all.joined(separator: "\n")
        }
    }
}
