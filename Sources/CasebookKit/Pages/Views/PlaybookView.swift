/// One playbook: its steps (and how often each was used), the cases that applied it, its text.
struct PlaybookView: PageView {
    let title: String
    /// The summary when the body does not already open with it (see `Lead`).
    let lead: String
    let hasLead: Bool
    let steps: [StepRow]
    let hasSteps: Bool
    let outcomes: [OutcomeShare]
    let hasOutcomes: Bool
    let casesCountText: String
    let cases: [PlaybookCaseRow]
    let hasCases: Bool
    let bodyHTML: String
    let hasBody: Bool
    let breadcrumbs: [LinkItem]
    let retentionHeading: String
    /// "66,7% (2 z 3) wobec 78,1% ogółem", or the no-data text.
    let retentionText: String
    /// "▲ lepiej niż ogółem"; empty when there is nothing to compare.
    let retentionComparison: String
    let hasComparison: Bool
    let retentionStatus: String
}

/// One step of a playbook and the number of cases that used it.
struct StepRow: Sendable {
    let number: String
    let label: String
    let key: String
    let usedCount: String
}

/// A case that applied a playbook, with the steps of that playbook it used.
struct PlaybookCaseRow: Sendable {
    let title: String
    let href: String
    let dateText: String
    let dateISO: String
    let outcome: OutcomeBadge
    let steps: [StepUse]
    let hasSteps: Bool
}
