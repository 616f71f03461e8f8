import Foundation

/// URL names for tags, and the rule that decides when two tag spellings are the same tag.
///
/// A slug keeps only `[a-z0-9-]`: Polish letters are transliterated (ą→a, ć→c, ę→e, ł→l, ń→n,
/// ó→o, ś→s, ź/ż→z), other accented letters lose their accent, and every other run of
/// characters becomes one `-`.
enum Slug {
    /// The URL name for a piece of text, e.g. "Opóźniona dostawa" → "opozniona-dostawa".
    static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in transliterated(text).unicodeScalars {
            if isSlugCharacter(scalar) && scalar != "-" {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// The identity of a tag: letter case, Polish diacritics and repeated spaces do not count,
    /// so "Opóźnienie", "opóźnienie" and "opoznienie" are one tag, while "zwrot towaru" and
    /// "zwrot-towaru" are two spellings that would collide on one URL.
    static func tagKey(_ text: String) -> String {
        transliterated(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether a slug given in front matter is safe to use as one path component.
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.unicodeScalars.allSatisfy(isSlugCharacter)
    }
}

// MARK: - Helpers

private extension Slug {
    static let polish: [Unicode.Scalar: String] = [
        "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    ]

    static func isSlugCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// Lowercased, with Polish letters transliterated and other accents removed.
    static func transliterated(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if let replacement = polish[scalar] {
                result += replacement
            } else if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                // é → e + U+0301: keep the base letter, drop the combining mark.
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                let base = decomposed.filter { $0.properties.canonicalCombiningClass == .notReordered }
                result.unicodeScalars.append(contentsOf: base)
            }
        }
        return result
    }
}
