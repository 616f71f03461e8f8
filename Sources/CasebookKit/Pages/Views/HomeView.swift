/// The home page is the overview: the five KPI tiles, the report tabs and a few other figures,
/// then the knowledge base (how cases ended, the latest cases, the playbooks and the tags).
struct HomeView: PageView {
    let title: String
    let intro: String
    let asOfText: String
    let tabsLabel: String
    let tabs: [LinkItem]
    let kpiHeading: String
    let kpis: [KPITile]
    let otherFigures: DataTable
    let knowledgeHeading: String
    let stats: [StatTile]
    let outcomes: [OutcomeShare]
    let hasOutcomes: Bool
    /// The newest cases (`PageBuilder.latestCaseCount`); named `cases` for `partials/case-table`.
    let cases: [CaseRow]
    let hasCases: Bool
    let allCasesHref: String
    let playbooks: [PlaybookRow]
    let hasPlaybooks: Bool
    let allPlaybooksHref: String
    let tags: [TagLink]
    let hasTags: Bool
    let allTagsHref: String
}

/// One headline figure: a label, its value, and where to read more.
struct StatTile: Sendable {
    let label: String
    let value: String
    let href: String
}

/// How many cases ended one way, and their share of all cases.
struct OutcomeShare: Sendable {
    let outcome: OutcomeBadge
    let count: String
    /// "82,4%" / "82.4%".
    let share: String
    /// The percentage as a plain decimal ("82.4") for `<meter value>`.
    let shareValue: String
}
