/// One tag: the cases that carry it, newest first.
struct TagView: PageView {
    let name: String
    let countText: String
    let cases: [CaseRow]
    let breadcrumbs: [LinkItem]
}
