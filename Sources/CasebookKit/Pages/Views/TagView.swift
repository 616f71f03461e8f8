/// The tags index: every tag with its number of cases.
struct TagListView: PageView {
    let title: String
    let intro: String
    let countText: String
    let tags: [TagLink]
    let hasTags: Bool
}

/// One tag: the cases that carry it, newest first.
struct TagView: PageView {
    let name: String
    let countText: String
    let cases: [CaseRow]
    let breadcrumbs: [LinkItem]
}

/// The page a server shows for a URL that does not exist; its links are absolute.
struct NotFoundView: PageView {
    let title: String
    let text: String
    let homeHref: String
    let links: [LinkItem]
}
