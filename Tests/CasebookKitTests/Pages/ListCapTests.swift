import Testing
@testable import CasebookKit

/// Dashboard lists stop at `PageBuilder.rowsListed` rows and say how many there are in all.
@Suite struct ListCapTests {
    @Test(arguments: [(SiteConfig.Language.pl, "Pokazano pierwsze 200 z 3\u{A0}750."), (.en, "Showing the first 200 of 3,750.")])
    func aCutListSaysHowManyThereAre(language: SiteConfig.Language, expected: String) {
        let builder = PageBuilder(library: RenderFixture.library(language: language))
        #expect(builder.shownNote(200, of: 3_750) == expected)
        #expect(builder.shownNote(12, of: 12) == "")
    }

    /// 250 unanswered tickets, all long overdue: the page lists the 200 oldest and says 250.
    @Test func theOverdueListShowsTheOldestAndCountsAll() {
        var library = RenderFixture.library()
        library.cases = []
        library.tickets = (0..<250).map { day in
            let opened = LocalDate(iso: "2025-01-01")! + day
            return Fixture.ticket(String(format: "T-%03d", day), opened: opened.description + " 10:00")
        }
        let builder = PageBuilder(library: library)
        #expect(builder.metrics.overdue.promise.count == 250)
        let table = builder.overdueTable()
        #expect(table.rows.count == PageBuilder.rowsListed)
        #expect(table.rows.first?.cells.first?.text == "T-000")
        #expect(table.rows.last?.cells.first?.text == "T-199")
        #expect(table.footnote == "Pokazano pierwsze 200 z 250.")
    }
}
