/// Numbers, money, percentages, dates and plurals written the way a Polish or English reader expects.
///
/// Hand-written rather than `NumberFormatter`/`DateFormatter` so the output never depends on the
/// machine's locale data or ICU version: the same inputs give the same bytes everywhere.
/// Polish groups thousands with a no-break space (U+00A0), also for four-digit numbers ("1 234"),
/// and uses a decimal comma; English uses "," and ".".
enum Formatting {
    /// The Polish thousands separator, a no-break space so "1 234" never breaks across lines.
    static let polishGroupSeparator = "\u{00A0}"

    // MARK: - Numbers

    /// An integer with thousands grouping: "1 234 567" / "1,234,567".
    static func integer(_ value: Int, _ language: SiteConfig.Language) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + grouped(digits, language)
    }

    /// A number with exactly `fractionDigits` decimals, rounded half away from zero: "1 234,5".
    static func number(_ value: Double, fractionDigits: Int, _ language: SiteConfig.Language) -> String {
        guard value.isFinite else { return "—" }
        let (negative, whole, fraction) = split(value, fractionDigits: fractionDigits)
        var text = (negative ? "-" : "") + grouped(whole, language)
        if fractionDigits > 0 { text += (language == .pl ? "," : ".") + fraction }
        return text
    }

    /// A share (0.824) as a percentage with one decimal by default: "82,4%" / "82.4%".
    static func percent(_ share: Double, fractionDigits: Int = 1, _ language: SiteConfig.Language) -> String {
        guard share.isFinite else { return "—" }
        return number(share * 100, fractionDigits: fractionDigits, language) + "%"
    }

    /// An amount of money with two decimals: "1 234,50 zł" / "PLN 1,234.50".
    ///
    /// Polish puts the symbol after the amount (zł for PLN, else the ISO code); English puts the
    /// ISO code before it, as bank statements do.
    static func currency(_ amount: Double, code: String, _ language: SiteConfig.Language) -> String {
        let text = number(amount, fractionDigits: 2, language)
        switch language {
        case .pl: return text + "\u{00A0}" + (code == "PLN" ? "zł" : code)
        case .en: return code + "\u{00A0}" + text
        }
    }

    // MARK: - Dates

    /// A full date: "15 lipca 2026" (genitive month) / "July 15, 2026".
    static func date(_ date: LocalDate, _ language: SiteConfig.Language) -> String {
        let (year, month, day) = date.components
        switch language {
        case .pl: return "\(day) \(polishMonthsGenitive[month - 1]) \(year)"
        case .en: return "\(englishMonths[month - 1]) \(day), \(year)"
        }
    }

    /// A month on its own: "lipiec 2026" (nominative) / "July 2026".
    static func month(_ date: LocalDate, _ language: SiteConfig.Language) -> String {
        let (year, month, _) = date.components
        switch language {
        case .pl: return "\(polishMonthsNominative[month - 1]) \(year)"
        case .en: return "\(englishMonths[month - 1]) \(year)"
        }
    }

    /// A month for a chart axis: "lip 2026" / "Jul 2026".
    static func shortMonth(_ date: LocalDate, _ language: SiteConfig.Language) -> String {
        let (year, month, _) = date.components
        switch language {
        case .pl: return "\(polishMonthsShort[month - 1]) \(year)"
        case .en: return "\(englishMonths[month - 1].prefix(3)) \(year)"
        }
    }

    // MARK: - Plurals

    /// Which plural form a count takes: Polish has three for whole numbers, English two.
    static func pluralForm(_ count: Int, _ language: SiteConfig.Language) -> PluralForms.Form {
        let n = count.magnitude
        switch language {
        case .en:
            return n == 1 ? .one : .many
        case .pl:
            if n == 1 { return .one }
            // 2–4, 22–24, 102–104 … but not 12–14, 112–114
            if (2...4).contains(n % 10) && !(12...14).contains(n % 100) { return .few }
            return .many
        }
    }

    /// A count with its noun in the right form: "22 reklamacje", "5 reklamacji", "1 case".
    static func count(_ count: Int, _ forms: PluralForms, _ language: SiteConfig.Language) -> String {
        integer(count, language) + " " + forms[pluralForm(count, language)]
    }

    // MARK: - Tables

    static let polishMonthsGenitive = [
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ]
    static let polishMonthsNominative = [
        "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
        "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
    ]
    static let polishMonthsShort = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}

// MARK: - Helpers

private extension Formatting {
    /// Inserts the language's thousands separator into a string of ASCII digits.
    static func grouped(_ digits: String, _ language: SiteConfig.Language) -> String {
        let separator = language == .pl ? polishGroupSeparator : ","
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }

    /// Splits |value| into whole and zero-padded fraction digits after rounding half away from zero.
    ///
    /// The small tolerance makes 1.005 or 0.8245 round up as a reader expects, even though
    /// their binary values lie just below the halfway point.
    static func split(_ value: Double, fractionDigits: Int) -> (negative: Bool, whole: String, fraction: String) {
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = value.magnitude * scale
        var rounded = scaled.rounded(.down)
        if scaled - rounded >= 0.5 - max(1e-9, scaled * 1e-13) { rounded += 1 }
        // Integer arithmetic from here on; values beyond UInt64 are not figures a report shows.
        let units = UInt64(min(rounded, 1.8e19))
        let divisor = UInt64(scale)
        let whole = String(units / divisor)
        var fraction = fractionDigits > 0 ? String(units % divisor) : ""
        while fraction.count < fractionDigits { fraction = "0" + fraction }
        return (value < 0 && units > 0, whole, fraction)
    }
}
