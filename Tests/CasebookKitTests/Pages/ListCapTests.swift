import Testing
@testable import CasebookKit

/// Dashboard lists of tickets stop at `PageBuilder.ticketsListed` rows and say how many there are.
@Suite struct ListCapTests {
    @Test(arguments: [(SiteConfig.Language.pl, "Pokazano pierwsze 200 z 3\u{A0}750."), (.en, "Showing the first 200 of 3,750.")])
    func aCutListSaysHowManyThereAre(language: SiteConfig.Language, expected: String) {
        let builder = PageBuilder(library: RenderFixture.library(language: language))
        #expect(builder.shownNote(200, of: 3_750) == expected)
        #expect(builder.shownNote(12, of: 12) == "")
    }

    @Test func refundListsAreCut() {
        let builder = PageBuilder(library: RenderFixture.library())
        let ids = (1...(PageBuilder.ticketsListed + 50)).map { "ZG-\($0)" }
        let table = builder.refundTable(ids, caption: "x", empty: "")
        #expect(table.rows.count <= PageBuilder.ticketsListed)
        #expect(table.footnote.hasSuffix(" z 250."))
    }
}
