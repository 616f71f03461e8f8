/// The playbooks index, in the site's `order`.
struct PlaybookListView: PageView {
    let title: String
    let intro: String
    let countText: String
    let playbooks: [PlaybookRow]
    let hasPlaybooks: Bool
}

/// One playbook in a list.
struct PlaybookRow: Sendable {
    let number: String
    let title: String
    let href: String
    let summary: String
    let hasSummary: Bool
    let stepCount: String
    let stepCountText: String
    let caseCount: String
    let caseCountText: String
}
