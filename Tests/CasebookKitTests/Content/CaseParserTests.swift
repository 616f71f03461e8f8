import Testing
import Foundation
@testable import CasebookKit

@Suite struct CaseParserTests {
    let parser = CaseParser(clientTypes: ClientType.defaults.map(\.key))

    func parse(_ text: String, slug: String = "late-parcel") -> (Case?, [String]) {
        let (item, diagnostics) = parser.parse(text, file: "Content/cases/late-parcel.md", defaultSlug: slug)
        return (item, DiagnosticLog(diagnostics).lines)
    }

    @Test func readsEveryKey() throws {
        let (item, lines) = parse("""
            ---
            title: "Paczka: spóźniona"
            date: 2025-12-19
            customer: KL-000042
            tickets: [ZG-0000001, ZG-0000002]
            client_type: justified_slow
            playbooks: [cztery-kroki]
            steps: [przeprosiny, termin]
            outcome: partial
            retained: tak
            tags: [dostawa, święta]
            draft: no
            ---
            Klientka czekała **dwa tygodnie**.

            ## Co zrobiliśmy
            """)
        #expect(lines.isEmpty)
        let c = try #require(item)
        #expect(c.title == "Paczka: spóźniona")
        #expect(c.date == LocalDate(iso: "2025-12-19"))
        #expect(c.slug == "late-parcel")
        #expect(c.customer == "KL-000042")
        #expect(c.tickets == ["ZG-0000001", "ZG-0000002"])
        #expect(c.clientType == "justified_slow")
        #expect(c.playbooks == ["cztery-kroki"])
        #expect(c.steps == ["przeprosiny", "termin"])
        #expect(c.outcome == .partial)
        #expect(c.retained == true)
        #expect(c.tags == ["dostawa", "święta"])
        #expect(c.draft == false)
        #expect(c.summary == "Klientka czekała dwa tygodnie.")
        #expect(c.bodyHTML.contains("<strong>dwa tygodnie</strong>"))
    }

    @Test func missingRequiredKeysAndBadValues() {
        let (item, lines) = parse("""
            ---
            date: 2026-02-30
            slug: Late_Parcel
            client_type: emotionl
            outcome: acepted
            retained: maybe
            colour: red
            ---
            Body
            """)
        #expect(item == nil)
        #expect(lines == [
            "Content/cases/late-parcel.md:1:1: error: missing required key 'title'",
            "Content/cases/late-parcel.md:2:7: error: date must be a date that exists, written YYYY-MM-DD, not '2026-02-30'",
            "Content/cases/late-parcel.md:3:7: error: slug 'Late_Parcel' may use only a-z, 0-9 and - (not at the ends)",
            "Content/cases/late-parcel.md:4:14: error: unknown client_type 'emotionl'; did you mean 'emotional'?",
            "Content/cases/late-parcel.md:5:10: error: outcome must be accepted, rejected, partial, withdrawn or open, not 'acepted'; did you mean 'accepted'?",
            "Content/cases/late-parcel.md:6:11: error: retained must be yes or no, not 'maybe'",
            "Content/cases/late-parcel.md:7:1: error: unknown key 'colour' in case front matter",
        ])
    }

    @Test func missingDateAndInvalidFileName() {
        let (_, lines) = parse("---\ntitle: X\n---\n", slug: "Zła Nazwa")
        #expect(lines == [
            "Content/cases/late-parcel.md:1:1: error: missing required key 'date'",
            "Content/cases/late-parcel.md:1:1: error: the file name 'Zła Nazwa' is not a valid URL slug (a-z, 0-9 and -); rename the file or set 'slug'",
        ])
    }

    @Test func frontMatterMustBeThereAndClosed() {
        #expect(parse("# Title only\n").1 == [
            "Content/cases/late-parcel.md:1:1: error: missing front matter: the file must start with a line '---', the YAML keys, and another '---'",
        ])
        #expect(parse("---\ntitle: X\n\nBody\n").1 == [
            "Content/cases/late-parcel.md:1:1: error: front matter opened here is never closed with a '---' line",
        ])
    }

    @Test func yamlErrorIsReportedAtTheFileLine() {
        let (_, lines) = parse("---\ntitle: X\ndate: 2026-01-01\ntags: [a, b\n---\nBody\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("Content/cases/late-parcel.md:5:"))
    }

    @Test func crlfFilesWork() throws {
        let (item, lines) = parse("---\r\ntitle: X\r\ndate: 2026-01-01\r\n---\r\nPierwszy akapit.\r\n")
        #expect(lines.isEmpty)
        #expect(try #require(item).summary == "Pierwszy akapit.")
    }

    @Test func frontMatterSummaryWins() throws {
        let (item, _) = parse("---\ntitle: X\ndate: 2026-01-01\nsummary: Krótko.\n---\nDługi akapit.\n")
        #expect(try #require(item).summary == "Krótko.")
    }

    @Test func blankTitleIsWhitespaceAsFoundationSeesIt() {
        // ASCII first characters are answered without Foundation; the rest goes through it.
        for (title, blank) in [("", true), ("   ", true), ("\t \u{00A0}\u{2003}", true), ("A", false), ("  x", false),
                               ("\u{00A0}Ż", false), ("Żółw", false), ("~", false)] {
            #expect(CaseParser.isBlank(title) == blank, "\(title.debugDescription)")
            #expect(CaseParser.isBlank(title) == title.trimmingCharacters(in: .whitespaces).isEmpty)
        }
        let (item, lines) = parse("---\ntitle: \"\u{00A0} \"\ndate: 2025-12-19\n---\nTekst.\n")
        #expect(item == nil)
        #expect(lines.contains { $0.contains("title must not be empty") })
    }
}
