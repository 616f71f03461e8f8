/// One case: its facts, the playbooks and steps applied, the write-up and its tags.
struct CaseView: PageView {
    let title: String
    /// The front matter summary when the body does not already open with it (see `Lead`).
    let lead: String
    let hasLead: Bool
    let dateText: String
    let dateISO: String
    let outcome: OutcomeBadge
    let clientTypeLabel: String
    let hasClientType: Bool
    let facts: [Fact]
    let playbooks: [AppliedPlaybook]
    let hasPlaybooks: Bool
    /// The Markdown body rendered by `CommonMark`: markup the code produced, shown unescaped.
    let bodyHTML: String
    let hasBody: Bool
    let tags: [TagLink]
    let hasTags: Bool
    let breadcrumbs: [LinkItem]
    /// The tickets the case cites, joined to the data.
    let ticketsHeading: String
    let ticketTable: DataTable
    let hasTickets: Bool
    /// The customer's history across all tickets and orders.
    let customerHeading: String
    let customerFacts: [Fact]
    let hasCustomer: Bool
}

/// One line of a definition list: "Typ klienta: Perfekcjonista".
struct Fact: Sendable {
    let label: String
    let value: String
}

/// A playbook a case applied, with the steps of it the case used.
struct AppliedPlaybook: Sendable {
    let title: String
    let href: String
    /// `false` for a playbook the library does not know (the linker reports it).
    let hasHref: Bool
    let steps: [StepUse]
    let hasSteps: Bool
}

/// A step as named in a list: its label and its key.
struct StepUse: Sendable {
    let label: String
    let key: String
}
