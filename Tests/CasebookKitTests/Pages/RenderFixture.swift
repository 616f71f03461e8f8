@testable import CasebookKit

/// A small library in memory (three cases, two playbooks, tags) for the page and template tests.
enum RenderFixture {
    static func library(language: SiteConfig.Language = .pl, basePath: String = "/intranet/reklamacje/") -> Library {
        var config = SiteConfig()
        config.language = language
        config.basePath = basePath
        return Library(config: config, cases: [lateParcel, scratchedTable, courtThreat], playbooks: [costBenefit, fiveP])
    }

    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static var fiveP: Playbook {
        var playbook = Playbook(
            title: "Zasada 5 P w sytuacji kryzysowej", slug: "five-p", order: 1,
            summary: "Pięć kroków, które pozwalają przejść przez kryzys z klientem bez utraty twarzy.",
            steps: [
                .init(key: "apologize", label: "Przeproś"),
                .init(key: "prepare", label: "Przygotuj się"),
                .init(key: "counteract", label: "Przeciwdziałaj"),
                .init(key: "improve", label: "Popraw się"),
                .init(key: "compensate", label: "Powetuj"),
            ],
            bodyHTML: """
            <p>Kryzys nastąpi – co do tego nie miej wątpliwości. Ważniejsze jest, jak czuje się Klient.</p>
            <h2>Po pierwsze – przeproś</h2>
            <p>Przeprosiny <strong>nie oznaczają</strong> przyznania się do winy. To pierwszy krok do rozwiązania problemu.</p>
            <h2>Po piąte – powetuj</h2>
            <ul>
            <li>rabat na kolejne zakupy,</li>
            <li>darmowa dostawa &amp; szybszy termin.</li>
            </ul>

            """,
            source: "Content/playbooks/five-p.md")
        playbook.keyLocations["slug"] = SourceLocation(file: "Content/playbooks/five-p.md", line: 3, column: 7)
        return playbook
    }

    static var costBenefit: Playbook {
        Playbook(
            title: "Analiza zysków i strat przy trudnym kliencie", slug: "cost-benefit", order: 2,
            summary: "Zanim zainwestujesz czas, sprawdź, czy relacja się opłaca.",
            steps: [
                .init(key: "define_problem", label: "Nazwij problem klienta"),
                .init(key: "check_justified", label: "Sprawdź zasadność reklamacji"),
                .init(key: "weigh_value", label: "Oceń wartość klienta dla firmy"),
                .init(key: "decide", label: "Zdecyduj: kontynuować czy zakończyć"),
            ],
            bodyHTML: "<p>Zanim zainwestujesz czas, sprawdź, czy relacja się opłaca.</p>\n<blockquote>\n<p>80% dobrze załatwionych reklamacji daje lojalnych klientów.</p>\n</blockquote>\n",
            source: "Content/playbooks/cost-benefit.md")
    }

    static var lateParcel: Case {
        var item = Case(
            title: "Paczka spóźniona o tydzień przed świętami", date: date("2026-07-15"), slug: "late-parcel",
            summary: "Prezent dotarł po Wigilii; klientka dostała przeprosiny, zwrot kosztów dostawy i rabat.",
            bodyHTML: "<p>Klientka zamówiła prezent z dostawą „na pewno przed świętami”.</p>\n<p>Kurier oddał paczkę 28 grudnia.</p>\n",
            source: "Content/cases/late-parcel.md")
        item.customer = "C-1042"
        item.tickets = ["T-2041", "T-2057"]
        item.clientType = "justified_slow"
        item.playbooks = ["five-p"]
        item.steps = ["apologize", "prepare", "compensate"]
        item.outcome = .accepted
        item.retained = true
        item.tags = ["Opóźnienie", "dostawa", "Boże Narodzenie"]
        item.keyLocations["tags"] = SourceLocation(file: "Content/cases/late-parcel.md", line: 12, column: 7)
        return item
    }

    static var scratchedTable: Case {
        var item = Case(
            title: "Rysa na blacie stołu", date: date("2026-06-02"), slug: "scratched-table",
            summary: "Klient znalazł rysę długości 2 mm i zażądał wymiany całego stołu.",
            bodyHTML: "<p>Klient znalazł rysę długości 2 mm i zażądał <em>wymiany</em> całego stołu.</p>\n<p>Zaproponowaliśmy renowację na miejscu.</p>\n",
            source: "Content/cases/scratched-table.md")
        item.customer = "C-0077"
        item.clientType = "perfectionist"
        item.playbooks = ["five-p", "cost-benefit"]
        item.steps = ["apologize", "define_problem", "check_justified"]
        item.outcome = .partial
        item.tags = ["jakość", "Meble"]
        return item
    }

    static var courtThreat: Case {
        var item = Case(
            title: "Groźba pozwu o „zepsutą” pralkę", date: date("2026-06-02"), slug: "court-threat",
            summary: "Klient zagroził sądem i <Rzecznikiem>, gdy odrzuciliśmy reklamację po gwarancji & bez paragonu.",
            bodyHTML: "<p>Pralka działała; klient chciał nowej.</p>\n",
            source: "Content/cases/court-threat.md")
        item.tickets = ["T-1999"]
        item.playbooks = ["cost-benefit"]
        item.steps = ["define_problem", "check_justified", "weigh_value", "decide"]
        item.outcome = .rejected
        item.retained = false
        item.tags = ["opoznienie", "Sąd & urząd"]
        return item
    }
}
