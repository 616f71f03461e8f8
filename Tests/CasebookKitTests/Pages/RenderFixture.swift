@testable import CasebookKit

/// A small library in memory (three cases, two playbooks, tags, six tickets and four orders) for
/// the page and template tests.
enum RenderFixture {
    static func library(language: SiteConfig.Language = .pl, basePath: String = "/intranet/reklamacje/",
                        withData: Bool = true) -> Library {
        var config = SiteConfig()
        config.language = language
        config.basePath = basePath
        config.asOf = date("2026-06-30")
        return Library(config: config, cases: [lateParcel, scratchedTable, courtThreat], playbooks: [costBenefit, fiveP],
                       tickets: withData ? tickets : [], orders: withData ? orders : nil)
    }

    /// Hand-checked against metrics.md, as of 2026-06-30 in Warsaw (promise 7 days, statutory 14):
    ///
    /// | ticket | answer after | promise | statutory | well handled | retained (90 days) |
    /// |---|---|---|---|---|---|
    /// | T-2041 | 3 days | met | met | yes (CSAT 5) | yes (order 1 March) |
    /// | T-2057 | 10 days | missed | met | no (CSAT 3) | yes (order 1 March) |
    /// | T-1999 | 19 days | missed | missed | no (rejected, late) | no |
    /// | T-3003 | 1 day | met | met | yes (CSAT 4) | no |
    /// | T-3001 | open since 10 June | missed (overdue) | missed (overdue) | — | — |
    /// | T-3002 | open since 20 June | missed (overdue) | not yet due | — | — |
    ///
    /// So: within promise 2 of 6 (33,3%), within statutory 3 of 5 (60,0%), well-handled retention
    /// 1 of 2 (50,0%), handling 300 minutes = 400 zł + 50 zł compensation = 450 zł of 10 000 zł
    /// revenue (4,5%, inside 2–5%), overdue 2 past the promise, 1 of them past the statutory deadline.
    static var tickets: [Ticket] {
        [
            Fixture.ticket("T-2041", customer: "C-1042", opened: "2026-01-05 10:00", firstResponse: "2026-01-05 12:00",
                           answered: "2026-01-08 10:00", resolved: "2026-01-10 09:00", clientType: "justified_slow",
                           outcome: .accepted, csat: 5, minutes: 60, compensation: 50, agent: "Ewa"),
            Fixture.ticket("T-2057", customer: "C-1042", opened: "2026-02-02 09:00", firstResponse: "2026-02-03 09:00",
                           answered: "2026-02-12 09:00", resolved: "2026-02-13 09:00", clientType: "justified_slow",
                           outcome: .partial, csat: 3, minutes: 90, agent: "Ewa"),
            Fixture.ticket("T-1999", customer: "C-0500", opened: "2026-03-01 08:00", answered: "2026-03-20 08:00",
                           resolved: "2026-03-21 08:00", clientType: "threatening", outcome: .rejected, minutes: 120,
                           refund: .refused, refundAmount: 899, purchased: "2026-02-20", agent: "Jan"),
            Fixture.ticket("T-3001", customer: "C-0077", opened: "2026-06-10 11:00", clientType: "perfectionist"),
            Fixture.ticket("T-3002", customer: "C-0077", opened: "2026-06-20 11:00", clientType: "perfectionist"),
            Fixture.ticket("T-3003", customer: "C-0600", opened: "2026-01-15 10:00", answered: "2026-01-16 10:00",
                           resolved: "2026-01-16 12:00", outcome: .accepted, csat: 4, minutes: 30,
                           refund: .granted, refundAmount: 200, purchased: "2025-11-01", agent: "Jan"),
        ]
    }

    static var orders: [Order] {
        [
            Fixture.order("O-1", customer: "C-1042", at: "2026-03-01 12:00", amount: 1000),
            Fixture.order("O-2", customer: "C-0500", at: "2025-12-01 12:00", amount: 500),
            Fixture.order("O-3", customer: "X-1", at: "2026-01-20 12:00", amount: 8000),
            Fixture.order("O-4", customer: "X-2", at: "2026-06-01 12:00", amount: 500),
        ]
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
