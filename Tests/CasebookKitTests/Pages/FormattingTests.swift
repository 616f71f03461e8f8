import Testing
@testable import CasebookKit

@Suite struct FormattingTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        (1234.5, 1, "1\u{00A0}234,5", "1,234.5"),
        (0.0, 1, "0,0", "0.0"),
        (999.0, 0, "999", "999"),
        (1000.0, 0, "1\u{00A0}000", "1,000"),
        (1234567.891, 2, "1\u{00A0}234\u{00A0}567,89", "1,234,567.89"),
        (-1234.5, 1, "-1\u{00A0}234,5", "-1,234.5"),
        (-0.04, 1, "0,0", "0.0"),
        (1.005, 2, "1,01", "1.01"),
        (2.5, 0, "3", "3"),
        (0.125, 2, "0,13", "0.13"),
    ])
    func formatsNumbers(value: Double, digits: Int, polish: String, english: String) {
        #expect(Formatting.number(value, fractionDigits: digits, .pl) == polish)
        #expect(Formatting.number(value, fractionDigits: digits, .en) == english)
    }

    @Test func groupsIntegersWithOneNoBreakSpace() {
        #expect(Formatting.integer(1234, .pl) == "1\(Self.nbsp)234")
        #expect(Formatting.integer(12, .pl) == "12")
        #expect(Formatting.integer(-1234567, .en) == "-1,234,567")
        #expect(!Formatting.integer(1234, .pl).contains("\u{202F}"))
    }

    @Test func formatsPercentages() {
        #expect(Formatting.percent(0.824, .pl) == "82,4%")
        #expect(Formatting.percent(0.824, .en) == "82.4%")
        #expect(Formatting.percent(1, .pl) == "100,0%")
        #expect(Formatting.percent(0.8245, fractionDigits: 2, .en) == "82.45%")
        #expect(Formatting.percent(.nan, .pl) == "—")
    }

    @Test func formatsMoney() {
        #expect(Formatting.currency(1234.5, code: "PLN", .pl) == "1\(Self.nbsp)234,50\(Self.nbsp)zł")
        #expect(Formatting.currency(1234.5, code: "PLN", .en) == "PLN\(Self.nbsp)1,234.50")
        #expect(Formatting.currency(80, code: "EUR", .pl) == "80,00\(Self.nbsp)EUR")
    }

    @Test(arguments: [
        ("2026-07-15", "15 lipca 2026", "July 15, 2026"),
        ("2026-01-01", "1 stycznia 2026", "January 1, 2026"),
        ("2024-02-29", "29 lutego 2024", "February 29, 2024"),
        ("2026-09-30", "30 września 2026", "September 30, 2026"),
        ("2026-12-24", "24 grudnia 2026", "December 24, 2026"),
    ])
    func formatsDates(iso: String, polish: String, english: String) {
        let date = LocalDate(iso: iso)!
        #expect(Formatting.date(date, .pl) == polish)
        #expect(Formatting.date(date, .en) == english)
    }

    @Test func formatsMonths() {
        #expect(Formatting.month(LocalDate(iso: "2026-07-15")!, .pl) == "lipiec 2026")
        #expect(Formatting.month(LocalDate(iso: "2026-10-01")!, .en) == "October 2026")
    }

    @Test(arguments: [
        (0, "0 reklamacji", "0 przypadków"),
        (1, "1 reklamacja", "1 przypadek"),
        (2, "2 reklamacje", "2 przypadki"),
        (4, "4 reklamacje", "4 przypadki"),
        (5, "5 reklamacji", "5 przypadków"),
        (12, "12 reklamacji", "12 przypadków"),
        (14, "14 reklamacji", "14 przypadków"),
        (21, "21 reklamacji", "21 przypadków"),
        (22, "22 reklamacje", "22 przypadki"),
        (104, "104 reklamacje", "104 przypadki"),
        (112, "112 reklamacji", "112 przypadków"),
        (1234, "1\u{00A0}234 reklamacje", "1\u{00A0}234 przypadki"),
    ])
    func countsInPolish(count: Int, complaints: String, cases: String) {
        #expect(Formatting.count(count, Strings.pl.complaintsCount, .pl) == complaints)
        #expect(Formatting.count(count, Strings.pl.casesCount, .pl) == cases)
    }

    @Test(arguments: [(0, "0 cases"), (1, "1 case"), (2, "2 cases"), (1000, "1,000 cases")])
    func countsInEnglish(count: Int, expected: String) {
        #expect(Formatting.count(count, Strings.en.casesCount, .en) == expected)
    }
}

@Suite struct DashboardFormattingTests {
    @Test(arguments: [
        ("2026-01-01", "sty 2026", "Jan 2026"), ("2026-05-31", "maj 2026", "May 2026"),
        ("2026-10-15", "paź 2026", "Oct 2026"), ("2025-12-01", "gru 2025", "Dec 2025"),
    ])
    func shortMonthsForChartAxes(iso: String, polish: String, english: String) {
        #expect(Formatting.shortMonth(LocalDate(iso: iso)!, .pl) == polish)
        #expect(Formatting.shortMonth(LocalDate(iso: iso)!, .en) == english)
    }

    @Test(arguments: [
        (1, "1 dzień", "1 zgłoszenie", "1 day", "1 ticket"),
        (2, "2 dni", "2 zgłoszenia", "2 days", "2 tickets"),
        (5, "5 dni", "5 zgłoszeń", "5 days", "5 tickets"),
        (7, "7 dni", "7 zgłoszeń", "7 days", "7 tickets"),
        (14, "14 dni", "14 zgłoszeń", "14 days", "14 tickets"),
        (22, "22 dni", "22 zgłoszenia", "22 days", "22 tickets"),
    ])
    func dayAndTicketCounts(count: Int, days: String, tickets: String, englishDays: String, englishTickets: String) {
        #expect(Formatting.count(count, Strings.pl.dash.daysCount, .pl) == days)
        #expect(Formatting.count(count, Strings.pl.dash.ticketsCount, .pl) == tickets)
        #expect(Formatting.count(count, Strings.en.dash.daysCount, .en) == englishDays)
        #expect(Formatting.count(count, Strings.en.dash.ticketsCount, .en) == englishTickets)
    }

    @Test func englishComplaintCounts() {
        #expect(Formatting.count(1, Strings.en.complaintsCount, .en) == "1 complaint")
        #expect(Formatting.count(1234, Strings.en.complaintsCount, .en) == "1,234 complaints")
    }

    @Test func placeholdersAreFilledWhereTheTranslatorPutThem() {
        #expect(DashboardStrings.fill(Strings.pl.dash.kpiPromise, [("days", "7 dni")]) == "Wiążąca odpowiedź w 7 dni (nasza obietnica)")
        #expect(DashboardStrings.fill(Strings.en.dash.overdueOpen, [("count", "3"), ("open", "1,204")]) == "3 of 1,204 open")
    }

    /// No dashboard text is left untranslated or with an unfilled placeholder name mistyped.
    @Test func bothTablesFillEveryField() {
        for table in [Strings.pl.dash, Strings.en.dash] {
            for child in Mirror(reflecting: table).children {
                if let text = child.value as? String { #expect(!text.isEmpty, "\(child.label ?? "?")") }
            }
        }
        let placeholders = { (text: String) in text.matches(of: /\{([a-z]+)\}/).map { String($0.output.1) } }
        let polish = Mirror(reflecting: Strings.pl.dash).children, english = Mirror(reflecting: Strings.en.dash).children
        for (pl, en) in zip(polish, english) {
            guard let a = pl.value as? String, let b = en.value as? String else { continue }
            #expect(placeholders(a).sorted() == placeholders(b).sorted(), "\(pl.label ?? "?")")
        }
    }

    /// Chart axes and values on the pages use the site's number format, not the charts' plain default.
    @Test func chartLabelsOnTheCostsPageArePolish() throws {
        let (files, _) = SiteRenderer(library: RenderFixture.library(), templates: .defaults).render()
        let html = String(decoding: try #require(files.first { $0.path == "reports/costs/index.html" }).bytes, as: UTF8.self)
        #expect(html.contains("400\u{00A0}zł<"), "the cost breakdown's value label")
        #expect(html.contains(">450,00\u{00A0}zł<"))
        let english = SiteRenderer(library: RenderFixture.library(language: .en), templates: .defaults).render().files
        let page = String(decoding: try #require(english.first { $0.path == "reports/costs/index.html" }).bytes, as: UTF8.self)
        #expect(page.contains(">PLN\u{00A0}450.00<"))
    }
}
