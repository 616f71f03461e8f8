/// The cases grouped one way (by client type or by tag), one section per group.
struct CaseGroupsView: PageView {
    let title: String
    let intro: String
    let countText: String
    let views: [LinkItem]
    let groups: [CaseGroup]
    let hasGroups: Bool
}

/// One group of cases with a heading and an anchor to jump to it.
struct CaseGroup: Sendable {
    /// The element id, unique on the page, e.g. `type-emotional` or `tag-meble`.
    let anchor: String
    let title: String
    let countText: String
    /// A page with more about the group (the tag page), when there is one.
    let href: String
    let hasHref: Bool
    let cases: [CaseRow]
    /// "Tu widać 100 najnowszych z 2 345." when the group lists only its newest cases.
    var moreText = ""
    var hasMore = false
}
