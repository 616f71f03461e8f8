/// Decides whether a summary is worth showing above the body as a lead paragraph.
///
/// A summary taken from the body's first paragraph would only repeat it, so the lead is shown
/// only when the summary differs from that paragraph's text.
enum Lead {
    /// The summary to show as a lead, or "" when there is none or the body already starts with it.
    static func text(summary: String, bodyHTML: String) -> String {
        let summaryText = collapsed(summary)
        guard !summaryText.isEmpty else { return "" }
        let html = Array(bodyHTML.utf8)
        guard let start = html.firstRange(ofBytes: paragraphOpen),
              let end = html[start.upperBound...].firstRange(ofBytes: paragraphClose)
        else { return summary }
        let paragraph = plainText(html[start.upperBound..<end.lowerBound])
        return collapsed(paragraph) == summaryText ? "" : summary
    }
}

// MARK: - Helpers

private extension Lead {
    static let entities: [(name: [UInt8], byte: UInt8)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        .map { (Array($0.0.utf8), $0.1.utf8.first!) }
    static let paragraphOpen = Array("<p>".utf8), paragraphClose = Array("</p>".utf8)

    /// The text of an HTML fragment: tags dropped, the entities cmark writes decoded. Done on
    /// bytes, as Foundation's searching made this a tenth of the page-building time.
    static func plainText(_ html: ArraySlice<UInt8>) -> String {
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
        return String(decoding: text, as: UTF8.self)
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
