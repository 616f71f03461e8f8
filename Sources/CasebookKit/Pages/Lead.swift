import Foundation

/// Decides whether a summary is worth showing above the body as a lead paragraph.
///
/// A summary taken from the body's first paragraph would only repeat it, so the lead is shown
/// only when the summary differs from that paragraph's text.
enum Lead {
    /// The summary to show as a lead, or "" when there is none or the body already starts with it.
    static func text(summary: String, bodyHTML: String) -> String {
        let summaryText = collapsed(summary)
        guard !summaryText.isEmpty else { return "" }
        guard let start = bodyHTML.range(of: "<p>"),
              let end = bodyHTML.range(of: "</p>", range: start.upperBound..<bodyHTML.endIndex)
        else { return summary }
        let paragraph = plainText(bodyHTML[start.upperBound..<end.lowerBound])
        return collapsed(paragraph) == summaryText ? "" : summary
    }
}

// MARK: - Helpers

private extension Lead {
    /// The text of an HTML fragment: tags dropped, the entities cmark writes decoded.
    static func plainText(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
