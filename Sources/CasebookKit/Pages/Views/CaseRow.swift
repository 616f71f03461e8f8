/// One case in a list or table: enough to recognise it and open it.
struct CaseRow: Sendable {
    let title: String
    let href: String
    let dateText: String
    /// `YYYY-MM-DD`, for `<time datetime>`.
    let dateISO: String
    let summary: String
    let hasSummary: Bool
    let outcome: OutcomeBadge
    let clientTypeLabel: String
    let hasClientType: Bool
    let tags: [TagLink]
    let hasTags: Bool
}

/// A case outcome as shown: its label and a CSS class suffix (`accepted`, …, or `none`).
struct OutcomeBadge: Sendable {
    let label: String
    let key: String
    let isRecorded: Bool
}

/// A link to a tag page.
struct TagLink: Sendable {
    let name: String
    let href: String
    /// The number of cases with the tag, as digits in the UI language.
    let count: String
    /// "3 przypadki" / "3 cases".
    let countText: String
}
