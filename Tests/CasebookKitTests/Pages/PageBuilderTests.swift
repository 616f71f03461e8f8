import PropertyBased
import Testing
@testable import CasebookKit

@Suite struct PageBuilderTests {
    /// A plan names its page's path, template and origin before the page is built; the page
    /// built must agree, or collisions would be judged on one path and the page written to another.
    @Test func everyPlanIsThePageItBuilds() {
        let (plans, _) = PageBuilder(library: RenderFixture.library()).plan()
        #expect(plans.count > 20)
        for plan in plans {
            let page = plan.make()
            #expect(page.route == plan.route)
            #expect(page.template == plan.template)
            #expect(page.origin.label == plan.origin.label && page.origin.location == plan.origin.location)
        }
    }

    @Test func buildsEveryPageOfTheSmallSite() {
        let (pages, log) = PageBuilder(library: RenderFixture.library()).build()
        #expect(log.isEmpty)
        #expect(pages.map(\.route.path) == [
            "404.html",
            "cases/by-client-type/index.html", "cases/by-tag/index.html",
            "cases/court-threat/index.html", "cases/index.html",
            "cases/late-parcel/index.html", "cases/scratched-table/index.html",
            "index.html",
            "playbooks/cost-benefit/index.html", "playbooks/five-p/index.html", "playbooks/index.html",
            "reports/agents/index.html", "reports/client-types/index.html", "reports/costs/index.html",
            "reports/data-quality/index.html", "reports/deadlines/index.html", "reports/refunds/index.html",
            "reports/retention/index.html",
            "tags/boze-narodzenie/index.html", "tags/dostawa/index.html", "tags/index.html",
            "tags/jakosc/index.html", "tags/meble/index.html", "tags/opoznienie/index.html",
            "tags/sad-urzad/index.html",
        ])
    }

    /// A customer in the cost-to-serve list links to their newest case (the first in the cases'
    /// order); a customer without a case gets no link.
    @Test func costToServeRowsLinkTheCustomersFirstCase() throws {
        var library = RenderFixture.library()
        var older = Case(title: "Starsza", date: RenderFixture.date("2025-01-02"), slug: "older", source: "Content/cases/older.md")
        older.customer = "C-1042"
        library.cases.append(older)
        let table = PageBuilder(library: library).costToServeTable()
        let links = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.cells[0].text, $0.cells[0].href) })
        #expect(links["C-1042"] == "../../cases/late-parcel/index.html")
        #expect(links["C-0500"] == "")
    }

    @Test func casesAreNewestFirstThenBySlug() {
        let builder = PageBuilder(library: RenderFixture.library())
        #expect(builder.cases.map(\.slug) == ["late-parcel", "court-threat", "scratched-table"])
        #expect(builder.playbooks.map(\.slug) == ["five-p", "cost-benefit"])
    }

    @Test func mergesTagSpellingsThatDifferInCaseAndDiacritics() {
        let index = PageBuilder(library: RenderFixture.library()).tagIndex
        let tag = index.tag(for: "OPÓŹNIENIE")
        #expect(tag?.slug == "opoznienie")
        #expect(tag?.name == "Opóźnienie")  // one use each: the spelling that keeps its Polish letters wins
        #expect(tag?.cases.map(\.slug) == ["late-parcel", "court-threat"])
    }

    @Test func twoCasesWithOneSlugIsAnErrorNamingBothFiles() {
        var first = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "same", source: "Content/cases/a.md")
        first.keyLocations["slug"] = SourceLocation(file: "Content/cases/a.md", line: 3, column: 7)
        let second = Case(title: "B", date: RenderFixture.date("2026-01-01"), slug: "same", source: "Content/cases/sub/b.md")
        let (pages, log) = PageBuilder(library: Library(config: SiteConfig(), cases: [first, second])).build()
        #expect(log.lines == [
            "Content/cases/sub/b.md:1:1: error: case 'same' (Content/cases/sub/b.md) would be written to cases/same/index.html, which case 'same' (Content/cases/a.md) already uses",
            "Content/cases/a.md:3:7: note: case 'same' (Content/cases/a.md) is defined here",
        ])
        #expect(pages.filter { $0.route.path == "cases/same/index.html" }.count == 1)
    }

    @Test func aCaseSlugCannotTakeABuiltInPage() {
        let item = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "by-tag", source: "Content/cases/by-tag.md")
        let (_, log) = PageBuilder(library: Library(config: SiteConfig(), cases: [item])).build()
        #expect(log.lines == [
            "Content/cases/by-tag.md:1:1: error: case 'by-tag' (Content/cases/by-tag.md) would be written to cases/by-tag/index.html, which the built-in cases-by-tag page already uses",
        ])
    }

    /// A case's row shows each of its tags once, in slug order, with the tag's case count; the
    /// index keeps that per case, and a case it was not built from gets the same links.
    @Test func aCaseShowsEachOfItsTagsOnceInSlugOrder() {
        var item = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "a", source: "Content/cases/a.md")
        item.tags = ["zwrot", "Dostawa", "ZWRÓT", "dostawa", "!!!"]
        var other = Case(title: "B", date: RenderFixture.date("2026-01-01"), slug: "b", source: "Content/cases/b.md")
        other.tags = ["zwrot"]
        let builder = PageBuilder(library: Library(config: SiteConfig(), cases: [item, other]))
        let links = LinkBase.relative(from: .cases)
        let shown = builder.tagLinks(of: item, links: links)
        #expect(shown.map(\.href) == ["../tags/dostawa/index.html", "../tags/zwrot/index.html"])
        #expect(shown.map(\.count) == ["1", "2"])
        var unindexed = item
        unindexed.source = "Content/cases/not-in-the-index.md"
        #expect(builder.tagLinks(of: unindexed, links: links).map(\.href) == shown.map(\.href))
    }

    /// The index knows a case by its box's identity. A case the index did not keep would be the
    /// only holder of its box, so changing it would keep the identity and find the positions of
    /// what it was; the index keeps every case it was built from, so a change makes a new box.
    @Test func aCaseChangedAfterIndexingGetsItsNewTags() {
        var untagged = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "a", source: "Content/cases/a.md")
        var tagged = Case(title: "B", date: RenderFixture.date("2026-01-01"), slug: "b", source: "Content/cases/b.md")
        tagged.tags = ["zwrot"]
        let index = TagIndex(cases: [untagged, tagged])
        untagged.tags = ["zwrot"]
        #expect(index.positions(of: untagged) == [0])
    }

    @Test func tagsThatOnlyShareASlugCollide() {
        var a = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "a", source: "Content/cases/a.md")
        a.tags = ["zwrot towaru"]
        a.keyLocations["tags"] = SourceLocation(file: "Content/cases/a.md", line: 5, column: 7)
        var b = Case(title: "B", date: RenderFixture.date("2026-01-01"), slug: "b", source: "Content/cases/b.md")
        b.tags = ["Zwrot-Towaru"]
        b.keyLocations["tags"] = SourceLocation(file: "Content/cases/b.md", line: 6, column: 9)
        let (_, log) = PageBuilder(library: Library(config: SiteConfig(), cases: [a, b])).build()
        #expect(log.errors.count == 1)
        let error = log.errors[0]
        #expect(error.location == SourceLocation(file: "Content/cases/b.md", line: 6, column: 9))
        #expect(error.message == "tag 'Zwrot-Towaru' (Content/cases/b.md) would be written to tags/zwrot-towaru/index.html, which tag 'zwrot towaru' (Content/cases/a.md) already uses")
        #expect(error.hint?.contains("spell these the same way") == true)
        #expect(error.notes.map(\.location) == [SourceLocation(file: "Content/cases/a.md", line: 5, column: 7)])
    }

    @Test func aTagWithoutLettersIsReported() {
        var a = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "a", source: "Content/cases/a.md")
        a.tags = ["!!!"]
        let (pages, log) = PageBuilder(library: Library(config: SiteConfig(), cases: [a])).build()
        #expect(log.lines == ["Content/cases/a.md:1:1: error: tag '!!!' has no letters or digits to make a URL from"])
        #expect(!pages.contains { $0.route.path.hasPrefix("tags/") && $0.route != .tags })
    }

    @Test func anUnsafeSlugNeverBecomesAPath() {
        let item = Case(title: "A", date: RenderFixture.date("2026-01-02"), slug: "../etc", source: "Content/cases/a.md")
        let (pages, log) = PageBuilder(library: Library(config: SiteConfig(), cases: [item])).build()
        #expect(log.errors.count == 1)
        #expect(log.errors[0].message.contains("cannot be used in a URL"))
        #expect(!pages.contains { $0.route.path.contains("..") })
    }

    @Test func clientTypesAndOutcomesAreShownInTheUILanguage() throws {
        let polish = PageBuilder(library: RenderFixture.library(language: .pl))
        let english = PageBuilder(library: RenderFixture.library(language: .en))
        let plRow = polish.caseRow(RenderFixture.lateParcel, links: .relative(from: .cases))
        let enRow = english.caseRow(RenderFixture.lateParcel, links: .relative(from: .cases))
        #expect(plRow.clientTypeLabel == "Zasadna reklamacja, której nie da się szybko załatwić")
        #expect(enRow.clientTypeLabel == "Justified complaint that cannot be settled quickly")
        #expect(plRow.outcome.label == "Uznana")
        #expect(enRow.outcome.label == "Accepted")
        #expect(enRow.dateText == "July 15, 2026")
        // A label the site chose itself is shown as written, whatever the language.
        var library = RenderFixture.library(language: .en)
        library.config.clientTypes = [ClientType(key: "justified_slow", label: "Slow but fair")]
        #expect(PageBuilder(library: library).caseRow(RenderFixture.lateParcel, links: .relative(from: .cases))
            .clientTypeLabel == "Slow but fair")
    }

    @Test func groupsFollowTheTaxonomyWithUntypedCasesLast() throws {
        let page = PageBuilder(library: RenderFixture.library()).casesByClientTypePage()
        let view = try #require(page.view as? CaseGroupsView)
        #expect(view.groups.map(\.anchor) == ["type-justified-slow", "type-perfectionist", "type-none"])
    }

    @Test func aPlaybookPageListsTheCasesAndTheStepsTheyUsed() throws {
        let builder = PageBuilder(library: RenderFixture.library())
        let view = try #require(builder.playbookPage(RenderFixture.costBenefit).view as? PlaybookView)
        #expect(view.cases.map(\.title) == ["Groźba pozwu o „zepsutą” pralkę", "Rysa na blacie stołu"])
        #expect(view.cases[1].steps.map(\.label) == ["Nazwij problem klienta", "Sprawdź zasadność reklamacji"])
        #expect(view.steps.map(\.usedCount) == ["2", "2", "1", "1"])
        #expect(view.cases[0].href == "../../cases/court-threat/index.html")
    }

    @Test(arguments: [
        ("Klient znalazł rysę.", "<p>Klient znalazł <em>rysę</em>.</p>", ""),
        ("Inny skrót.", "<p>Klient znalazł rysę.</p>", "Inny skrót."),
        ("A & B", "<h2>X</h2>\n<p>A &amp; B</p>", ""),
        ("", "<p>x</p>", ""),
        ("<b> \"q\" 'a'  &lt;", "<p>&lt;b&gt; &quot;q&quot;\n&#39;a&#39; &amp;lt;</p>", ""),
        ("Zażółć gęślą", "<p>Zażółć <a href=\"x\">gęślą</a></p><p>dalej</p>", ""),
        ("Zażółć", "<p>Zażółć gęślą</p>", "Zażółć"),
    ])
    func aLeadIsShownOnlyWhenItDoesNotRepeatTheBody(summary: String, body: String, lead: String) {
        #expect(Lead.text(summary: summary, bodyHTML: body) == lead)
    }

    /// Whitespace is collapsed on bytes where that is safe; it must give what splitting on
    /// `Character.isWhitespace` gives, or decline (`nil`) and leave it to that split.
    @Test func collapsingOnBytesIsCollapsingOnCharacters() async {
        let pieces = ["a", "ż", "Ó", " ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{85}", "„", "”", "–", "…",
                      "\u{301}", "\u{200D}", "\u{2003}", "\u{3000}", "\u{600}", "é", "e\u{301}", "&"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let bytes = Lead.collapsedBytes(Array(text.utf8)) {
                #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text.debugDescription)")
            }
        }
        // Polish prose takes the byte path; a combining accent does not.
        #expect(Lead.collapsedBytes(Array("Zażółć „gęślą” – jaźń…\u{A0}".utf8)) != nil)
        #expect(Lead.collapsedBytes(Array("e\u{301}".utf8)) == nil)
    }

    @Test(arguments: [
        ("e\u{301}", "<p>\u{E9}</p>", ""),
        ("a\u{2003}b", "<p>a b</p>", ""),
        ("\u{A0}x\u{85}", "<p>x</p>", ""),
        ("\u{200D} ", "<p>x</p>", "\u{200D} "),
        (" \u{301}", "<p>x</p>", ""),
    ])
    func leadsWithUnusualWhitespaceCompareAsCharacters(summary: String, body: String, lead: String) {
        #expect(Lead.text(summary: summary, bodyHTML: body) == lead)
    }
}

/// The cases-by-tag page lists a tag's newest cases and sends the reader to the tag's page for
/// all of them; the tag's page itself stays whole.
@Suite struct CasesByTagLimitTests {
    func library(casesTagged count: Int) -> Library {
        let cases = (0..<count).map { n in
            var item = Case(title: "Sprawa \(n)", date: LocalDate(daysSinceEpoch: 20_000 + n), slug: "sprawa-\(n)",
                            source: "Content/cases/sprawa-\(n).md")
            item.tags = ["dostawa"]
            return item
        }
        return Library(config: SiteConfig(), cases: cases.sorted { $0.date > $1.date })
    }

    func byTag(_ library: Library) -> CaseGroupsView? {
        let pages = PageBuilder(library: library).build().pages
        return pages.first { $0.route.path == "cases/by-tag/index.html" }?.view as? CaseGroupsView
    }

    @Test func aLargeTagListsItsNewestCasesWithALinkToTheRest() throws {
        let total = PageBuilder.casesListedPerTag + 1
        let group = try #require(byTag(library(casesTagged: total))?.groups.first)
        #expect(group.cases.count == PageBuilder.casesListedPerTag)
        #expect(group.cases.first?.title == "Sprawa \(total - 1)")
        #expect(!group.cases.contains { $0.title == "Sprawa 0" })
        #expect(group.countText == "101 przypadków")
        #expect(group.hasMore)
        #expect(group.moreText == "Tu widać 100 najnowszych z 101.")
        #expect(group.href == "../../tags/dostawa/index.html")
        let tagPage = PageBuilder(library: library(casesTagged: total)).build().pages.first { $0.route.path == "tags/dostawa/index.html" }
        let described = String(describing: tagPage.map { $0.view })
        #expect(described.contains("Sprawa 0"))
    }

    @Test func aTagWithinTheLimitIsListedWhole() throws {
        let group = try #require(byTag(library(casesTagged: PageBuilder.casesListedPerTag))?.groups.first)
        #expect(group.cases.count == PageBuilder.casesListedPerTag)
        #expect(!group.hasMore)
        #expect(group.moreText.isEmpty)
    }
}
