/// The tags index: every tag with its number of cases.
struct TagListView: PageView {
    let title: String
    let intro: String
    let countText: String
    let tags: [TagLink]
    let hasTags: Bool
}
