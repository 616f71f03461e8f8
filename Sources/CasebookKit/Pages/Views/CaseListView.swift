/// The cases index: every case, newest first.
struct CaseListView: PageView {
    let title: String
    let intro: String
    let countText: String
    /// The three list views (newest, by client type, by tag), the current one marked.
    let views: [LinkItem]
    let cases: [CaseRow]
    let hasCases: Bool
}
