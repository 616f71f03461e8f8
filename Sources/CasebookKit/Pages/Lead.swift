/// Decides whether a summary is worth showing above the body as a lead paragraph.
///
/// A summary taken from the body's first paragraph would only repeat it, so the lead is shown
/// only when the summary differs from that paragraph's text.
enum Lead {
    /// The summary to show as a lead, or "" when there is none or the body already starts with it.
    static func text(summary: String, bodyHTML: String) -> String {
        let summaryBytes = Array(summary.utf8)
        let summaryText = collapsedBytes(summaryBytes)
        guard summaryText.map({ !$0.isEmpty }) ?? !collapsed(summary).isEmpty else { return "" }
        var html = bodyHTML
        let paragraph: [UInt8]? = html.withUTF8 { html in
            guard let start = html.firstRange(ofBytes: paragraphOpen),
                  let end = html[start.upperBound...].firstRange(ofBytes: paragraphClose) else { return nil }
            return plainText(html[start.upperBound..<end.lowerBound])
        }
        guard let paragraph else { return summary }
        if let summaryText, let paragraphText = collapsedBytes(paragraph) { return paragraphText == summaryText ? "" : summary }
        // Strings compare canonically (a precomposed "é" equals "e" and its accent), bytes do not.
        return collapsed(String(decoding: paragraph, as: UTF8.self)) == collapsed(summary) ? "" : summary
    }
}

// MARK: - Helpers

private extension Lead {
    static let entities: [(name: [UInt8], byte: UInt8)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        .map { (Array($0.0.utf8), $0.1.utf8.first!) }
    static let paragraphOpen = Array("<p>".utf8), paragraphClose = Array("</p>".utf8)

    /// The text of an HTML fragment: tags dropped, the entities cmark writes decoded. Done on
    /// bytes, as Foundation's searching made this a tenth of the page-building time.
    static func plainText(_ html: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(html.count)
        var inTag = false
        var index = html.startIndex
        while index < html.endIndex {
            let byte = html[index]
            index += 1
            if byte == UInt8(ascii: "<") { inTag = true; continue }
            if byte == UInt8(ascii: ">") { inTag = false; continue }
            guard !inTag else { continue }
            if byte == UInt8(ascii: "&"), let entity = entities.first(where: { html[(index - 1)...].starts(with: $0.name) }) {
                text.append(entity.byte)
                index += entity.name.count - 1
            } else {
                text.append(byte)
            }
        }
        return text
    }
}

// MARK: - Collapsing whitespace

extension Lead {
    /// The text's words joined by single spaces, as bytes: runs of whitespace become one space
    /// and the ends are trimmed, as splitting on `Character.isWhitespace` does.
    ///
    /// Only when every scalar is one whose grapheme and whitespace rules are plain: below U+0300
    /// (Latin, Polish letters, no combining marks) or the typographic punctuation of U+2010–U+205E
    /// except its spaces and joiners. Otherwise `nil`, and the caller takes the Character path
    /// (`collapsed`), which on every page was a twentieth of building the case pages.
    static func collapsedBytes(_ bytes: [UInt8]) -> [UInt8]? {
        var words: [UInt8] = []
        words.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int, isSpace: Bool
            switch byte {
            case 0x09...0x0D, 0x20: (length, isSpace) = (1, true)
            case ..<0x80: (length, isSpace) = (1, false)
            case 0xC2...0xCB where index + 1 < bytes.count:
                (length, isSpace) = (2, byte == 0xC2 && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0))
            case 0xE2 where index + 2 < bytes.count && isPlainPunctuation(bytes[index + 1], bytes[index + 2]):
                (length, isSpace) = (3, false)
            default:
                return nil
            }
            if isSpace {
                pendingSpace = !words.isEmpty
            } else {
                if pendingSpace { words.append(0x20); pendingSpace = false }
                // Byte by byte: appending a slice per character cost ~150 instructions a byte.
                words.append(byte)
                if length > 1 { words.append(bytes[index + 1]) }
                if length > 2 { words.append(bytes[index + 2]) }
            }
            index += length
        }
        return words
    }

    /// U+2010–U+2027 and U+2030–U+205E (dashes, quotes, ellipsis, primes): no whitespace, and
    /// nothing that joins with a neighbour into one Character.
    static func isPlainPunctuation(_ second: UInt8, _ third: UInt8) -> Bool {
        switch (second, third) {
        case (0x80, 0x90...0xA7), (0x80, 0xB0...0xBF), (0x81, 0x80...0x9E): true
        default: false
        }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
