/// Text measuring and shortening for chart labels, without a font: widths are estimates.
enum ChartText {
    /// The font size every chart uses, in viewBox units.
    static let fontSize = 13.0
    /// The smaller size of the values printed over bars, so neighbouring values fit side by side.
    static let valueFontSize = 11.0
    /// The estimated drawn width of `text`, on the generous side so estimated labels rarely overlap.
    ///
    /// - Parameter bold: value and status labels, which the stylesheet sets in semibold.
    static func width(_ text: String, bold: Bool = false, size: Double = fontSize) -> Double {
        text.reduce(0) { $0 + advance($1) } * size * (bold ? 1.1 : 1)
    }

    /// `text` cut so it fits in `width`, ending in "…" when cut; "…" alone when not even one letter fits.
    static func truncate(_ text: String, toWidth width: Double) -> String {
        guard Self.width(text) > width else { return text }
        var kept = ""
        var used = advance("…") * fontSize
        for character in text {
            used += advance(character) * fontSize
            if used > width { break }
            kept.append(character)
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// `text` cut to at most `limit` characters, ending in "…" when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return "…" }
        var kept = String(text.prefix(limit - 1))
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// A glyph's advance in em, close to DejaVu Sans (the widest common UI sans-serif), so the
    /// narrower Segoe UI, Roboto, Arial and Noto Sans leave a little extra room.
    private static func advance(_ character: Character) -> Double {
        if character == "…" || character == "%" { return 0.96 }
        if character.isWhitespace || ".,:;!|'()[]iljł".contains(character) { return 0.32 }
        if "ftr-–".contains(character) { return 0.42 }
        if "mwMW".contains(character) { return 0.9 }
        if character.isNumber { return 0.64 }
        if character.isUppercase { return 0.74 }
        return 0.61
    }

    /// The caller's id prefix reduced to characters safe in an XML id, an IDREF list and `url(#…)`.
    static func identifier(_ prefix: String) -> String {
        let safe = prefix.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": String(scalar)
            default: "-"
            }
        }.joined()
        return safe.isEmpty ? "chart" : safe
    }
}
